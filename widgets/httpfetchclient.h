#pragma once

#include "net/endpoint.h"
#include "net/tlsinfo.h"
#include "widgets/bodyspool.h"
#include "widgets/httptiming.h"

#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace swb::widgets {

// Fetch mode's engine, the workbench's requests.get(): QNetworkAccessManager
// with redirects followed here (so that each hop is seen), the body kept in a
// BodySpool, timing from the reply's signals, and one traffic row set (proto
// http) per hop. GUI-free; it lives in widgets/ only because it serves the
// HTTP panel alone.
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
        bool acceptInvalidCertificates = false;
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

    void start(const Request &request);
    void abort();
    bool isBusy() const { return !m_reply.isNull(); }
    void setDisplayLimit(qint64 bytes) { m_body.setDisplayLimit(bytes); }

    // The last exchange (the final hop for status, headers and body).
    bool succeeded() const { return m_ok; }
    QString errorMessage() const { return m_error; }
    int statusCode() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    // "HTTP/2", or "HTTP/1.x": Qt does not tell HTTP/1.0 from HTTP/1.1.
    QByteArray httpVersion() const { return m_version; }
    RawHeaders headers() const { return m_headers; }
    QByteArray header(const QByteArray &name) const;
    const BodySpool &body() const { return m_body; }
    QList<Hop> hops() const { return m_hops; }
    HttpTiming timing() const { return m_timing; }
    QUrl finalUrl() const { return m_url; }
    // TLS: the peer chain, protocol, cipher and the certificate errors seen,
    // in the same form raw mode reports them.
    net::TlsSessionInfo tlsInfo() const { return m_tls; }
    bool certificateRejected() const { return m_certificateRejected; }
    bool usedTls() const { return m_usedTls; }

signals:
    void progress(qint64 received, qint64 total);
    void hopFinished(const swb::widgets::HttpFetchClient::Hop &hop);
    // ok: a response arrived (any status). Otherwise errorMessage() says why not.
    void finished(bool ok);

private:
    void sendHop(const QUrl &url, const QByteArray &method, const QByteArray &body);
    void onReadyRead();
    void onMetaData();
    void onSslErrors(const QList<QSslError> &errors);
    void onFinished();
    void undoContentEncoding();
    void onIdle();
    void touch();
    void finish(bool ok, const QString &error);
    QString describeFailure(int error, const QString &qtText) const;
    QByteArray requestBytes(const QUrl &url, const QByteArray &method,
                            const QByteArray &body) const;
    QByteArray responseHead() const;
    QString remote() const;

    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_idle = nullptr;
    Request m_request;
    QElapsedTimer m_clock;     // since start(): the whole exchange with its redirects
    QElapsedTimer m_hopClock;  // since the current hop was sent
    double m_requestSentMs = -1;
    double m_firstByteMs = -1;
    bool m_timedOut = false;
    bool m_aborted = false;

    bool m_ok = false;
    QString m_error;
    QUrl m_url;
    QByteArray m_method;
    int m_status = 0;
    QByteArray m_reason;
    QByteArray m_version;
    RawHeaders m_headers;
    BodySpool m_body;
    QList<Hop> m_hops;
    HttpTiming m_timing;
    net::TlsSessionInfo m_tls;
    bool m_certificateRejected = false;
    bool m_usedTls = false;
};

} // namespace swb::widgets
