#include "widgets/httpfetchclient.h"

#include "net/contentdecoder.h"
#include "net/socketerrors.h"
#include "widgets/httpurl.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QTimer>

namespace swb::widgets {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

HttpFetchClient::HttpFetchClient(QObject *parent)
    : net::Endpoint(net::Protocol::Http, parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_idle(new QTimer(this))
{
    // Redirects are followed by hand so that every hop is recorded and shown.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &HttpFetchClient::onIdle);
}

HttpFetchClient::~HttpFetchClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QByteArray HttpFetchClient::header(const QByteArray &name) const
{
    QByteArray value;
    for (const auto &[n, v] : m_headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            value = v;
    }
    return value;
}

QString HttpFetchClient::remote() const
{
    const QString host = m_url.host();
    return host.contains(QLatin1Char(':'))
        ? QStringLiteral("[%1]:%2").arg(host).arg(HttpUrl::port(m_url))
        : QStringLiteral("%1:%2").arg(host).arg(HttpUrl::port(m_url));
}

void HttpFetchClient::start(const Request &request)
{
    abort();
    m_request = request;
    m_hops.clear();
    m_tls = net::TlsSessionInfo();
    m_certificateRejected = false;
    m_ok = false;
    m_error.clear();
    m_clock.start();
    sendHop(request.url, request.method.toUpper(), request.body);
}

void HttpFetchClient::abort()
{
    if (!m_reply)
        return;
    m_aborted = true;
    m_reply->abort(); // finished() follows, which reports the stop
}

void HttpFetchClient::sendHop(const QUrl &url, const QByteArray &method, const QByteArray &body)
{
    m_url = url;
    m_method = method;
    m_status = 0;
    m_reason.clear();
    m_version.clear();
    m_headers.clear();
    m_body.clear();
    m_timing = HttpTiming();
    m_requestSentMs = -1;
    m_firstByteMs = -1;
    m_timedOut = false;
    m_aborted = false;
    m_usedTls = HttpUrl::isHttps(url);

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    bool hasContentType = false;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        request.setRawHeader(name, value);
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasContentType)
        request.setRawHeader("Content-Type", "text/plain; charset=UTF-8");

    record(net::EventKind::Send, QString(), remote(), requestBytes(url, method, body),
           tr("%1 %2 (fetch mode: Qt adds headers of its own, such as User-Agent and "
              "Accept-Encoding; raw mode sends exactly your bytes)")
               .arg(QString::fromLatin1(method), url.toDisplayString()));
    m_hopClock.start();
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = m_nam->get(request);
    else if (method == "HEAD")
        reply = m_nam->head(request);
    else if (method == "POST")
        reply = m_nam->post(request, body);
    else if (method == "PUT")
        reply = m_nam->put(request, body);
    else if (method == "DELETE" && body.isEmpty())
        reply = m_nam->deleteResource(request);
    else
        reply = m_nam->sendCustomRequest(request, method, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::socketStartedConnecting, this, &HttpFetchClient::touch);
    connect(reply, &QNetworkReply::encrypted, this, &HttpFetchClient::touch);
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        m_requestSentMs = msSince(m_hopClock);
        touch();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpFetchClient::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &HttpFetchClient::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        touch();
        emit progress(received, total);
    });
    connect(reply, &QNetworkReply::sslErrors, this, &HttpFetchClient::onSslErrors);
    connect(reply, &QNetworkReply::finished, this, &HttpFetchClient::onFinished);
    touch();
}

void HttpFetchClient::touch()
{
    m_idle->start(qMax(1, m_request.timeoutMs));
}

void HttpFetchClient::onIdle()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void HttpFetchClient::onMetaData()
{
    if (!m_reply || m_firstByteMs >= 0)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    touch();
    m_firstByteMs = msSince(m_hopClock);
    m_status = status.toInt();
    m_reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    // QNetworkReply says whether HTTP/2 was used, but not whether an HTTP/1
    // server answered 1.0 or 1.1 (Python's http.server says 1.0), so the minor
    // version is left open rather than made up.
    const bool http2 = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    m_version = http2 ? QByteArrayLiteral("HTTP/2") : QByteArrayLiteral("HTTP/1.x");
    m_headers = m_reply->rawHeaderPairs();
    record(net::EventKind::Recv, QString(), remote(), responseHead(),
           http2 ? tr("response header as Qt reports it (fetch mode does not see the exact "
                      "bytes; raw mode does)")
                 : tr("response header as Qt reports it (fetch mode does not see the exact "
                      "bytes; raw mode does). \"HTTP/1.x\": Qt does not report whether the "
                      "server answered HTTP/1.0 or HTTP/1.1."));
}

