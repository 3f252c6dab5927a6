#include "widgets/httpresponse/httprawview.h"

#include "net/errors/systemerrortext.h"
#include "net/files/privatesavefile.h"
#include "net/httpclient/bodyspool.h"
#include "net/httpclient/httpconnection.h"
#include "net/httpclient/rawmodesession.h"
#include "net/text/counttext.h"
#include "widgets/common/savefilechooser.h"
#include "widgets/common/selectablelabel.h"
#include "widgets/http/httprequesteditor.h"
#include "widgets/http/httprequestpane.h"
#include "widgets/httpresponse/httpbodyview.h"
#include "widgets/httpresponse/httpchunkview.h"
#include "widgets/httpresponse/httpcontentview.h"
#include "widgets/httpresponse/httppartview.h"
#include "widgets/httpresponse/httpresponseview.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QSplitter>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace swb::widgets {

using Framing = net::HttpBodyFraming;

HttpRawView::HttpRawView(net::RawModeSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_request(new HttpRequestPane(this))
    , m_editor(m_request->editor())
    , m_boundary(selectableLabel(this))
    , m_length(selectableLabel(this))
    , m_connection(selectableLabel(this))
    , m_sendAgain(new QPushButton(this))
    , m_exchanges(new QListWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_marked(new HttpResponseView(this))
    , m_chunks(new HttpChunkView(this))
    , m_content(new HttpContentView(this))
    , m_parts(new HttpPartView(this))
    , m_save(new QToolButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_requestColumn(new QScrollArea(this))
{
    m_boundary->setObjectName(QStringLiteral("boundary"));
    m_length->setObjectName(QStringLiteral("lengthCheck"));
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_tabs->setObjectName(QStringLiteral("responseTabs"));
    m_save->setObjectName(QStringLiteral("saveMenu"));
    m_boundary->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_tabs->addTab(m_marked, QString());
    m_tabs->addTab(m_chunks, QString());
    m_tabs->addTab(m_content, QString());
    m_tabs->addTab(m_parts, QString());
    // Tabs keep their whole names; arrows scroll them when the panel is narrow.
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->setUsesScrollButtons(true);
    auto *saveMenu = new QMenu(m_save);
    m_saveResponse = saveMenu->addAction(QString());
    m_saveHeader = saveMenu->addAction(QString());
    m_saveBody = saveMenu->addAction(QString());
    m_saveDecoded = saveMenu->addAction(QString());
    saveMenu->setToolTipsVisible(true);
    m_save->setMenu(saveMenu);
    m_save->setPopupMode(QToolButton::InstantPopup);
    m_save->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tabs->setCornerWidget(m_save, Qt::TopRightCorner);

    // Left, what was sent and what became of the connection; right, the split
    // sentence straight above the marked bytes, which take all the height.
    auto *request = new QWidget(this);
    auto *requestLayout = new QVBoxLayout(request);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addWidget(m_request);
    requestLayout->addWidget(m_length);
    requestLayout->addWidget(m_connection);
    requestLayout->addWidget(m_sendAgain, 0, Qt::AlignLeft);
    requestLayout->addWidget(m_exchanges);
    requestLayout->addStretch(1);
    auto *response = new QWidget(this);
    auto *responseLayout = new QVBoxLayout(response);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addWidget(m_boundary);
    responseLayout->addWidget(m_tabs, 1);

    m_splitter->setObjectName(QStringLiteral("rawSplitter"));
    m_splitter->setChildrenCollapsible(false);
    // Unfolded explanation and a long length check scroll here, rather than
    // squeezing the request at a large zoom.
    m_requestColumn->setObjectName(QStringLiteral("requestColumn"));
    m_requestColumn->setFrameShape(QFrame::NoFrame);
    m_requestColumn->setWidgetResizable(true);
    m_requestColumn->setWidget(request);
    m_splitter->addWidget(m_requestColumn);
    m_splitter->addWidget(response);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterDragged = true; });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // A scroll area does not pass its content's minimum on: the column's own
    // minimum keeps every request line whole, so the panel asks for that room.
    connect(m_editor->document(), &QTextDocument::contentsChanged, this,
            &HttpRawView::keepRequestWhole);
    keepRequestWhole();
    connect(m_sendAgain, &QPushButton::clicked, this, &HttpRawView::sendAgainRequested);
    connect(m_saveResponse, &QAction::triggered, this,
            [this] { chooseAndSave(SavePart::Response); });
    connect(m_saveHeader, &QAction::triggered, this, [this] { chooseAndSave(SavePart::Header); });
    connect(m_saveBody, &QAction::triggered, this,
            [this] { chooseAndSave(SavePart::BodyAsReceived); });
    connect(m_saveDecoded, &QAction::triggered, this,
            [this] { chooseAndSave(SavePart::BodyDecoded); });
    // The marked view decodes body lines with the charset the body view uses.
    connect(m_content->bodyView(), &HttpBodyView::charsetChanged, this,
            &HttpRawView::refreshMarked);
    clearResult();
    retranslateUi();
}

void HttpRawView::clearResult()
{
    m_hasResult = false;
    m_marked->clearResponse();
    m_chunks->clear();
    m_content->clear();
    m_parts->clear();
    m_exchanges->clear();
    describe();
}

void HttpRawView::showResult()
{
    m_hasResult = true;
    const net::HttpConnection *client = m_session->client();
    const net::HttpMessageParser &parser = client->parser();
    const net::BodySpool &response = m_session->response();
    m_content->setBody(parser.body(), parser.bodyBytes(), parser.header("Content-Encoding"),
                       parser.header("Content-Type"), response.displayLimit());
    refreshMarked();
    m_chunks->setResponse(&response, parser);
    m_parts->setSources(m_session->request(), &response, parser.headerEnd(), parser.totalBytes(),
                        parser.body(), m_content->decoded());
    if (parser.bodyFraming() == Framing::Chunked)
        m_tabs->setCurrentWidget(m_marked);
    describe();
}

void HttpRawView::refreshMarked()
{
    if (!m_hasResult)
        return;
    const net::HttpMessageParser &parser = m_session->client()->parser();
    m_marked->setResponse(m_session->response().head(), m_session->response().size(), parser,
                          m_content->bodyView()->charset(), m_content->isCompressed());
}

void HttpRawView::describe()
{
    const QLocale locale;
    m_exchanges->clear();
    if (!m_hasResult) {
        m_boundary->setText(tr("Press Send: the exact bytes of the response will appear here."));
        m_length->clear();
        m_connection->clear();
        m_sendAgain->setEnabled(false);
        showExchanges();
        return;
    }
    const net::HttpConnection *client = m_session->client();
    const net::HttpMessageParser &parser = client->parser();
    const qint64 total = m_session->response().size();
    const qint64 headerEnd = parser.headerEnd();
    if (headerEnd < 0) {
        m_boundary->setText(tr("%1 bytes arrived, but no blank line (\\r\\n\\r\\n) ended the "
                               "header, so there is no header/body boundary.", "", net::CountText::form(total))
                                .arg(locale.toString(total)));
    } else {
        const qint64 body = qMax<qint64>(0, parser.totalBytes() - headerEnd);
        m_boundary->setText(tr("The header ends at byte %1 (0x%2): the blank line starts at byte "
                               "%3, and res.split(b'\\r\\n\\r\\n', 1) splits there. The body is "
                               "%4 bytes (bytes %1 to %5).", "", net::CountText::form(body))
                                .arg(headerEnd)
                                .arg(headerEnd, 0, 16)
                                .arg(parser.blankLineOffset())
                                .arg(locale.toString(body))
                                .arg(headerEnd + body - 1));
    }
    QString length;
    const qint64 bodyBytes = parser.bodyBytes();
    switch (parser.bodyFraming()) {
    case Framing::ContentLength: {
        const qint64 declared = parser.contentLength();
        if (bodyBytes == declared && client->extraBytes() > 0)
            // Reading ended on Content-Length, yet the server went on sending:
            // not a match, whatever the byte count of the body says.
            length = tr("Content-Length: %1. Received %2 body bytes, but then %3 bytes arrived "
                        "after the end of the response (Content-Length: %1) (\u2717): the body "
                        "is longer than declared, or the server sent something nobody asked "
                        "for. They are in the response as received, after byte %4; they are "
                        "not read as the answer to a next request.")
                         .arg(locale.toString(declared), locale.toString(bodyBytes),
                              locale.toString(client->extraBytes()))
                         .arg(parser.totalBytes());
        else if (bodyBytes == declared)
            length = tr("Content-Length: %1. Received %2 body bytes: they match (\u2713); "
                        "reading ended on Content-Length.", "", net::CountText::form(bodyBytes))
                         .arg(locale.toString(declared), locale.toString(bodyBytes));
        else
            length = tr("Content-Length: %1, but %2 body bytes arrived (\u2717): %3 bytes "
                        "missing.", "", net::CountText::form(declared - bodyBytes))
                         .arg(locale.toString(declared), locale.toString(bodyBytes),
                              locale.toString(declared - bodyBytes));
        break;
    }
    case Framing::Chunked:
        length = tr("Transfer-Encoding: chunked, %1 chunks (the size lines count as framing): "
                    "%2 body bytes after removing the framing. Reading ended on the last chunk "
                    "(size 0).", "", net::CountText::form(parser.chunks().size()))
                     .arg(parser.chunks().size())
                     .arg(locale.toString(bodyBytes));
        break;
    case Framing::UntilClose:
        length = tr("No Content-Length and not chunked: the body ends when the server closes the "
                    "connection, just what the notes' recv() loop waits for. %1 body bytes.",
                    "", net::CountText::form(bodyBytes))
                     .arg(locale.toString(bodyBytes));
        break;
    case Framing::None:
        length = headerEnd < 0 ? QString()
                               : tr("No body: the response to HEAD, and 1xx, 204 and 304 "
                                    "responses, never have one.");
        break;
    }
    if (client->extraBytes() > 0 && parser.bodyFraming() != Framing::ContentLength)
        length += QLatin1Char(' ')
            + tr("%1 more bytes came after the end of the message (\u2717).", "",
                 net::CountText::form(client->extraBytes()))
                  .arg(locale.toString(client->extraBytes()));
    const QStringList warnings = parser.warnings();
    if (!warnings.isEmpty())
        length += QLatin1Char('\n') + warnings.join(QLatin1Char('\n'));
    if (parser.hasError())
        length += QLatin1Char('\n') + parser.errorMessage();
    m_length->setText(length);

    const bool open = m_session->canSendAgain();
    m_connection->setText(open ? tr("The server kept the connection open (keep-alive). Send "
                                    "again to reuse it: no DNS lookup, no connect, no TLS.")
                               : tr("The connection is closed."));
    m_sendAgain->setEnabled(open);
    const QList<net::RawModeSession::Exchange> exchanges = m_session->exchanges();
    for (const net::RawModeSession::Exchange &e : exchanges)
        m_exchanges->addItem(
            tr("#%1 %2 \u2192 %3 %4, %5 bytes, %6 ms, %7", "", net::CountText::form(e.bytes))
                .arg(e.number)
                .arg(QString::fromLatin1(e.requestLine))
                .arg(e.ok ? QString::number(e.status) : tr("failed"))
                .arg(QString::fromLatin1(e.reason), locale.toString(e.bytes),
                     locale.toString(qMax(0.0, e.totalMs), 'f', 1))
                .arg(e.reused ? tr("same connection, reused (keep-alive)")
                              : tr("new connection")));
    showExchanges();
}

void HttpRawView::showExchanges()
{
    // One exchange is the status line's story; the list tells a keep-alive series.
    const int rows = qMin(m_exchanges->count(), 4);
    m_exchanges->setVisible(rows > 1);
    if (rows > 1)
        m_exchanges->setFixedHeight(rows * m_exchanges->sizeHintForRow(0)
                                    + 2 * m_exchanges->frameWidth()
                                    + m_exchanges->horizontalScrollBar()->sizeHint().height());
}

QString HttpRawView::boundaryText() const
{
    return m_boundary->text();
}

QString HttpRawView::lengthText() const
{
    return m_length->text();
}

QString HttpRawView::connectionText() const
{
    return m_connection->text();
}

QStringList HttpRawView::exchangeLines() const
{
    QStringList lines;
    for (int i = 0; i < m_exchanges->count(); ++i)
        lines << m_exchanges->item(i)->text();
    return lines;
}

QString HttpRawView::suggestedName(SavePart part)
{
    switch (part) {
    case SavePart::Response: return QStringLiteral("response.txt");
    case SavePart::Header: return QStringLiteral("header.txt");
    case SavePart::BodyAsReceived: return QStringLiteral("baidu-index.html");
    case SavePart::BodyDecoded: return QStringLiteral("page.html");
    }
    return QString();
}

Result<void> HttpRawView::save(SavePart part, const QString &path) const
{
    const net::BodySpool &response = m_session->response();
    const net::HttpMessageParser &parser = m_session->client()->parser();
    const qint64 headerEnd = parser.headerEnd();
    if (!m_hasResult || (part != SavePart::Response && headerEnd < 0)) {
        return Failure{tr("There is no complete response header yet, so there is nothing to "
                          "split: send a request first.")};
    }
    switch (part) {
    case SavePart::Response: return response.saveTo(path);
    case SavePart::Header: return response.saveTo(path, 0, headerEnd);
    case SavePart::BodyAsReceived:
        return response.saveTo(path, headerEnd, parser.totalBytes() - headerEnd);
    case SavePart::BodyDecoded: break;
    }
    if (parser.bodyBytes() > parser.body().size()) {
        return Failure{tr("The body is larger than the display limit, so only its first part is "
                          "decoded in memory. Save the body as received instead.")};
    }
    return net::PrivateSaveFile::save(path, m_content->decoded());
}

void HttpRawView::chooseAndSave(SavePart part)
{
    const QString path = SaveFileChooser::choose(this, tr("Save"), suggestedName(part));
    if (path.isEmpty())
        return;
    if (const Result<void> done = save(part, path))
        emit saved(tr("Saved to %1.").arg(path));
    else
        emit saveFailed(done.message());
}

void HttpRawView::retranslateUi()
{
    m_sendAgain->setText(tr("Send again on this connection"));
    m_tabs->setTabText(0, tr("Bytes, marked"));
    m_tabs->setTabText(1, tr("Chunks"));
    m_tabs->setTabText(2, tr("Decoded body"));
    m_tabs->setTabText(3, tr("Hex"));
    m_save->setText(tr("Save"));
    m_saveResponse->setText(tr("Save response\u2026"));
    m_saveHeader->setText(tr("Save header\u2026"));
    m_saveBody->setText(tr("Save body as received\u2026"));
    m_saveBody->setToolTip(tr("Everything after the blank line, byte for byte: the notes' "
                              "baidu-index.html."));
    m_saveDecoded->setText(tr("Save decoded body\u2026"));
    m_saveDecoded->setToolTip(tr("The body with chunk framing and Content-Encoding undone: the "
                                 "page a browser would show."));
    describe();
}

void HttpRawView::fitRequestColumn()
{
    // The request column as wide as the request; the marked bytes get the rest.
    keepRequestWhole(); // the zoom may have changed the editor's font
    if (m_splitterDragged)
        return;
    const int request = qMax(m_editor->sizeHint().width(),
                             m_request->parentWidget()->minimumSizeHint().width())
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    m_splitter->setSizes({request, qMax(1, m_splitter->width() - request)});
}

void HttpRawView::keepRequestWhole()
{
    m_requestColumn->setMinimumWidth(m_editor->minimumSizeHint().width()
                                     + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
}

void HttpRawView::showEvent(QShowEvent *event)
{
    fitRequestColumn();
    QWidget::showEvent(event);
}

void HttpRawView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitRequestColumn();
}

void HttpRawView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
