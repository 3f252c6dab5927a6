#pragma once

#include "net/http/contentdecodestream.h"
#include "net/httpclient/bodyspool.h"
#include "net/httpclient/httptiming.h"
#include "net/httpclient/httpurl.h"
#include "net/httpclient/tlsinfo.h"
#include "net/socket/endpoint.h"

#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

namespace swb::net {
class HttpConnection;
class TrafficSink;
}

namespace swb::net {

// Fetch mode's engine, the workbench's requests.get(): it writes the request
// as requests would (Host, User-Agent, Accept-Encoding, Accept, Connection
// and Content-Length, unless typed in the headers), sends it with raw mode's
// HttpConnection, follows redirects itself (so that each hop is seen, on the
// same connection when the server keeps it open), undoes gzip and deflate,
// and keeps the body in a BodySpool. Being raw mode's engine underneath, it
// measures every phase (DNS, connect, TLS, first byte, download) and its
// traffic rows (proto http) hold the exact bytes sent and received.
class HttpFetchClient final : public net::Endpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFetchClient)
public:
    using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

    struct Request
    {
        QUrl url;
        QByteArray method = "GET";
        RawHeaders headers;
        QByteArray body;
        // For the host of url only: a redirect to another host gets the normal
        // checks, unless that host is in acceptInvalidCertificatesFor too.
        bool acceptInvalidCertificates = false;
        QStringList acceptInvalidCertificatesFor;
        int timeoutMs = 30000; // with no byte moving for this long, the request stops
        int maxRedirects = 10;
    };
    struct Hop
    {
        QUrl url;
        QByteArray method;
        int status = 0;
        QByteArray reason;
        QUrl location; // empty on the last hop
        double ms = 0;
    };

    explicit HttpFetchClient(QObject *parent = nullptr);
    ~HttpFetchClient() override;

    // Rows of this client and of the connection under it go to sink.
    void attach(net::TrafficSink *sink, int panelId, const QString &panelName);
    void start(const Request &request);
    void abort();
    bool isBusy() const { return m_busy; }
    void setDisplayLimit(qint64 bytes) { m_body.setDisplayLimit(bytes); }
    // A body (as received, and decoded) larger than this stops the fetch; default 1 GiB.
    void setMaxBodyBytes(qint64 bytes) { m_body.setMaxSize(bytes); }
    // Decoded size and expansion ratio past which Content-Encoding is not undone.
    void setDecodeLimits(const ContentDecodeStream::Limits &limits) { m_decodeLimits = limits; }
    ContentDecodeStream::Limits decodeLimits() const { return m_decodeLimits; }

    // The request as sent for a hop: the method, the URL's target and host,
    // requests' default headers where the caller's headers do not name them.
    static QByteArray compose(const Request &request, const QUrl &url, const QByteArray &method,
                              const QByteArray &body);

    // The last exchange (the final hop for status, headers and body).
    bool succeeded() const { return m_ok; }
    QString errorMessage() const { return m_error; }
    int statusCode() const { return m_status; }
    // Cut to a length a label can show (shownLine()); the traffic rows keep every byte.
    QByteArray reasonPhrase() const { return m_reason; }
    QByteArray httpVersion() const { return m_version; } // as the status line said it
    RawHeaders headers() const { return m_headers; }
    QByteArray header(const QByteArray &name) const;
    // The page: gzip and deflate undone, as requests' r.content.
    const BodySpool &body() const { return m_body; }
    // Why Content-Encoding was not undone (the body is then as received); empty when it was.
    QString decodeError() const { return m_decodeError; }
    // Body bytes as they came over the wire (compressed, when they were).
    qint64 receivedBodyBytes() const { return m_receivedBody; }
    QList<Hop> hops() const { return m_hops; }
    // Of the last hop, as the client measured it.
    HttpTiming timing() const;
    QUrl finalUrl() const { return m_url; }
    // TLS: the peer chain, protocol, cipher and the certificate errors seen.
    net::TlsSessionInfo tlsInfo() const;
    bool certificateRejected() const;
    bool usedTls() const { return HttpUrl::isHttps(m_url); }

signals:
    void progress(qint64 received, qint64 total);
    void hopFinished(const swb::net::HttpFetchClient::Hop &hop);
    // ok: a response arrived (any status). Otherwise errorMessage() says why not.
    void finished(bool ok);

private:
    void sendHop(const QUrl &url, const QByteArray &method, const QByteArray &body, bool mayReuse);
    void onBody(const QByteArray &bytes);
    void onComplete();
    void onFailed(const QString &message);
    void followRedirect(const Hop &hop);
    bool acceptsInvalidCertificates(const QUrl &url) const;
    void dropCredentialsLeaving(const QUrl &from, const QUrl &to);
    void undoContentEncoding();
    void finish(bool ok, const QString &error, bool recordIt = true);

    net::HttpConnection *m_client = nullptr;
    Request m_request;
    bool m_busy = false;
    quint64 m_fetchNumber = 0; // start() and finish() count up: a queued hop knows if it is stale

    bool m_ok = false;
    QString m_error;
    QUrl m_url;
    QByteArray m_method;
    int m_status = 0;
    QByteArray m_reason;
    QByteArray m_version;
    RawHeaders m_headers;
    BodySpool m_body;
    ContentDecodeStream::Limits m_decodeLimits;
    qint64 m_receivedBody = 0;
    QString m_decodeError;
    QList<Hop> m_hops;
};

} // namespace swb::net