void HttpFetchClient::onReadyRead()
{
    if (!m_reply)
        return;
    touch();
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    if (!m_body.append(bytes)) {
        m_error = m_body.errorString();
        m_reply->abort();
        return;
    }
    record(net::EventKind::Recv, QString(), remote(), bytes);
}

void HttpFetchClient::undoContentEncoding()
{
    // Qt undoes gzip and deflate only when it wrote Accept-Encoding itself; when
    // the user typed that header, do what requests does and keep the page.
    bool userAsked = false;
    for (const auto &[name, value] : std::as_const(m_request.headers))
        userAsked = userAsked || name.compare("accept-encoding", Qt::CaseInsensitive) == 0;
    const QByteArray coding = header("Content-Encoding").trimmed().toLower();
    if (!userAsked || coding.isEmpty() || coding == "identity" || m_body.size() == 0)
        return;
    if (!m_body.isComplete()) {
        record(net::EventKind::Info, QString(), remote(), QByteArray(),
               tr("Content-Encoding: %1 is not undone: the body is larger than the display "
                  "limit, so it is kept as received. Without your Accept-Encoding header, Qt "
                  "decompresses it as it arrives.")
                   .arg(QString::fromLatin1(coding)));
        return;
    }
    const net::ContentDecoder::Result decoded = net::ContentDecoder::decode(m_body.head(), coding);
    if (!decoded.ok) {
        record(net::EventKind::Info, QString(), remote(), QByteArray(), decoded.errorMessage);
        return;
    }
    const qint64 received = m_body.size();
    m_body.clear();
    m_body.append(decoded.bytes);
    record(net::EventKind::Info, QString(), remote(), QByteArray(),
           tr("Content-Encoding: %1 undone: %2 bytes received, %3 bytes of page (Qt leaves "
              "this to you when you set Accept-Encoding yourself)")
               .arg(QString::fromLatin1(coding))
               .arg(received)
               .arg(decoded.bytes.size()));
}

void HttpFetchClient::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply)
        return;
    m_tls.certificateErrors.clear();
    for (const QSslError &e : errors)
        m_tls.certificateErrors << e.errorString();
    m_tls.chain = m_reply->sslConfiguration().peerCertificateChain();
    if (m_request.acceptInvalidCertificates) {
        m_reply->ignoreSslErrors(errors);
        m_tls.errorsIgnored = true;
        record(net::EventKind::Info, QString(), remote(), QByteArray(),
               tr("certificate errors accepted because you chose \"Continue anyway\": %1")
                   .arg(m_tls.certificateErrors.join(QLatin1String("; "))));
    } else {
        m_certificateRejected = true;
    }
}

void HttpFetchClient::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_idle->stop();
    onMetaData();
    const QByteArray rest = reply->readAll();
    if (!rest.isEmpty() && m_body.append(rest))
        record(net::EventKind::Recv, QString(), remote(), rest);
    if (m_usedTls) {
        const QSslConfiguration tls = reply->sslConfiguration();
        if (!tls.peerCertificateChain().isEmpty())
            m_tls.chain = tls.peerCertificateChain();
        if (!tls.sessionCipher().isNull()) {
            m_tls.encrypted = true;
            m_tls.protocol = net::TlsInfo::protocolName(int(tls.sessionProtocol()));
            m_tls.cipher = tls.sessionCipher().name();
        }
    }
    const auto error = reply->error();
    const QString qtText = reply->errorString();
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    const double hopMs = msSince(m_hopClock);
    if (m_status == 0 || m_timedOut || m_aborted || !m_error.isEmpty()) {
        finish(false, !m_error.isEmpty() ? m_error : describeFailure(int(error), qtText));
        return;
    }
    Hop hop{m_url, m_method, m_status, m_reason, QUrl(), hopMs};
    if (isRedirect(m_status) && location.isValid() && !location.isEmpty()) {
        hop.location = m_url.resolved(location);
        m_hops << hop;
        emit hopFinished(hop);
        record(net::EventKind::Info, QString(), remote(), QByteArray(),
               tr("%1 %2 \u2192 %3 %4, redirect to %5")
                   .arg(QString::fromLatin1(m_method), m_url.toDisplayString())
                   .arg(m_status)
                   .arg(QString::fromLatin1(m_reason), hop.location.toDisplayString()));
        QString problem;
        if (m_hops.size() > m_request.maxRedirects) {
            finish(false, tr("Too many redirects (more than %1): the server keeps sending the "
                             "request elsewhere. The chain is listed under Redirects.")
                              .arg(m_request.maxRedirects));
            return;
        }
        if (!HttpUrl::parse(hop.location.toString(), &problem)) {
            finish(false, tr("The server redirects to %1, which cannot be followed: %2")
                              .arg(hop.location.toDisplayString(), problem));
            return;
        }
        // As browsers and requests do: 303 always, and 301/302 after a POST, become GET.
        QByteArray method = m_method;
        QByteArray body = m_request.body;
        if ((m_status == 303 && method != "HEAD")
            || ((m_status == 301 || m_status == 302) && method == "POST")) {
            method = "GET";
            body.clear();
        }
        sendHop(hop.location, method, body);
        return;
    }
    undoContentEncoding();
    m_hops << hop;
    emit hopFinished(hop);
    m_timing.setupMs = m_requestSentMs;
    if (m_requestSentMs >= 0 && m_firstByteMs >= 0)
        m_timing.ttfbMs = qMax(0.0, m_firstByteMs - m_requestSentMs);
    if (m_firstByteMs >= 0)
        m_timing.downloadMs = qMax(0.0, hopMs - m_firstByteMs);
    m_timing.totalMs = hopMs;
    record(net::EventKind::Info, QString(), remote(), QByteArray(),
           tr("%1 %2 \u2192 %3 %4, %5 bytes, %6 ms")
               .arg(QString::fromLatin1(m_method), m_url.toDisplayString())
               .arg(m_status)
               .arg(QString::fromLatin1(m_reason))
               .arg(m_body.size())
               .arg(qRound64(hopMs)));
    finish(true, QString());
}

