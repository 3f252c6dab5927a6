#pragma once

#include "net/http/httpdemopages.h"
#include "net/http/httpmessageparser.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QIODevice;
class QTimer;

namespace swb::net {

// The built-in HTTP demo server on one accepted connection (the server
// behaviour "http-demo"): requests are parsed incrementally, pipelined and
// keep-alive requests are answered in order, one response at a time, and the
// pages come from HttpDemoPages. GUI-free and socket-type-free: it writes to
// any QIODevice (QTcpSocket, QLocalSocket) and follows its bytesWritten for
// backpressure.
//
// The owner reads the device (so it can record every received chunk) and
// hands the bytes to handleBytes(); this class writes, and reports each block
// it wrote through wrote() so the owner can record it as well.
//
// Memory stays bounded whatever the client does: a request header over 64 KiB
// is refused, a connection without a complete request for idleTimeoutMs is
// closed, a request header still incomplete headerTimeoutMs after its first
// byte is closed (a slowloris client sends a byte now and then, which keeps
// the idle timer from ever firing), /large is generated block by block (at
// most highWaterBytes queued in the device), pipelined requests wait while the
// client has not read enough of the responses (backpressure.h), and bytes
// pipelined behind a busy response are capped.
class HttpDemoSite final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpDemoSite)
public:
    static constexpr qint64 maxRequestHeaderBytes = 64 * 1024;
    static constexpr qint64 maxRequestBodyKept = 1 << 20;
    static constexpr qint64 maxPendingInput = 2 << 20;
    static constexpr qint64 highWaterBytes = 256 * 1024;
    static constexpr qint64 streamBlockBytes = 64 * 1024;
    // Of each streamed /large block, the traffic table keeps only this much:
    // 50 MB of Send rows would cost 50 MB of memory per download.
    static constexpr qint64 recordedStreamBytes = 1024;
    static constexpr int defaultIdleTimeoutMs = 30000;
    static constexpr int defaultHeaderTimeoutMs = 10000;
    static constexpr int defaultChunkIntervalMs = 150;
    static constexpr int defaultDripIntervalMs = 100;

    // peer: "127.0.0.1:5555", for the log lines.
    HttpDemoSite(QIODevice *device, const QString &peer, QObject *parent = nullptr);
    ~HttpDemoSite() override;

    void setIdleTimeoutMs(int ms);
    void setHeaderTimeoutMs(int ms);
    void setChunkIntervalMs(int ms) { m_chunkIntervalMs = ms; }
    void setDripIntervalMs(int ms) { m_dripIntervalMs = ms; }

    // Bytes the owner read from the device.
    void handleBytes(const QByteArray &bytes);
    // True while a response is being delivered (chunks, stream, drip).
    bool isBusy() const { return m_busy; }
    qint64 requestsAnswered() const { return m_answered; }

signals:
    // A block handed to the device: recorded is what a traffic row keeps (the
    // whole block, or the first recordedStreamBytes of a streamed one); size is
    // the whole block's size.
    void wrote(const QByteArray &recorded, qint64 size);
    // "GET /fixed HTTP/1.1 from 127.0.0.1:5555": the browser's side of B/S, one per request.
    void requestArrived(const QString &line);
    // Other lines worth a log entry (a bad request, a stream's summary, an idle close).
    void note(const QString &text);
    // The site is done with the connection; the owner closes it gracefully.
    void closeRequested(const QString &reason);

private:
    void processInput();
    void answer(const HttpDemoResponse &response, bool head);
    void finishResponse();
    void write(const QByteArray &bytes, bool streamed = false);
    void sendNextChunk();
    void pump();
    bool outputFull() const;
    void dripNext();
    void onIdle();
    void updateHeaderDeadline();
    void onHeaderTimeout();
    void requestClose(const QString &reason);

    QPointer<QIODevice> m_device;
    QString m_peer;
    HttpMessageParser m_parser{HttpMessageParser::Kind::Request};
    QByteArray m_input; // received, not yet parsed (waits while a response is busy)
    QByteArray m_raw;   // the current request's bytes, for /echo (capped)
    QTimer *m_idle = nullptr;
    QTimer *m_headerDeadline = nullptr; // not restarted by arriving bytes, unlike m_idle
    QTimer *m_ticker = nullptr; // chunk and drip pacing
    int m_chunkIntervalMs = defaultChunkIntervalMs;
    int m_dripIntervalMs = defaultDripIntervalMs;
    bool m_busy = false;
    bool m_processing = false;
    bool m_closing = false;
    bool m_keepAlive = true;
    bool m_pumping = false;
    qint64 m_answered = 0;
    HttpDemoResponse m_response;  // the one being delivered
    int m_nextChunk = 0;
    qint64 m_streamOffset = 0;
    qint64 m_streamWrites = 0;
    qint64 m_dripOffset = 0;
    QByteArray m_target;
};

} // namespace swb::net
