#include "net/httpclient/httpconnection.h"

#include "net/errors/systemerrortext.h"
#include "net/httpclient/shownline.h"
#include "net/socket/socketerrors.h"
#include "net/text/counttext.h"
#include "net/traffic/deferredtext.h"

#include <QHostInfo>
#include <QSslCipher>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>


namespace swb::net {

namespace {

// Unasked-for bytes after a kept-alive response are counted up to this, then
// the connection is closed: a server that keeps talking is not answering us.
constexpr qint64 maxExtraBytes = qint64(1) << 20;
// responseBytes() keeps the header (the parser refuses one over 1 MiB) and the
// start of the body; the panel spools every byte itself, so copying megabytes
// more here only cost time.
constexpr qint64 maxResponseBytes = (qint64(1) << 20) + (qint64(64) << 10);

QByteArray methodOf(const QByteArray &request)
{
    const qsizetype space = request.indexOf(' ');
    return space > 0 ? request.left(space) : QByteArray();
}

} // namespace

HttpConnection::HttpConnection(QObject *parent)
    : Endpoint(Protocol::Http, parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
}

HttpConnection::~HttpConnection()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_socket)
        m_socket->disconnect(this);
}

double HttpConnection::elapsedMs() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

void HttpConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void HttpConnection::touch()
{
    m_timer->start(m_timeoutMs);
}

bool HttpConnection::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool HttpConnection::canReuseConnection() const
{
    return isConnected() && m_state == State::Complete && m_parser.keepAlive()
        && (!m_useTls || m_socket->isEncrypted());
}

bool HttpConnection::isConnectionTo(const QString &host, quint16 port, bool tls) const
{
    return m_host.compare(host, Qt::CaseInsensitive) == 0 && m_port == port && m_useTls == tls;
}

void HttpConnection::closeSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    // Possibly inside one of the socket's own signals: never delete it here.
    m_socket->deleteLater();
    m_socket = nullptr;
}

void HttpConnection::start(const QString &host, quint16 port, bool tls, const QByteArray &request)
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (isConnected())
        record(EventKind::Close, m_local, m_peer, QByteArray(),
               DeferredText::make(staticMetaObject.className(),
                                  QT_TR_NOOP("closed: a new exchange was started")));
    closeSocket();
    m_timer->stop();
    QString name = host.trimmed();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    m_host = name;
    m_port = port;
    m_useTls = tls;
    m_request = request;
    m_parser = HttpMessageParser(HttpMessageParser::Kind::Response);
    m_parser.setRequestMethod(methodOf(request));
    // Streaming, every feed() is handed out at once: one read must fit whole.
    m_parser.setMaxKeptBodyBytes(m_streamBody ? qMax(m_maxKeptBody, SocketChunkReader::maxChunkBytes)
                                              : m_maxKeptBody);
    m_response.clear();
    m_extraBytes = 0;
    m_interimResponses = 0;
    m_error.clear();
    m_timing = HttpTiming();
    m_timing.tls = tls;
    m_tls = TlsSessionInfo();
    m_requestsOnConnection = 0;
    m_firstByteAt = -1;
    m_local.clear();
    m_peer = QStringLiteral("%1:%2").arg(name).arg(port);
    m_state = State::Idle;

    if (tls && !QSslSocket::supportsSsl()) {
        fail(tr("HTTPS is not available: Qt found no TLS library (OpenSSL) on this machine."));
        return;
    }
    m_clock.start();
    m_phaseStart = 0;
    m_requestStartedAt = 0;
    setState(State::LookingUp);
    record(EventKind::Info, QString(), m_peer, QByteArray(),
           DeferredText::make(staticMetaObject.className(),
                              QT_TR_NOOP("looking up %1 (DNS)"), {name}));
    touch();
    m_lookupId = QHostInfo::lookupHost(name, this, &HttpConnection::onLookedUp);
}