void HttpFetchClient::finish(bool ok, const QString &error)
{
    m_ok = ok;
    m_error = error;
    if (!ok)
        recordError(QString(), remote(), error);
    emit finished(ok);
}

QString HttpFetchClient::describeFailure(int code, const QString &qtText) const
{
    const QString host = m_url.host();
    const quint16 port = HttpUrl::port(m_url);
    if (m_timedOut)
        return tr("No answer from %1 port %2 for %3 s, so the request was stopped. The server "
                  "accepted the connection (or never answered it) but sent nothing back; is it "
                  "an HTTP server, and is it busy?")
            .arg(host)
            .arg(port)
            .arg(m_request.timeoutMs / 1000.0);
    if (m_aborted)
        return tr("Stopped.");
    if (m_certificateRejected) {
        QStringList texts;
        for (const QString &e : m_tls.certificateErrors)
            texts << QStringLiteral("\u2022 ") + e;
        return tr("The certificate of %1 is not trusted, so the request was stopped before "
                  "anything was sent:\n%2\nIf this is your own test server (for example one with "
                  "a self-signed certificate), press \"Continue anyway\" on the certificate card "
                  "to send the request accepting these errors.")
            .arg(host, texts.join(QLatin1Char('\n')));
    }
    switch (QNetworkReply::NetworkError(code)) {
    case QNetworkReply::ConnectionRefusedError:
        return net::SocketErrors::socketFailed(QAbstractSocket::ConnectionRefusedError, host, port,
                                               qtText);
    case QNetworkReply::HostNotFoundError:
        return net::SocketErrors::socketFailed(QAbstractSocket::HostNotFoundError, host, port,
                                               qtText);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 port %2 closed the connection without a complete HTTP response. Is it an "
                  "HTTP server?")
            .arg(host)
            .arg(port);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The TLS handshake with %1 port %2 failed: %3. Is there an HTTPS server on "
                  "that port? A plain http:// server cannot answer https://.")
            .arg(host)
            .arg(port)
            .arg(qtText);
    case QNetworkReply::ProtocolFailure:
        return tr("The answer of %1 port %2 is not valid HTTP: %3.")
            .arg(host)
            .arg(port)
            .arg(qtText);
    default:
        return tr("The request to %1 failed: %2.").arg(m_url.toDisplayString(), qtText);
    }
}

QByteArray HttpFetchClient::requestBytes(const QUrl &url, const QByteArray &method,
                                         const QByteArray &body) const
{
    QByteArray bytes = method + ' ' + HttpUrl::target(url).toLatin1() + " HTTP/1.1\r\nHost: "
        + HttpUrl::hostHeader(url).toLatin1() + "\r\n";
    for (const auto &[name, value] : m_request.headers)
        bytes += name + ": " + value + "\r\n";
    if (!body.isEmpty())
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

QByteArray HttpFetchClient::responseHead() const
{
    QByteArray bytes = m_version + ' ' + QByteArray::number(m_status) + ' ' + m_reason + "\r\n";
    for (const auto &[name, value] : m_headers)
        bytes += name + ": " + value + "\r\n";
    return bytes + "\r\n";
}

} // namespace swb::widgets
