#pragma once

#include "net/payload/textcodec.h"
#include "net/reply/serverbehaviour.h"
#include "net/result.h"
#include "net/socket/connectioninfo.h"
#include "net/socket/endpoint.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>

class QIODevice;
class QTimer;

namespace swb::net {

class StreamSession;
struct SessionShared;

// What every stream server shares, whatever it listens on (TCP port, local
// socket path): the sessions, the behaviour, sending to one or all, and the
// events and signals that the panels read. Subclasses listen and accept.
class StreamServerEndpoint : public Endpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamServerEndpoint)
public:
    explicit StreamServerEndpoint(Protocol protocol, QObject *parent = nullptr);
    ~StreamServerEndpoint() override;

    virtual bool isListening() const = 0;
    virtual void stop() = 0;
    QString localEndpoint() const { return m_local; }

    // Applies to new messages at once; fails if a text does not parse (the old
    // behaviour then stays). Opens the append file if set and the server is
    // listening; a stopped server opens it when it starts (docs/workspace.md),
    // so loading a workspace creates no file.
    Result<void> setBehaviour(const ServerBehaviour &behaviour, TextEncoding encoding);
    ServerBehaviour behaviour() const;
    // The demo HTTP site's header deadline for new connections (tests use a
    // short one); 0 keeps HttpDemoSite::defaultHeaderTimeoutMs.
    void setHttpHeaderTimeoutMs(int ms);

    bool sendTo(quint64 connectionId, const QByteArray &bytes);
    int sendToAll(const QByteArray &bytes);
    void disconnectClient(quint64 connectionId);
    QList<ConnectionInfo> connections() const;
    int connectionCount() const { return int(m_sessions.size()); }
    // Replies waiting in the program, all connections together; backpressure.h
    // bounds each connection's share.
    qint64 unsentBytes() const;
    // Connections the server has stopped reading because they do not read.
    int pausedConnections() const;
    // While accept() fails (out of descriptors), new clients wait in the kernel's
    // queue and the server retries this often.
    static constexpr int acceptRetryMs = 1000;
    bool isAcceptPaused() const { return m_acceptPaused; }

signals:
    void listeningChanged(bool listening);
    void connectionOpened(const swb::net::ConnectionInfo &info);
    void connectionClosed(quint64 id);
    void dataReceived(quint64 id, const QByteArray &bytes);
    // Manual sends and automatic replies alike.
    void dataSent(quint64 id, const QByteArray &bytes);

protected:
    void setLocalEndpoint(const QString &local) { m_local = local; }
    // Wraps an accepted connection (the device becomes the session's child).
    // The subclass wires its socket's error and disconnect signals to the
    // session, then calls beginSession().
    StreamSession *createSession(QIODevice *device, ConnectionInfo info,
                                 std::function<void()> closer);
    void beginSession(StreamSession *session);
    void closeAllSessions(const QString &reason);
    quint64 nextConnectionId() { return m_nextId++; }
    // Called by start() before listening: a server whose append file cannot be
    // opened does not start.
    Result<void> openAppendFile();

    // accept() failed and the subclass has stopped accepting. Neither Qt server
    // recovers by itself (QTcpServer pauses for good, QLocalServer even closes),
    // and retrying at once would spin: the failure is reported once per episode,
    // resumeAccepting() is called every acceptRetryMs and whenever a connection
    // closes (giving a descriptor back), and "accepting again" is said once a
    // whole interval has passed without a new failure.
    // detail: the failure in words, for anything but a lack of descriptors.
    void acceptFailed(bool outOfDescriptors, const QString &detail);
    virtual void resumeAccepting() = 0;
    // The server stopped: no more retries.
    void endAcceptPause();

private:
    void retryAccepting();

    QHash<quint64, StreamSession *> m_sessions;
    std::shared_ptr<SessionShared> m_shared;
    quint64 m_nextId = 1;
    QString m_local;
    QTimer *m_acceptRetry = nullptr;
    bool m_acceptPaused = false;
    bool m_acceptFailedAgain = false; // since the last resume
};

} // namespace swb::net
