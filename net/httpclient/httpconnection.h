#pragma once

#include "net/http/httpmessageparser.h"
#include "net/httpclient/httptiming.h"
#include "net/httpclient/tlsinfo.h"
#include "net/socket/endpoint.h"
#include "net/socket/socketchunkreader.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

class QSslSocket;
class QSslError;
class QTimer;
class QHostInfo;

namespace swb::net {

// One raw HTTP/1.x exchange over TCP or TLS, GUI-free, for the HTTP panel's raw mode:
//
//   HttpConnection client;
//   client.start("127.0.0.1", 8080, false, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
//   // bytesReceived(chunk) for every arrival, then responseComplete() or errorOccurred()
//   if (client.canReuseConnection())
//       client.sendOnSameConnection("GET /fixed HTTP/1.1\r\nHost: x\r\n\r\n");
//
// The request bytes are sent exactly as given (no Host added, no line ends
// fixed): what the student typed is what the server gets. Responses are fed to
// an HttpMessageParser, whose offsets the panel marks. Timing is measured here
// with QElapsedTimer: DNS (QHostInfo, async), connect, TLS, first byte, download.
// Certificate errors stop the exchange with a clear message unless
// setIgnoreCertificateErrors(true) was set deliberately beforehand.
// Traffic events (protocol Http): Connect, Send, Recv, Close, Error, Info.
class HttpConnection final : public Endpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)
public:
    enum class State {
        Idle,        // nothing started
        LookingUp,   // DNS
        Connecting,  // TCP handshake
        Encrypting,  // TLS handshake
        Waiting,     // request sent, no response byte yet
        Receiving,   // response bytes arriving
        Complete,    // response complete; the connection may be open (keep-alive) or closed
        Failed       // errorMessage() says why; the connection is closed
    };
    Q_ENUM(State)

    // Interim (1xx) responses allowed before the real one; past this the
    // server is flooding, not answering, and the exchange fails.
    static constexpr int maxInterimResponses = 100;

    explicit HttpConnection(QObject *parent = nullptr);
    ~HttpConnection() override;

    // Time without any progress (DNS, connect, TLS, a byte) before giving up; default 15 s.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // Off by default. Only for a server you trust (a self-signed classroom server).
    void setIgnoreCertificateErrors(bool ignore) { m_ignoreCertErrors = ignore; }
    bool ignoresCertificateErrors() const { return m_ignoreCertErrors; }
    // Body bytes the parser keeps (the panel spools the raw bytes itself); default 64 MiB.
    void setMaxKeptBodyBytes(qint64 bytes) { m_maxKeptBody = bytes; }
    // Off by default (raw mode shows parser().body()). On, the de-chunked body
    // is handed out as it arrives (bodyReceived) and not kept by the parser, so
    // that a body of any size passes through with bounded memory.
    void setStreamBody(bool on) { m_streamBody = on; }

    // Closes any open connection, then looks up host, connects (TLS when tls),
    // and sends request. The method of the request line tells the parser whether
    // a body follows (HEAD: none).
    void start(const QString &host, quint16 port, bool tls, const QByteArray &request);
    // After a complete keep-alive response: sends another request on the same
    // connection (no DNS, connect or TLS). False, with nothing sent, when not possible.
    bool sendOnSameConnection(const QByteArray &request);
    bool canReuseConnection() const;
    // Whether the connection open now (or last) goes to host and port, with TLS or without.
    bool isConnectionTo(const QString &host, quint16 port, bool tls) const;
    // Closes the connection; a response framed by the close is completed by it.
    void abort();

    State state() const { return m_state; }
    bool isConnected() const;
    QString errorMessage() const { return m_error; }
    // The current (or last) response, with every offset relative to its first byte.
    const HttpMessageParser &parser() const { return m_parser; }
    // The exact bytes of the current response as received: its first 1 MiB +
    // 64 KiB, enough for any header the parser accepts and the start of the
    // body (the panel keeps every byte of bytesReceived in its own spool).
    QByteArray responseBytes() const { return m_response; }
    // Bytes that arrived after the response ended (body longer than Content-Length),
    // on a closing connection and on a kept-alive one alike: nothing was asked for them.
    qint64 extraBytes() const { return m_extraBytes; }
    HttpTiming timing() const { return m_timing; }
    TlsSessionInfo tlsInfo() const { return m_tls; }
    // How many requests went over the current connection (2 after a reuse).
    int requestsOnConnection() const { return m_requestsOnConnection; }
    QString peerAddress() const { return m_peer; }

    static CertificateSummary summarize(const QSslCertificate &certificate)
    {
        return TlsInfo::summarize(certificate);
    }
    static QString protocolName(int sslProtocol) { return TlsInfo::protocolName(sslProtocol); }

signals:
    void stateChanged(swb::net::HttpConnection::State state);
    void bytesReceived(const QByteArray &chunk);
    // With setStreamBody(true): the next bytes of the body, de-chunked, still content-encoded.
    void bodyReceived(const QByteArray &bytes);
    void responseComplete();
    // More unasked-for bytes came after the complete response; extraBytes() is the total.
    void extraBytesArrived(qint64 extraBytes);
    void timingMeasured(const swb::net::HttpTiming &timing);
    // The chain and the protocol are known (after the handshake, or on certificate errors).
    void tlsInfoChanged(const swb::net::TlsSessionInfo &info);
    // errorOccurred(message) and logLine(line) come from Endpoint.

private:
    void setState(State state);
    void onLookedUp(const QHostInfo &info);
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onDisconnected();
    void onTimeout();
    void sendRequest(const QByteArray &request);
    void feed(const QByteArray &bytes);
    void noteExtra(qint64 bytes);
    void completeResponse();
    void fail(const QString &message);
    void closeSocket();
    void captureTls();
    void touch();
    double elapsedMs() const;

    QSslSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    int m_lookupId = -1;
    State m_state = State::Idle;
    QString m_host;
    quint16 m_port = 0;
    bool m_useTls = false;
    bool m_ignoreCertErrors = false;
    int m_timeoutMs = 15000;
    qint64 m_maxKeptBody = qint64(64) << 20;
    bool m_streamBody = false;
    QByteArray m_request;
    HttpMessageParser m_parser;
    QByteArray m_response;
    SocketChunkReader m_reader;
    qint64 m_extraBytes = 0;
    int m_interimResponses = 0; // of the current request
    QString m_error;
    QString m_peer;
    QString m_local;
    HttpTiming m_timing;
    TlsSessionInfo m_tls;
    QElapsedTimer m_clock;
    double m_phaseStart = 0;
    double m_requestStartedAt = 0; // start(), or the reused request
    double m_requestSentAt = 0;
    double m_firstByteAt = -1;
    int m_requestsOnConnection = 0;
    bool m_closingOnPurpose = false;
};

} // namespace swb::net