void HttpConnection::onLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_state != State::LookingUp)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(tr("Host \"%1\" was not found (%2). Check the spelling; without internet only local "
                "names such as localhost or 127.0.0.1 resolve.")
                 .arg(m_host, SystemErrorText::forHostLookup(info)));
        return;
    }
    m_timing.dnsMs = elapsedMs() - m_phaseStart;
    // The demo servers bind 127.0.0.1; "localhost" often lists ::1 first.
    QHostAddress address = info.addresses().constFirst();
    for (const QHostAddress &candidate : info.addresses()) {
        if (candidate.protocol() == QAbstractSocket::IPv4Protocol) {
            address = candidate;
            break;
        }
    }
    m_peer = formatEndpoint(address, m_port);
    m_socket = new QSslSocket(this);
    if (!m_useTls)
        SocketChunkReader::limitQtBuffer(m_socket);
    connect(m_socket, &QSslSocket::connected, this, &HttpConnection::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &HttpConnection::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &HttpConnection::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // A close by the peer is the end of a response, handled in onDisconnected.
        if (error == QAbstractSocket::RemoteHostClosedError || !m_socket)
            return;
        if (error == QAbstractSocket::SslHandshakeFailedError && m_state == State::Failed)
            return; // already reported by onSslErrors
        if (error == QAbstractSocket::SslHandshakeFailedError) {
            // Mostly https:// to a plain HTTP port: OpenSSL only says "wrong version number".
            fail(tr("The TLS handshake with %1 port %2 failed: %3. Is there an HTTPS server on "
                    "that port? A plain http:// server cannot answer https://.")
                     .arg(m_host)
                     .arg(m_port)
                     .arg(m_socket->errorString()));
            return;
        }
        fail(SocketErrors::socketFailed(error, m_host, m_port, m_socket->errorString()));
    });
    m_phaseStart = elapsedMs();
    setState(State::Connecting);
    touch();
    if (m_useTls)
        m_socket->connectToHostEncrypted(address.toString(), m_port, m_host);
    else
        m_socket->connectToHost(address, m_port);
}

void HttpConnection::onConnected()
{
    m_timing.connectMs = elapsedMs() - m_phaseStart;
    m_phaseStart = elapsedMs();
    m_local = formatEndpoint(m_socket->localAddress(), m_socket->localPort());
    record(EventKind::Connect, m_local, m_peer, QByteArray(),
           DeferredText::make(staticMetaObject.className(), QT_TR_NOOP("connected to %1 in %2 ms"),
                              {m_peer, QString::number(m_timing.connectMs, 'f', 1)}));
    touch();
    if (m_useTls)
        setState(State::Encrypting);
    else
        sendRequest(m_request);
}

void HttpConnection::captureTls()
{
    m_tls.encrypted = m_socket->isEncrypted();
    m_tls.protocol = protocolName(int(m_socket->sessionProtocol()));
    m_tls.cipher = m_socket->sessionCipher().name();
    m_tls.chain = m_socket->peerCertificateChain();
}

void HttpConnection::onEncrypted()
{
    m_timing.tlsMs = elapsedMs() - m_phaseStart;
    captureTls();
    emit tlsInfoChanged(m_tls);
    record(EventKind::Info, m_local, m_peer, QByteArray(),
           DeferredText::make(staticMetaObject.className(),
                              QT_TR_NOOP("TLS handshake done in %1 ms: %2, %3"),
                              {QString::number(m_timing.tlsMs, 'f', 1), m_tls.protocol,
                               m_tls.cipher}));
    sendRequest(m_request);
}

void HttpConnection::onSslErrors(const QList<QSslError> &errors)
{
    m_tls.certificateErrors.clear();
    for (const QSslError &error : errors)
        m_tls.certificateErrors << error.errorString();
    m_tls.chain = m_socket->peerCertificateChain();
    m_tls.protocol = protocolName(int(m_socket->sessionProtocol()));
    const QString list = m_tls.certificateErrors.join(QLatin1String("; "));
    if (m_ignoreCertErrors) {
        m_tls.errorsIgnored = true;
        m_socket->ignoreSslErrors();
        record(EventKind::Info, m_local, m_peer, QByteArray(),
               tr("certificate errors ignored, as asked: %1").arg(list));
        emit tlsInfoChanged(m_tls);
        return;
    }
    emit tlsInfoChanged(m_tls);
    fail(tr("The server's certificate was not accepted: %1. Nothing was sent. If this is your own "
            "test server with a self-signed certificate, turn on \"ignore certificate errors\" "
            "and try again; never do that for a server you do not control.")
             .arg(list));
}

void HttpConnection::sendRequest(const QByteArray &request)
{
    ++m_requestsOnConnection;
    m_socket->write(request);
    m_requestSentAt = elapsedMs();
    record(EventKind::Send, m_local, m_peer, request);
    setState(State::Waiting);
    touch();
}

