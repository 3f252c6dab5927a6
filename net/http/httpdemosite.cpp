#include "net/http/httpdemosite.h"

#include "net/socket/backpressure.h"
#include "net/text/counttext.h"

#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace swb::net {

namespace {

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

HttpDemoSite::HttpDemoSite(QIODevice *device, const QString &peer, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_peer(peer)
    , m_idle(new QTimer(this))
    , m_headerDeadline(new QTimer(this))
    , m_ticker(new QTimer(this))
{
    m_parser.setMaxHeaderBytes(maxRequestHeaderBytes);
    m_parser.setMaxKeptBodyBytes(maxRequestBodyKept);
    m_idle->setSingleShot(true);
    m_idle->setInterval(defaultIdleTimeoutMs);
    connect(m_idle, &QTimer::timeout, this, &HttpDemoSite::onIdle);
    m_headerDeadline->setSingleShot(true);
    m_headerDeadline->setInterval(defaultHeaderTimeoutMs);
    connect(m_headerDeadline, &QTimer::timeout, this, &HttpDemoSite::onHeaderTimeout);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        if (m_response.delivery == HttpDemoResponse::Delivery::Chunked)
            sendNextChunk();
        else
            dripNext();
    });
    if (device)
        connect(device, &QIODevice::bytesWritten, this, &HttpDemoSite::pump);
    m_idle->start();
    // Counted from the connection, so a client that sends nothing is closed
    // as soon as one that sends its header byte by byte.
    m_headerDeadline->start();
}

HttpDemoSite::~HttpDemoSite() = default;

void HttpDemoSite::setIdleTimeoutMs(int ms)
{
    m_idle->setInterval(ms);
    if (m_idle->isActive())
        m_idle->start();
}

void HttpDemoSite::setHeaderTimeoutMs(int ms)
{
    m_headerDeadline->setInterval(ms);
    if (m_headerDeadline->isActive())
        m_headerDeadline->start();
}

void HttpDemoSite::handleBytes(const QByteArray &bytes)
{
    if (m_closing)
        return;
    m_input += bytes;
    if (m_busy || outputFull()) {
        // Pipelined requests wait for the current response; a client that
        // piles up megabytes meanwhile is not a browser.
        if (m_input.size() > maxPendingInput)
            requestClose(tr("closed by the demo server: over %1 bytes sent while a response was "
                            "still being delivered")
                             .arg(maxPendingInput));
        return;
    }
    m_idle->start();
    processInput();
}

void HttpDemoSite::processInput()
{
    if (m_processing)
        return;
    m_processing = true;
    // A client that pipelines requests and never reads the responses would
    // otherwise have every response queued at once (8 MiB of GETs cost 570 MiB):
    // the rest waits until the client has read enough.
    // What was parsed is removed once at the end: removing each small request
    // from the front of a 256 KiB read moved the rest every time.
    qsizetype offset = 0;
    while (!m_busy && !m_closing && offset < m_input.size() && !outputFull()) {
        const QByteArray rest =
            QByteArray::fromRawData(m_input.constData() + offset, m_input.size() - offset);
        const qint64 used = m_parser.feed(rest);
        const qint64 room = maxRequestHeaderBytes + maxRequestBodyKept - m_raw.size();
        if (room > 0)
            m_raw.append(rest.constData(), qsizetype(std::min(used, room)));
        offset += qsizetype(used);
        if (m_parser.hasError()) {
            emit note(tr("Bad request from %1: %2").arg(m_peer, m_parser.errorMessage()));
            m_target = "(bad request)";
            answer(HttpDemoPages::badRequest(m_parser.errorMessage()), false);
            break;
        }
        if (!m_parser.isComplete())
            break;
        ++m_answered;
        emit requestArrived(
            tr("%1 from %2").arg(QString::fromLatin1(m_parser.firstLine()), m_peer));
        m_keepAlive = m_parser.keepAlive();
        m_target = m_parser.target();
        const bool head = m_parser.method() == "HEAD";
        const HttpDemoResponse response = HttpDemoPages::respond(m_parser, m_raw);
        m_parser.reset();
        m_raw.clear();
        answer(response, head);
    }
    m_input.remove(0, offset);
    m_processing = false;
    updateHeaderDeadline();
}

