#include "net/localserverendpoint.h"

#include "net/localsocketpath.h"
#include "net/streamsession.h"

#include <QDateTime>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace swb::net {

LocalServerEndpoint::LocalServerEndpoint(QObject *parent)
    : StreamServerEndpoint(Protocol::Local, parent)
{
}

LocalServerEndpoint::~LocalServerEndpoint() = default;

LocalServerEndpoint::StartResult LocalServerEndpoint::fail(const QString &message)
{
    recordError(m_path, QString(), message);
    return StartResult::Failed;
}

LocalServerEndpoint::StartResult LocalServerEndpoint::start(const QString &text, StalePolicy policy)
{
    stop();
    m_path = LocalSocketPath::resolve(text);
    const QString unusable = LocalSocketPath::checkUsable(m_path);
    if (!unusable.isEmpty())
        return fail(unusable);

    const SocketPathProbe probe = LocalSocketPath::probe(m_path);
    switch (probe.state) {
    case SocketPathState::Free:
        break;
    case SocketPathState::NoFolder:
        return fail(LocalSocketPath::noFolder(m_path));
    case SocketPathState::NotASocket:
        return fail(LocalSocketPath::notASocket(m_path));
    case SocketPathState::LiveServer:
        return fail(LocalSocketPath::liveServer(m_path));
    case SocketPathState::Unknown:
        return fail(LocalSocketPath::probeFailed(probe.errorNumber, m_path));
    case SocketPathState::StaleSocket:
        if (policy == StalePolicy::Ask) {
            recordError(m_path, QString(), LocalSocketPath::staleFile(m_path));
            return StartResult::StaleFile;
        }
        if (const int error = LocalSocketPath::removeSocketFile(m_path))
            return fail(LocalSocketPath::removeFailed(error, m_path));
        record(EventKind::Info, m_path, QString(), QByteArray(),
               tr("removed the stale socket file %1").arg(m_path));
        emit logLine(tr("Removed the stale socket file %1.").arg(m_path));
        break;
    }

    int error = 0;
    const qintptr descriptor = LocalSocketPath::openListening(m_path, backlog, &error);
    if (descriptor < 0)
        return fail(LocalSocketPath::bindFailed(error, m_path));
    m_server = new QLocalServer(this);
    if (!m_server->listen(descriptor)) {
        const QString message = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        ::close(int(descriptor));
        LocalSocketPath::removeSocketFile(m_path); // ours: openListening() just made it
        return fail(message);
    }
    // Hand every waiting client to us at once; our backlog is the kernel's.
    m_server->setMaxPendingConnections(1 << 16);
    connect(m_server, &QLocalServer::newConnection, this, &LocalServerEndpoint::acceptPending);
    setLocalEndpoint(m_path);
    record(EventKind::Listen, m_path, QString(), QByteArray(),
           tr("listening on a socket file, backlog %1, mode 0600 (only you may connect)")
               .arg(backlog));
    emit listeningChanged(true);
    return StartResult::Listening;
}

void LocalServerEndpoint::stop()
{
    if (!m_server)
        return;
    // QLocalServer removes the socket file on close(): a stopped server leaves no stale file.
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
    closeAllSessions(tr("closed because the server stopped"));
    record(EventKind::Close, localEndpoint(), QString(), QByteArray(),
           tr("server stopped, socket file removed"));
    emit listeningChanged(false);
}

bool LocalServerEndpoint::isListening() const
{
    return m_server && m_server->isListening();
}

void LocalServerEndpoint::acceptPending()
{
    while (m_server && m_server->hasPendingConnections())
        addSession(m_server->nextPendingConnection());
}

void LocalServerEndpoint::addSession(QLocalSocket *socket)
{
    ConnectionInfo info;
    info.id = nextConnectionId();
    info.local = m_path;
    // An AF_UNIX client usually has no name of its own (Python's accept() gives
    // addr ''); its number here and its process id tell clients apart.
    const qintptr descriptor = socket->socketDescriptor();
    const QString named = LocalSocketPath::peerPath(descriptor);
    const QString process = LocalSocketPath::peerProcess(descriptor);
    info.remote = named.isEmpty() ? QStringLiteral("#%1").arg(info.id) : named;
    if (!process.isEmpty())
        info.remote += QStringLiteral(" (%1)").arg(process);
    info.family = QStringLiteral("AF_UNIX");
    info.sinceMs = QDateTime::currentMSecsSinceEpoch();

    StreamSession *session =
        createSession(socket, info, [socket] { socket->disconnectFromServer(); });
    const QString path = m_path;
    connect(socket, &QLocalSocket::errorOccurred, session,
            [session, socket, path](QLocalSocket::LocalSocketError error) {
                session->handleError(
                    LocalSocketPath::socketFailed(error, path, socket->errorString()),
                    error == QLocalSocket::PeerClosedError);
            });
    connect(socket, &QLocalSocket::disconnected, session, &StreamSession::handleDisconnected);
    // As with TCP: hand each reply to the kernel now, before a half-closing
    // peer's EOF makes Qt close the socket with the reply still buffered.
    connect(session, &StreamSession::sent, socket, [socket] { socket->flush(); });
    beginSession(session);
}

} // namespace swb::net
