#pragma once

#include "models/trafficfilter.h"

#include <QList>
#include <QPair>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace swb::widgets {

// The row above the traffic table that says what to show: text or hex in the
// payloads and messages, panel, protocol, kind, direction, address. Typing is
// applied a moment after the last key, the lists at once.
class TrafficFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficFilterBar)
public:
    static constexpr int typingDelayMs = 250;

    explicit TrafficFilterBar(QWidget *parent = nullptr);

    models::TrafficFilter filter() const;
    // The panels to choose from: (id, name). The chosen one stays chosen.
    void setPanels(const QList<QPair<int, QString>> &panels);
    // How the filter is doing: rows shown of rows in the table, scan progress
    // (100 when done) and what is wrong with the filter, if anything.
    void setStatus(int shown, int total, int percent, const QString &problem);
    QLineEdit *textEdit() const { return m_text; }

public slots:
    void clearFilter();

signals:
    void filterChanged(const swb::models::TrafficFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillKinds();
    void apply();

    QLineEdit *m_text = nullptr;
    QCheckBox *m_hex = nullptr;
    QComboBox *m_panel = nullptr;
    QComboBox *m_protocol = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_direction = nullptr;
    QLineEdit *m_address = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_typing;
    models::TrafficFilter m_applied;
};

} // namespace swb::widgets
