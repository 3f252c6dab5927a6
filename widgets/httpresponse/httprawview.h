#pragma once

#include "net/result.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QSplitter;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QToolButton;

namespace swb::net {
class RawModeSession;
}

namespace swb::widgets {

class HttpChunkView;
class HttpContentView;
class HttpPartView;
class HttpRequestEditor;
class HttpRequestPane;
class HttpResponseView;

// Raw mode: the request typed byte for byte, and the response as received,
// marked up, checked (Content-Length against the bytes, chunks, encoding),
// decoded, looked at in hex, and saved part by part, as the notes do with
// res.split(b'\r\n\r\n', 1).
class HttpRawView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpRawView)
public:
    enum class SavePart { Response, Header, BodyAsReceived, BodyDecoded };

    explicit HttpRawView(net::RawModeSession *session, QWidget *parent = nullptr);

    HttpRequestEditor *editor() const { return m_editor; }
    // The response's tabs; the panel adds its timing and certificate cards beside them.
    QTabWidget *resultTabs() const { return m_tabs; }
    // Renders the session's last exchange (or what arrived before it failed).
    void showResult();
    void clearResult();
    Result<void> save(SavePart part, const QString &path) const;
    static QString suggestedName(SavePart part);

    QString boundaryText() const;
    QString lengthText() const;
    QString connectionText() const;
    QStringList exchangeLines() const;
    HttpResponseView *responseView() const { return m_marked; }
    HttpChunkView *chunkView() const { return m_chunks; }
    HttpContentView *contentView() const { return m_content; }
    HttpPartView *partView() const { return m_parts; }
    QPushButton *sendAgainButton() const { return m_sendAgain; }

signals:
    void sendAgainRequested();
    void saved(const QString &message);
    void saveFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitRequestColumn();
    void keepRequestWhole();
    void retranslateUi();
    void describe();
    void showExchanges();
    void chooseAndSave(SavePart part);
    void refreshMarked();

    net::RawModeSession *m_session;
    bool m_hasResult = false;
    HttpRequestPane *m_request = nullptr;
    HttpRequestEditor *m_editor = nullptr;
    QLabel *m_boundary = nullptr;
    QLabel *m_length = nullptr;
    QLabel *m_connection = nullptr;
    QPushButton *m_sendAgain = nullptr;
    QListWidget *m_exchanges = nullptr;
    QTabWidget *m_tabs = nullptr;
    HttpResponseView *m_marked = nullptr;
    HttpChunkView *m_chunks = nullptr;
    HttpContentView *m_content = nullptr;
    HttpPartView *m_parts = nullptr;
    QToolButton *m_save = nullptr;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_requestColumn = nullptr;
    // Until the user drags the splitter, the request column follows the
    // request's width whenever the view is resized (the window fits the
    // screen after the panel was first shown).
    bool m_splitterDragged = false;
    QAction *m_saveResponse = nullptr;
    QAction *m_saveHeader = nullptr;
    QAction *m_saveBody = nullptr;
    QAction *m_saveDecoded = nullptr;
};

} // namespace swb::widgets
