#pragma once

#include "net/workspace.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QTimer;

namespace swb::models {
class TrafficModel;
}

namespace swb::widgets {

// Base of every panel (TCP server, TCP client, …): its id and name, its
// settings as a workspace entry, and a status line with the RX/TX counters.
class Panel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Panel)
public:
    Panel(int id, net::PanelType type, models::TrafficModel *traffic, QWidget *parent = nullptr);
    ~Panel() override;

    int id() const { return m_id; }
    net::PanelType type() const { return m_type; }
    QString name() const { return m_name; }
    void setName(const QString &name);

    virtual net::PanelConfig config() const = 0;
    virtual void applyConfig(const net::PanelConfig &config) = 0;
    // Starts what the config asks to start (lesson servers). Default: nothing.
    virtual void autoStart() {}
    // Stops listening and closes connections (before the panel goes away).
    virtual void shutdown() {}
    // The last message shown in the status line (for tests and the window title).
    QString statusText() const;

signals:
    void nameChanged(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    virtual void onNameChanged() {}
    // Puts the status line under the panel's own content.
    void addStatusLine(QBoxLayout *layout);
    void showStatus(const QString &text);
    void showError(const QString &text);
    models::TrafficModel *traffic() const { return m_traffic; }

private:
    void refreshCounters();

    int m_id;
    net::PanelType m_type;
    QString m_name;
    models::TrafficModel *m_traffic;
    QLabel *m_status = nullptr;
    QLabel *m_counters = nullptr;
    QTimer *m_counterTimer = nullptr;
};

} // namespace swb::widgets
