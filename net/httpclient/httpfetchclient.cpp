#include "net/httpclient/httpfetchclient.h"

#include "net/httpclient/httpconnection.h"
#include "net/httpclient/httpurl.h"
#include "net/httpclient/shownline.h"
#include "net/text/counttext.h"

#include <QCoreApplication>
#include <QTimer>

namespace swb::net {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// The received body is read from the spool for decoding in blocks this large.
constexpr qint64 decodeBlock = qint64(1) << 20;

} // namespace

HttpFetchClient::HttpFetchClient(QObject *parent)
    : net::Endpoint(net::Protocol::Http, parent)
    , m_client(new net::HttpConnection(this))
{
    m_client->setStreamBody(true);
    connect(m_client, &net::HttpConnection::bodyReceived, this, &HttpFetchClient::onBody);
    connect(m_client, &net::HttpConnection::responseComplete, this, &HttpFetchClient::onComplete);
    connect(m_client, &net::HttpConnection::errorOccurred, this, &HttpFetchClient::onFailed);
}

HttpFetchClient::~HttpFetchClient()
{
    m_client->disconnect(this);
}

void HttpFetchClient::attach(net::TrafficSink *sink, int panelId, const QString &panelName)
{
    setSink(sink);
    setPanel(panelId, panelName);
    m_client->setSink(sink);
    m_client->setPanel(panelId, panelName);
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

HttpTiming HttpFetchClient::timing() const
{
    return m_client->timing();
}

net::TlsSessionInfo HttpFetchClient::tlsInfo() const
{
    return m_client->tlsInfo();
}

bool HttpFetchClient::certificateRejected() const
{
    const net::TlsSessionInfo tls = m_client->tlsInfo();
    return !tls.certificateErrors.isEmpty() && !tls.errorsIgnored;
}

QByteArray HttpFetchClient::compose(const Request &request, const QUrl &url,
                                    const QByteArray &method, const QByteArray &body)
{
    const auto typed = [&request](const char *name) {
        for (const auto &[header, value] : request.headers) {
            if (header.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QByteArray bytes = method + ' ' + HttpUrl::target(url).toLatin1() + " HTTP/1.1\r\n";
    if (!typed("Host"))
        bytes += "Host: " + HttpUrl::hostHeader(url).toLatin1() + "\r\n";
    // requests' defaults, with the workbench's name where requests gives its own.
    if (!typed("User-Agent"))
        bytes += "User-Agent: socket-workbench/"
            + QCoreApplication::applicationVersion().toLatin1() + "\r\n";
    if (!typed("Accept-Encoding"))
        bytes += "Accept-Encoding: gzip, deflate\r\n";
    if (!typed("Accept"))
        bytes += "Accept: */*\r\n";
    if (!typed("Connection"))
        bytes += "Connection: keep-alive\r\n";
    for (const auto &[name, value] : request.headers)
        bytes += name + ": " + value + "\r\n";
    if (!body.isEmpty() && !typed("Content-Type"))
        bytes += "Content-Type: text/plain; charset=UTF-8\r\n";
    // As requests does, POST and PUT say Content-Length: 0 when they carry nothing.
    if ((!body.isEmpty() || method == "POST" || method == "PUT") && !typed("Content-Length"))
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

void HttpFetchClient::start(const Request &request)
{
    abort();
    ++m_fetchNumber;
    m_request = request;
    m_hops.clear();
    m_ok = false;
    m_error.clear();
    m_client->setTimeoutMs(qMax(1, request.timeoutMs));
    // A new connection, as each requests.get() makes.
    sendHop(request.url, request.method.toUpper(), request.body, false);
}

void HttpFetchClient::abort()
{
    if (!m_busy)
        return;
    m_client->abort(); // errorOccurred follows, which reports the stop, ...
    if (m_busy) // ... except between the hops of a redirect, when nothing is in flight
        finish(false, tr("Stopped by the user."));
}

void HttpFetchClient::sendHop(const QUrl &url, const QByteArray &method, const QByteArray &body,
                              bool mayReuse)
{
    m_url = url;
    m_method = method;
    m_status = 0;
    m_reason.clear();
    m_version.clear();
    m_headers.clear();
    m_body.clear();
    m_receivedBody = 0;
    m_decodeError.clear();
    m_busy = true;
    const QByteArray request = compose(m_request, url, method, body);
    const bool tls = HttpUrl::isHttps(url);
    m_client->setIgnoreCertificateErrors(acceptsInvalidCertificates(url));
    // Like requests' connection pool: a hop to the same place goes over the
    // connection the last response left open.
    if (mayReuse && m_client->isConnectionTo(url.host(), HttpUrl::port(url), tls)
        && m_client->sendOnSameConnection(request))
        return;
    m_client->start(url.host(), HttpUrl::port(url), tls, request);
}

void HttpFetchClient::onBody(const QByteArray &bytes)
{
    if (!m_busy)
        return;
    m_receivedBody += bytes.size();
    if (const Result<void> kept = m_body.append(bytes); !kept) {
        m_client->abort();
        finish(false, kept.message());
        return;
    }
    emit progress(m_receivedBody, m_client->parser().contentLength());
}

void HttpFetchClient::onComplete()
{
    if (!m_busy)
        return;
    const net::HttpMessageParser &parser = m_client->parser();
    m_status = parser.statusCode();
    m_reason = shownLine(parser.reasonPhrase());
    m_version = parser.httpVersion();
    for (const net::HttpHeaderLine &line : parser.headers())
        m_headers.append({line.name, line.value});
    if (const Result<void> flushed = m_body.flush(); !flushed) {
        finish(false, flushed.message());
        return;
    }
    Hop hop{m_url, m_method, m_status, m_reason, QUrl(), timing().totalMs};
    const QByteArray location = header("Location");
    const bool redirect = isRedirect(m_status) && !location.isEmpty();
    if (redirect) {
        hop.location = m_url.resolved(QUrl::fromEncoded(location.trimmed()));
        record(net::EventKind::Info, QString(), HttpUrl::endpoint(m_url), QByteArray(),
               tr("%1 %2 \u2192 %3 %4, redirect to %5")
                   .arg(QString::fromLatin1(m_method), m_url.toDisplayString())
                   .arg(m_status)
                   .arg(QString::fromLatin1(m_reason), hop.location.toDisplayString()));
        // Queued: this runs inside the client's own read of the response.
        QTimer::singleShot(0, this, [this, hop, fetch = m_fetchNumber] {
            if (fetch == m_fetchNumber) // not stopped, nor replaced by a new fetch, meanwhile
                followRedirect(hop);
        });
    } else {
        undoContentEncoding();
        record(net::EventKind::Info, QString(), HttpUrl::endpoint(m_url), QByteArray(),
               tr("%1 %2 \u2192 %3 %4, %5 bytes, %6 ms", "", CountText::form(qint64(m_body.size())))
                   .arg(QString::fromLatin1(m_method), m_url.toDisplayString())
                   .arg(m_status)
                   .arg(QString::fromLatin1(m_reason))
                   .arg(m_body.size())
                   .arg(qRound64(hop.ms)));
    }
    m_hops << hop;
    // Last: a receiver may stop this fetch or start another one.
    const quint64 fetch = m_fetchNumber;
    emit hopFinished(hop);
    if (!redirect && fetch == m_fetchNumber)
        finish(true, QString());
}

void HttpFetchClient::followRedirect(const Hop &hop)
{
    if (m_hops.size() > m_request.maxRedirects) {
        finish(false, tr("Too many redirects (more than %1): the server keeps sending the "
                         "request elsewhere. The chain is listed under Redirects.")
                          .arg(m_request.maxRedirects));
        return;
    }
    if (const Result<QUrl> next = HttpUrl::parse(hop.location.toString()); !next) {
        finish(false, tr("The server redirects to %1, which cannot be followed: %2")
                          .arg(hop.location.toDisplayString(), next.message()));
        return;
    }
    // As browsers and requests do: 303 always, and 301/302 after a POST, become GET.
    QByteArray method = m_method;
    QByteArray body = m_request.body;
    if ((hop.status == 303 && method != "HEAD")
        || ((hop.status == 301 || hop.status == 302) && method == "POST")) {
        method = "GET";
        body.clear();
    }
    dropCredentialsLeaving(m_url, hop.location);
    sendHop(hop.location, method, body, true);
}

bool HttpFetchClient::acceptsInvalidCertificates(const QUrl &url) const
{
    const QString host = url.host();
    if (m_request.acceptInvalidCertificates
        && host.compare(m_request.url.host(), Qt::CaseInsensitive) == 0)
        return true;
    return m_request.acceptInvalidCertificatesFor.contains(host, Qt::CaseInsensitive);
}

void HttpFetchClient::dropCredentialsLeaving(const QUrl &from, const QUrl &to)
{
    // As requests does: the user's credentials are for the host they typed,
    // and they do not travel in clear text after an https page.
    const bool otherHost = from.host().compare(to.host(), Qt::CaseInsensitive) != 0;
    const bool downgrade = HttpUrl::isHttps(from) && !HttpUrl::isHttps(to);
    const QString endpoint = HttpUrl::endpoint(from);
    if (otherHost && HttpUrl::isHttps(to) && m_request.acceptInvalidCertificates
        && !acceptsInvalidCertificates(to))
        record(net::EventKind::Info, QString(), endpoint, QByteArray(),
               tr("Certificate errors were accepted for %1 only: %2 gets the normal checks.")
                   .arg(m_request.url.host(), to.host()));
    if (!otherHost && !downgrade)
        return;
    QStringList dropped;
    RawHeaders &headers = m_request.headers;
    for (auto it = headers.begin(); it != headers.end();) {
        const QByteArray name = it->first.trimmed().toLower();
        if (name == "authorization" || name == "proxy-authorization" || name == "cookie") {
            dropped << QString::fromLatin1(it->first);
            it = headers.erase(it);
        } else {
            ++it;
        }
    }
    if (dropped.isEmpty())
        return;
    record(net::EventKind::Info, QString(), endpoint, QByteArray(),
           otherHost ? tr("%1 not sent to %2: the redirect leaves %3 for another host, and "
                          "credentials are only for the host they were typed for.")
                           .arg(dropped.join(QLatin1String(", ")), to.host(), from.host())
                     : tr("%1 not sent to %2: the redirect goes from https to plain http, where "
                          "anyone on the way could read them.")
                           .arg(dropped.join(QLatin1String(", ")), to.toDisplayString()));
}

void HttpFetchClient::onFailed(const QString &message)
{
    if (!m_busy)
        return;
    if (!certificateRejected()) {
        finish(false, message, false); // the client has recorded its error row
        return;
    }
    // The panel's own words for it (its button); the client's row has the errors too.
    QStringList texts;
    for (const QString &e : m_client->tlsInfo().certificateErrors)
        texts << QStringLiteral("\u2022 ") + e;
    finish(false,
           tr("The certificate of %1 is not trusted, so the request was stopped before "
              "anything was sent:\n%2\nIf this is your own test server (for example one "
              "with a self-signed certificate), press \"Continue anyway\" on the "
              "certificate card to send the request accepting these errors.")
               .arg(m_url.host(), texts.join(QLatin1Char('\n'))),
           false);
}

void HttpFetchClient::undoContentEncoding()
{
    // requests undoes gzip and deflate whoever asked for them; so does this,
    // a slice at a time from the spool into a second spool: a decompression
    // bomb is stopped by the decode limits before it fills memory or disk.
    const QByteArray coding = header("Content-Encoding").trimmed().toLower();
    if (coding.isEmpty() || coding == "identity" || m_body.size() == 0)
        return;
    ContentDecodeStream decoder(coding, m_decodeLimits);
    BodySpool decoded(m_body.displayLimit());
    decoded.setMaxSize(m_body.maxSize());
    decoded.setMinFreeDisk(m_body.minFreeDisk());
    const auto keep = [&decoded](const QByteArray &bytes) { return decoded.append(bytes); };
    Result<void> done;
    for (qint64 at = 0; done && at < m_body.size(); at += decodeBlock)
        done = decoder.push(m_body.read(at, decodeBlock), keep);
    if (done)
        done = decoder.finish();
    if (done)
        done = decoded.flush();
    const QString endpoint = HttpUrl::endpoint(m_url);
    if (!done) {
        m_decodeError = done.message();
        record(net::EventKind::Info, QString(), endpoint, QByteArray(), m_decodeError);
        return;
    }
    const qint64 received = m_body.size();
    m_body = std::move(decoded);
    record(net::EventKind::Info, QString(), endpoint, QByteArray(),
           tr("Content-Encoding: %1 undone: %2 bytes received, %3 bytes of page")
               .arg(QString::fromLatin1(coding))
               .arg(received)
               .arg(m_body.size()));
    if (const QString note = decoder.note(); !note.isEmpty())
        record(net::EventKind::Info, QString(), endpoint, QByteArray(), note);
}

void HttpFetchClient::finish(bool ok, const QString &error, bool recordIt)
{
    m_busy = false;
    ++m_fetchNumber; // a redirect still queued is not followed
    m_ok = ok;
    m_error = error;
    if (!ok && recordIt)
        recordError(QString(), HttpUrl::endpoint(m_url), error);
    emit finished(ok);
}

} // namespace swb::net