bool HttpConnection::sendOnSameConnection(const QByteArray &request)
{
    if (!canReuseConnection())
        return false;
    m_parser.reset();
    m_parser.setRequestMethod(methodOf(request));
    m_request = request;
    m_response.clear();
    m_extraBytes = 0;
    m_interimResponses = 0;
    m_error.clear();
    m_timing = HttpTiming();
    m_timing.reusedConnection = true;
    m_timing.tls = m_useTls;
    m_firstByteAt = -1;
    m_requestStartedAt = elapsedMs();
    record(EventKind::Info, m_local, m_peer, QByteArray(),
           DeferredText::make(staticMetaObject.className(),
                              QT_TR_NOOP("reusing the open connection (keep-alive) for request %1"),
                              {QString::number(m_requestsOnConnection + 1)}));
    sendRequest(request);
    return true;
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    // Plain TCP is read from the descriptor as well; see SocketChunkReader.
    m_reader.readAvailable(m_socket, !m_useTls, [this](const QByteArray &bytes) {
        record(EventKind::Recv, m_local, m_peer, bytes);
        emit bytesReceived(bytes);
        feed(bytes);
        return m_socket != nullptr;
    });
}

void HttpConnection::noteExtra(qint64 bytes)
{
    if (bytes <= 0)
        return;
    const bool first = m_extraBytes == 0;
    m_extraBytes += bytes;
    // Nothing was asked for these bytes: they are not kept for the next
    // request (they would show up there as a response that is "not HTTP"),
    // but they are in the Recv rows and in the response as received.
    const QString framing = m_parser.bodyFraming() == HttpBodyFraming::ContentLength
        ? tr("Content-Length: %1").arg(m_parser.contentLength())
        : m_parser.bodyFraming() == HttpBodyFraming::Chunked
        ? tr("after the last chunk")
        : tr("no body expected");
    record(EventKind::Info, m_local, m_peer, QByteArray(),
           first ? tr("%1 bytes arrived after the end of the response (%2), on a connection "
                      "kept open, without a request: the body is longer than the header says, or "
                      "the server sent more than one response.", "", CountText::form(m_extraBytes))
                       .arg(m_extraBytes)
                       .arg(framing)
                 : tr("%1 bytes in all arrived after the end of the response (%2).", "",
                      CountText::form(m_extraBytes))
                       .arg(m_extraBytes)
                       .arg(framing));
    emit extraBytesArrived(m_extraBytes);
}

void HttpConnection::feed(const QByteArray &bytes)
{
    if (m_state == State::Complete) {
        if (m_parser.keepAlive()) {
            noteExtra(bytes.size());
            if (m_extraBytes > maxExtraBytes && isConnected()) {
                record(EventKind::Close, m_local, m_peer, QByteArray(),
                       DeferredText::make(staticMetaObject.className(), QT_TR_NOOP(
                           "closed: over 1 MiB arrived after the response without a request")));
                closeSocket();
            }
        } else {
            m_parser.feed(bytes); // counted as extra by the parser
            m_extraBytes = m_parser.extraBytes();
            emit extraBytesArrived(m_extraBytes);
        }
        return;
    }
    if (m_state != State::Waiting && m_state != State::Receiving)
        return;
    touch();
    if (m_firstByteAt < 0) {
        m_firstByteAt = elapsedMs();
        m_timing.ttfbMs = m_firstByteAt - m_requestSentAt;
        setState(State::Receiving);
    }
    // One read may hold many interim responses and then the real one: they
    // are taken in a loop over offsets into the same bytes, never by copying
    // the rest or by calling feed() again (a flood of "100 x" made that
    // quadratic in time and memory, and thousands of frames deep).
    qint64 at = 0;
    for (;;) {
        const QByteArray rest = at == 0
            ? bytes
            : QByteArray::fromRawData(bytes.constData() + at, bytes.size() - at);
        const qint64 keep = maxResponseBytes - m_response.size();
        if (keep > 0)
            m_response.append(rest.constData(), qMin<qint64>(keep, rest.size()));
        const qint64 used = m_parser.feed(rest);
        if (m_streamBody) {
            const QByteArray body = m_parser.takeKeptBody();
            if (!body.isEmpty())
                emit bodyReceived(body);
        }
        if (m_parser.hasError()) {
            fail(tr("The response cannot be read: %1").arg(m_parser.errorMessage()));
            return;
        }
        if (!m_parser.isComplete())
            return;
        const int status = m_parser.statusCode();
        if (status < 100 || status >= 200 || status == 101) {
            const qint64 extra = rest.size() - used;
            m_extraBytes = m_parser.extraBytes();
            completeResponse();
            // After completeResponse(), so that the note follows the "response complete" row.
            if (m_parser.keepAlive() && extra > 0 && m_state == State::Complete)
                noteExtra(extra);
            return;
        }
        // An interim response (100 Continue): the real one follows.
        if (++m_interimResponses > maxInterimResponses) {
            fail(tr("The server sent more than %1 interim responses (1xx, such as \"100 "
                    "Continue\") without the real response: it is not answering, so the "
                    "connection was closed.")
                     .arg(maxInterimResponses));
            return;
        }
        record(EventKind::Info, m_local, m_peer, QByteArray(),
               DeferredText::make(staticMetaObject.className(), QT_TR_NOOP("interim response: %1"),
                                  {QString::fromLatin1(shownLine(m_parser.firstLine()))}));
        at += used;
        m_parser.reset();
        m_response.clear();
        m_firstByteAt = -1;
        if (at >= bytes.size())
            return;
    }
}