void HttpDemoSite::updateHeaderDeadline()
{
    const HttpMessageParser::State state = m_parser.state();
    // The first request's deadline runs from the connection; a later one's
    // from its first byte (a kept-alive client may think between requests).
    const bool inHeader = !m_busy && !m_closing && (!m_raw.isEmpty() || m_answered == 0)
        && (state == HttpMessageParser::State::FirstLine
            || state == HttpMessageParser::State::Headers);
    if (!inHeader)
        m_headerDeadline->stop();
    else if (!m_headerDeadline->isActive())
        m_headerDeadline->start();
}

void HttpDemoSite::onHeaderTimeout()
{
    if (m_busy || m_closing)
        return;
    const int seconds = std::max(1, m_headerDeadline->interval() / 1000);
    if (m_raw.isEmpty() && m_input.isEmpty()) {
        emit note(tr("%1 connected and sent nothing for %2 s: closing the connection.")
                      .arg(m_peer)
                      .arg(seconds));
        requestClose(tr("closed by the demo server: nothing sent within %1 s").arg(seconds));
        return;
    }
    emit note(tr("%1 did not finish its request header within %2 s (a very slow or stalled "
                 "client, like a \"slowloris\" attack): closing the connection.")
                  .arg(m_peer)
                  .arg(seconds));
    requestClose(tr("closed by the demo server: request header not complete after %1 s")
                     .arg(seconds));
}

void HttpDemoSite::answer(const HttpDemoResponse &response, bool head)
{
    m_response = response;
    m_busy = true;
    m_idle->stop();
    if (response.close)
        m_keepAlive = false;

    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason
        + "\r\nDate: " + httpDate() + "\r\nServer: SocketWorkbench-demo/" SWB_VERSION "\r\n";
    for (const auto &field : response.headers)
        bytes += field.first + ": " + field.second + "\r\n";
    switch (response.delivery) {
    case HttpDemoResponse::Delivery::Whole:
    case HttpDemoResponse::Delivery::Drip:
        bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        break;
    case HttpDemoResponse::Delivery::Stream:
        bytes += "Content-Length: " + QByteArray::number(response.streamBytes) + "\r\n";
        break;
    case HttpDemoResponse::Delivery::Chunked:
        bytes += "Transfer-Encoding: chunked\r\n";
        break;
    }
    if (!m_keepAlive)
        bytes += "Connection: close\r\n";
    bytes += "\r\n";

    if (head) {
        write(bytes);
        finishResponse();
        return;
    }
    switch (response.delivery) {
    case HttpDemoResponse::Delivery::Whole:
        write(bytes + response.body);
        finishResponse();
        break;
    case HttpDemoResponse::Delivery::Chunked:
        // The head now, each chunk on its own tick: the client sees them arrive apart.
        write(bytes);
        m_nextChunk = 0;
        m_ticker->start(m_chunkIntervalMs);
        break;
    case HttpDemoResponse::Delivery::Drip:
        write(bytes);
        m_dripOffset = 0;
        m_ticker->start(m_dripIntervalMs);
        break;
    case HttpDemoResponse::Delivery::Stream:
        write(bytes);
        m_streamOffset = 0;
        m_streamWrites = 0;
        emit note(tr("Streaming %1 body bytes of %2 to %3; each Send row keeps the first %4 "
                     "bytes of its %5-byte write.")
                      .arg(response.streamBytes)
                      .arg(QString::fromLatin1(m_target), m_peer)
                      .arg(recordedStreamBytes)
                      .arg(streamBlockBytes));
        pump();
        break;
    }
}

