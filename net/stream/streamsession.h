#pragma once

#include "net/socket/connectioninfo.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QIODevice;

namespace swb::net {

class AppendFile;
class HttpDemoSite;
class ReplyEngine;

// What every session of one server shares: the current behaviour, the append
// file, and the message counter behind {counter}.
struct SessionShared
{
    std::shared_ptr<const ReplyEngine> engine;
    std::shared_ptr<AppendFile> appendFile;
    quint64 messageCounter = 0;
    int httpHeaderTimeoutMs = 0; // the demo site's header deadline; 0: its default
};

// One accepted connection of a stream server, independent of the socket type
// (TCP or local socket): reads, applies the server behaviour, writes, closes.
class StreamSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamSession)
public:
    // closer performs the graceful close (disconnectFromHost/disconnectFromServer):
    // QIODevice has no such call of its own.
    StreamSession(QIODevice *device, ConnectionInfo info, std::shared_ptr<SessionShared> shared,
                  std::function<void()> closer, QObject *parent = nullptr);
    ~StreamSession() override;

    const ConnectionInfo &info() const { return m_info; }
    quint64 id() const { return m_info.id; }
    // Replies handed to the socket that the kernel has not taken yet.
    qint64 unsentBytes() const;
    // True while the peer has not read enough of the replies (see backpressure.h).
    bool isReadingPaused() const { return m_readingPaused; }

    // Sends the greeting, if any. Called once the owner has announced the connection.
    void begin();
    // A manual send. Typing the close word closes the connection after sending, as in the notes' chat.
    bool send(const QByteArray &bytes);
    void close(const QString &reason);

    // Called by the owner when the socket disconnects or fails; peerReset when
    // the peer reset the connection (RST) rather than closing it.
    void handleDisconnected(bool peerReset = false);
    // The server itself is closing this connection (not the peer).
    bool isClosing() const { return m_closing; }
    void handleError(const QString &message, bool peerClosed);

signals:
    void received(const QByteArray &bytes);
    void sent(const QByteArray &bytes);
    void failed(const QString &message);
    // reset: the peer reset the connection (RST), rather than closing it.
    void finished(const QString &reason, bool reset);
    // A line for the log, e.g. each request the HTTP demo site receives
    // ("GET /fixed HTTP/1.1 from 127.0.0.1:5555"). Relayed to the owning
    // endpoint's logLine() when the owner is an Endpoint.
    void noted(const QString &text);

private:
    void onReadyRead();
    void onBytesWritten();
    HttpDemoSite *httpSite();
    void act(bool reply, const QByteArray &bytes, bool close, const QString &reason);
    bool write(const QByteArray &bytes);
    void countSent(const QByteArray &recorded, qint64 size);

    QPointer<QIODevice> m_device;
    ConnectionInfo m_info;
    std::shared_ptr<SessionShared> m_shared;
    std::function<void()> m_closer;
    bool m_closing = false;
    bool m_finished = false;
    bool m_readingPaused = false;
    bool m_pauseNoted = false; // said once per connection, not at every pause
    QString m_closeReason;
    // Created by the first bytes under the http-demo behaviour; from then on
    // the connection speaks HTTP even if the behaviour changes.
    HttpDemoSite *m_http = nullptr;
};

} // namespace swb::net
