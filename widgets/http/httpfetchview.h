#pragma once

#include "net/result.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTabWidget;

namespace swb::net {
class HttpFetchClient;
}

namespace swb::widgets {

class ByteDetailView;
class HttpBodyView;
class HttpHeadersEditor;

// Fetch mode, the notes' requests.get(): request headers and body to send;
// then the status, the response headers, the decoded body (r.text), every
// redirect hop, and "save the body" (the notes' gne.html).
class HttpFetchView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFetchView)
public:
    explicit HttpFetchView(net::HttpFetchClient *client, QWidget *parent = nullptr);

    HttpHeadersEditor *headersEditor() const { return m_headers; }
    QPlainTextEdit *bodyEditor() const { return m_body; }
    // The response's tabs; the panel adds its timing and certificate cards beside them.
    QTabWidget *resultTabs() const { return m_responseTabs; }
    void showResult();
    void clearResult();
    Result<void> saveBody(const QString &path) const;

    QString statusText() const;
    QTableWidget *headersTable() const { return m_responseHeaders; }
    HttpBodyView *bodyView() const { return m_bodyView; }
    QStringList redirectLines() const;

signals:
    void saved(const QString &message);
    void saveFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void chooseAndSave();

    net::HttpFetchClient *m_client;
    bool m_hasResult = false;
    QTabWidget *m_requestTabs = nullptr;
    HttpHeadersEditor *m_headers = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_responseTabs = nullptr;
    HttpBodyView *m_bodyView = nullptr;
    QTableWidget *m_responseHeaders = nullptr;
    QListWidget *m_redirects = nullptr;
    ByteDetailView *m_hex = nullptr;
    QPushButton *m_save = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_sized = false;
};

} // namespace swb::widgets