void HttpDemoSite::write(const QByteArray &bytes, bool streamed)
{
    if (!m_device || !m_device->isWritable())
        return;
    m_device->write(bytes);
    emit wrote(streamed && bytes.size() > recordedStreamBytes ? bytes.left(recordedStreamBytes)
                                                               : bytes,
               bytes.size());
}

void HttpDemoSite::sendNextChunk()
{
    if (m_nextChunk < m_response.chunks.size()) {
        const QByteArray &data = m_response.chunks.at(m_nextChunk);
        const QByteArray extension = m_response.extensions.value(m_nextChunk);
        write(QByteArray::number(data.size(), 16) + extension + "\r\n" + data + "\r\n");
        ++m_nextChunk;
        return;
    }
    QByteArray last = "0\r\n";
    for (const auto &field : std::as_const(m_response.trailers))
        last += field.first + ": " + field.second + "\r\n";
    write(last + "\r\n");
    finishResponse();
}

void HttpDemoSite::dripNext()
{
    const QByteArray piece = m_response.body.mid(m_dripOffset, HttpDemoPages::dripPieceBytes);
    write(piece);
    m_dripOffset += piece.size();
    if (m_dripOffset >= m_response.body.size())
        finishResponse();
}

bool HttpDemoSite::outputFull() const
{
    return m_device && m_device->bytesToWrite() >= backpressure::maxUnsentBytes;
}

void HttpDemoSite::pump()
{
    // Pipelined requests held back by outputFull() go on once the client reads.
    if (!m_busy && !m_processing && !m_closing && !m_input.isEmpty() && !outputFull()) {
        processInput();
        return;
    }
    if (m_pumping || !m_busy || m_response.delivery != HttpDemoResponse::Delivery::Stream)
        return;
    m_pumping = true;
    // Generate more only while the device holds little: a 1 GB body never
    // sits in memory, and a slow client slows the server down instead.
    while (m_device && m_device->isWritable() && m_streamOffset < m_response.streamBytes
           && m_device->bytesToWrite() < highWaterBytes && !m_closing) {
        const qint64 size = std::min(streamBlockBytes, m_response.streamBytes - m_streamOffset);
        write(HttpDemoPages::largeBody(m_streamOffset, size), true);
        m_streamOffset += size;
        ++m_streamWrites;
    }
    m_pumping = false;
    if (m_busy && m_streamOffset >= m_response.streamBytes) {
        emit note(tr("Sent %1 body bytes of %2 to %3 in %4 writes.", "",
                     CountText::form(qint64(m_streamWrites)))
                      .arg(m_streamOffset)
                      .arg(QString::fromLatin1(m_target), m_peer)
                      .arg(m_streamWrites));
        finishResponse();
    }
}

void HttpDemoSite::finishResponse()
{
    m_busy = false;
    m_ticker->stop();
    m_response = HttpDemoResponse();
    if (!m_keepAlive) {
        requestClose(tr("closed by the demo server after the response (Connection: close)"));
        return;
    }
    m_idle->start();
    // Requests that arrived meanwhile (pipelining) are answered now, in order.
    if (!m_processing && !m_input.isEmpty())
        processInput();
}

void HttpDemoSite::onIdle()
{
    if (m_busy || m_closing)
        return;
    const int seconds = m_idle->interval() / 1000;
    if (outputFull()) {
        emit note(tr("%1 has not read the responses for %2 s: closing the connection.")
                      .arg(m_peer)
                      .arg(seconds));
        requestClose(tr("closed by the demo server: responses not read for %1 s").arg(seconds));
        return;
    }
    emit note(tr("%1 sent no complete request for %2 s: closing the connection.")
                  .arg(m_peer)
                  .arg(seconds));
    requestClose(tr("closed by the demo server after %1 s without a request").arg(seconds));
}

void HttpDemoSite::requestClose(const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_busy = false;
    m_idle->stop();
    m_headerDeadline->stop();
    m_ticker->stop();
    emit closeRequested(reason);
}

} // namespace swb::net