void HttpConnection::completeResponse()
{
    const double now = elapsedMs();
    m_timing.downloadMs = m_firstByteAt >= 0 ? now - m_firstByteAt : 0;
    m_timing.totalMs = now - m_requestStartedAt;
    m_timer->stop();
    setState(State::Complete);
    record(EventKind::Info, m_local, m_peer, QByteArray(),
           DeferredText::make(staticMetaObject.className(),
                              QT_TR_N_NOOP("response complete: %1, %2 body bytes in %3 ms"),
                              {QString::fromLatin1(shownLine(m_parser.firstLine())),
                               QString::number(m_parser.bodyBytes()),
                               QString::number(m_timing.totalMs, 'f', 1)},
                              CountText::form(m_parser.bodyBytes())));
    emit timingMeasured(m_timing);
    emit responseComplete();
    // The response said the connection ends here; do our half.
    if (m_state == State::Complete && !m_parser.keepAlive() && isConnected()) {
        m_closingOnPurpose = true;
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::onDisconnected()
{
    const bool receiving = m_state == State::Waiting || m_state == State::Receiving;
    record(EventKind::Close, m_local, m_peer, QByteArray(),
           DeferredText::make(staticMetaObject.className(),
                              m_closingOnPurpose ? QT_TR_NOOP("closed after the response")
                                                 : QT_TR_NOOP("closed by the server")));
    m_closingOnPurpose = false;
    if (receiving) {
        // Bytes may still wait in the buffer when the close is reported.
        if (m_socket && m_socket->bytesAvailable() > 0)
            onReadyRead();
    }
    if (m_state == State::Waiting || m_state == State::Receiving) {
        m_parser.finish();
        if (m_parser.isComplete()) {
            completeResponse();
        } else {
            fail(m_parser.totalBytes() == 0
                     ? tr("The server closed the connection without sending a response.")
                     : tr("The server closed the connection before the response was complete: %1")
                           .arg(m_parser.errorMessage()));
            return;
        }
    }
    closeSocket();
}

void HttpConnection::onTimeout()
{
    QString phase;
    switch (m_state) {
    case State::LookingUp:
        phase = tr("looking up the name");
        break;
    case State::Connecting:
        phase = tr("connecting");
        break;
    case State::Encrypting:
        phase = tr("in the TLS handshake");
        break;
    case State::Waiting:
        // A request without its blank line leaves the server waiting for more header.
        phase = m_request.contains("\r\n\r\n") || m_request.contains("\n\n")
            ? tr("waiting for the first response byte: the server took the request but has "
                 "not answered")
            : tr("waiting for the first response byte (did the request end with an empty "
                 "line, \\r\\n\\r\\n?)");
        break;
    case State::Receiving:
        phase = tr("receiving: no byte for a while, and the response is not complete");
        break;
    default:
        return;
    }
    fail(tr("No progress from %1 for %2 s: %3.").arg(m_peer).arg(m_timeoutMs / 1000.0).arg(phase));
}

void HttpConnection::abort()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    bool busy = m_state == State::LookingUp || m_state == State::Connecting
        || m_state == State::Encrypting || m_state == State::Waiting || m_state == State::Receiving;
    if (busy && m_state == State::Receiving
        && m_parser.bodyFraming() == HttpBodyFraming::UntilClose) {
        m_parser.finish();
        completeResponse();
        busy = false;
    }
    if (busy) {
        fail(tr("Stopped by the user."));
        return;
    }
    if (m_socket) {
        record(EventKind::Close, m_local, m_peer, QByteArray(),
               DeferredText::make(staticMetaObject.className(), QT_TR_NOOP("closed by the user")));
        closeSocket();
    }
    m_timer->stop();
}

void HttpConnection::fail(const QString &message)
{
    m_error = message;
    m_timer->stop();
    closeSocket();
    setState(State::Failed);
    recordError(m_local, m_peer, message);
}

} // namespace swb::net
