#pragma once

#include "net/httpclient/bodyspool.h"
#include "net/socket/endpoint.h"

#include <QList>
#include <QUrl>

namespace swb::net {
class HttpConnection;
class TrafficSink;
}

namespace swb::net {

// Raw mode's engine as the panel and the benchmark use it: an
// HttpConnection for the exchange itself, and a BodySpool that keeps the exact
// response bytes with bounded memory (the first displayLimit bytes in memory,
// all of them on disk beyond that). It also keeps the list of exchanges on the
// current connection, so that keep-alive reuse can be shown, and writes the
// one-line summary row per exchange.
class RawModeSession final : public net::Endpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawModeSession)
public:
    struct Exchange
    {
        int number = 0;        // on this connection, from 1
        QByteArray requestLine;
        int status = 0;
        QByteArray reason;
        bool reused = false;   // sent on a connection kept open by the previous exchange
        qint64 bytes = 0;      // response bytes as received
        double totalMs = -1;
        bool ok = false;
    };

    explicit RawModeSession(QObject *parent = nullptr);
    ~RawModeSession() override;

    // Traffic rows of the client and of this session go to the panel's table.
    void attach(net::TrafficSink *sink, int panelId, const QString &panelName);
    void setDisplayLimit(qint64 bytes);
    qint64 displayLimit() const { return m_response.displayLimit(); }
    // A response (header and body as received) larger than this stops the exchange; default 1 GiB.
    void setMaxResponseBytes(qint64 bytes) { m_response.setMaxSize(bytes); }
    void setTimeoutMs(int ms);
    void setIgnoreCertificateErrors(bool ignore);

    // A new connection to the URL's host and port (TLS for https), then request.
    void start(const QUrl &url, const QByteArray &request);
    // The next request on the connection the last response left open.
    bool sendAgain(const QByteArray &request);
    bool canSendAgain() const;
    void abort();
    bool isBusy() const;

    net::HttpConnection *client() const { return m_client; }
    const BodySpool &response() const { return m_response; }
    QByteArray request() const { return m_request; }
    QUrl url() const { return m_url; }
    QList<Exchange> exchanges() const { return m_exchanges; }
    QString errorMessage() const;

signals:
    void progress(qint64 receivedBytes);
    // ok: a whole response arrived. Otherwise errorMessage() says why not.
    void finished(bool ok);

private:
    void begin(const QByteArray &request, bool reused);
    void onBytes(const QByteArray &chunk);
    void onComplete();
    void onError(const QString &message);

    net::HttpConnection *m_client = nullptr;
    BodySpool m_response;
    QByteArray m_request;
    QUrl m_url;
    QList<Exchange> m_exchanges;
    QString m_spoolError;
    bool m_busy = false;
};

} // namespace swb::net
