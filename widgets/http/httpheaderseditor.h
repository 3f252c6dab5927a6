#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace swb::widgets {

// The request headers of fetch mode: a two-column table (name, value) with a
// free row at the end to type the next header into.
class HttpHeadersEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpHeadersEditor)
public:
    using Headers = QList<QPair<QString, QString>>;

    explicit HttpHeadersEditor(QWidget *parent = nullptr);

    // Rows with an empty name are left out.
    Headers headers() const;
    void setHeaders(const Headers &headers);
    QTableWidget *table() const { return m_table; }

signals:
    void headersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void keepFreeRow();
    void removeSelected();

    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_filling = false;
};

} // namespace swb::widgets
