#include "net/tcpserverendpoint.h"

#include "net/appendfile.h"
#include "net/listeningsocket.h"
#include "net/replyengine.h"
#include "net/socketerrors.h"
#include "net/streamsession.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>

#include <unistd.h>

namespace swb::net {

TcpServerEndpoint::TcpServerEndpoint(QObject *parent)
    : Endpoint(Protocol::Tcp, parent)
    , m_shared(std::make_shared<SessionShared>())
{
    m_shared->engine = std::make_shared<ReplyEngine>();
}

TcpServerEndpoint::~TcpServerEndpoint()
{
    // Sessions are children; make sure none reports into a half-destroyed endpoint.
    for (StreamSession *session : std::as_const(m_sessions))
        session->disconnect(this);
}

bool TcpServerEndpoint::start(const TcpServerSettings &settings)
{
    stop();
    const QHostAddress address = ListeningSocket::parseAddress(settings.address);
    if (address.isNull()) {
        recordError(QString(), QString(), SocketErrors::notAnAddress(settings.address));
        return false;
    }
    const ListenResult opened = ListeningSocket::openStream(address, settings.port,
                                                            settings.backlog, settings.reuseAddress);
    if (opened.descriptor < 0) {
        recordError(formatEndpoint(address, settings.port), QString(),
                    SocketErrors::bindFailed(opened.errorNumber, address.toString(), settings.port));
        return false;
    }
    m_server = new QTcpServer(this);
    if (!m_server->setSocketDescriptor(opened.descriptor)) {
        ::close(int(opened.descriptor));
        recordError(formatEndpoint(address, settings.port), QString(), m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    // Hand every waiting client to us at once; our backlog is the kernel's.
    m_server->setMaxPendingConnections(1 << 16);
    connect(m_server, &QTcpServer::newConnection, this, &TcpServerEndpoint::acceptPending);
    connect(m_server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        recordError(m_local, QString(),
                    SocketErrors::socketFailed(error, m_local, port(), m_server->errorString()));
    });
    m_reachable = ListeningSocket::isReachableFromOtherMachines(address);
    m_local = formatEndpoint(m_server->serverAddress(), m_server->serverPort());
    record(EventKind::Listen, m_local, QString(), QByteArray(),
           tr("listening, backlog %1, SO_REUSEADDR %2")
               .arg(settings.backlog)
               .arg(settings.reuseAddress ? tr("on") : tr("off")));
    emit listeningChanged(true);
    return true;
}

void TcpServerEndpoint::stop()
{
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
    // Closing may finish a session at once, which removes it from m_sessions.
    const auto sessions = m_sessions.values();
    for (StreamSession *session : sessions)
        session->close(tr("closed because the server stopped"));
    record(EventKind::Close, m_local, QString(), QByteArray(), tr("server stopped"));
    emit listeningChanged(false);
}

bool TcpServerEndpoint::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 TcpServerEndpoint::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString TcpServerEndpoint::localEndpoint() const
{
    return m_local;
}

QString TcpServerEndpoint::setBehaviour(const ServerBehaviour &behaviour, TextEncoding encoding)
{
    auto engine = std::make_shared<ReplyEngine>(behaviour, encoding);
    const QString problems = engine->validate();
    if (!problems.isEmpty())
        return problems;
    std::shared_ptr<AppendFile> appendFile;
    if (!behaviour.appendFile.isEmpty()) {
        const bool samePath = m_shared->appendFile
            && m_shared->appendFile->path() == AppendFile(behaviour.appendFile).path();
        if (samePath) {
            appendFile = m_shared->appendFile;
        } else {
            appendFile = std::make_shared<AppendFile>(behaviour.appendFile);
            const QString error = appendFile->open();
            if (!error.isEmpty())
                return error;
        }
    }
    m_shared->engine = std::move(engine);
    m_shared->appendFile = std::move(appendFile);
    return QString();
}

ServerBehaviour TcpServerEndpoint::behaviour() const
{
    return m_shared->engine->behaviour();
}

void TcpServerEndpoint::acceptPending()
{
    while (m_server && m_server->hasPendingConnections())
        addSession(m_server->nextPendingConnection());
}

void TcpServerEndpoint::addSession(QTcpSocket *socket)
{
    ConnectionInfo info;
    info.id = m_nextId++;
    info.local = formatEndpoint(socket->localAddress(), socket->localPort());
    info.remote = formatEndpoint(socket->peerAddress(), socket->peerPort());
    bool mapped = false;
    socket->peerAddress().toIPv4Address(&mapped);
    info.family = socket->peerAddress().protocol() == QAbstractSocket::IPv6Protocol && !mapped
        ? QStringLiteral("IPv6")
        : QStringLiteral("IPv4");
    info.sinceMs = QDateTime::currentMSecsSinceEpoch();

    auto *session = new StreamSession(socket, info, m_shared,
                                      [socket] { socket->disconnectFromHost(); }, this);
    socket->setParent(session);
    const quint64 id = info.id;
    const QString local = info.local;
    const QString remote = info.remote;
    m_sessions.insert(id, session);

    connect(session, &StreamSession::received, this, [this, id, local, remote](const QByteArray &b) {
        record(EventKind::Recv, local, remote, b);
        emit dataReceived(id, b);
    });
    connect(session, &StreamSession::sent, this, [this, id, local, remote](const QByteArray &b) {
        record(EventKind::Send, local, remote, b);
        emit dataSent(id, b);
    });
    connect(session, &StreamSession::failed, this, [this, local, remote](const QString &message) {
        recordError(local, remote, message);
    });
    connect(session, &StreamSession::finished, this,
            [this, id, session, local, remote](const QString &reason) {
                record(EventKind::Close, local, remote, QByteArray(),
                       tr("Connection from %1 closed (%2).").arg(remote, reason));
                emit logLine(tr("Connection from %1 closed.").arg(remote));
                m_sessions.remove(id);
                session->deleteLater();
                emit connectionClosed(id);
            });
    connect(socket, &QTcpSocket::errorOccurred, session,
            [session, socket, remote](QAbstractSocket::SocketError error) {
                session->handleError(
                    SocketErrors::socketFailed(error, remote, socket->peerPort(),
                                               socket->errorString()),
                    error == QAbstractSocket::RemoteHostClosedError);
            });
    connect(socket, &QTcpSocket::disconnected, session, &StreamSession::handleDisconnected);

    const QString line = tr("Accept new connection from %1").arg(remote);
    record(EventKind::Accept, local, remote, QByteArray(), line);
    emit logLine(line);
    emit connectionOpened(info);
    session->begin();
}

bool TcpServerEndpoint::sendTo(quint64 connectionId, const QByteArray &bytes)
{
    StreamSession *session = m_sessions.value(connectionId);
    return session && session->send(bytes);
}

int TcpServerEndpoint::sendToAll(const QByteArray &bytes)
{
    int count = 0;
    const auto sessions = m_sessions.values();
    for (StreamSession *session : sessions)
        count += session->send(bytes) ? 1 : 0;
    return count;
}

void TcpServerEndpoint::disconnectClient(quint64 connectionId)
{
    if (StreamSession *session = m_sessions.value(connectionId))
        session->close(tr("closed by the user"));
}

QList<ConnectionInfo> TcpServerEndpoint::connections() const
{
    QList<ConnectionInfo> result;
    result.reserve(m_sessions.size());
    for (const StreamSession *session : m_sessions)
        result << session->info();
    std::sort(result.begin(), result.end(),
              [](const ConnectionInfo &a, const ConnectionInfo &b) { return a.id < b.id; });
    return result;
}

} // namespace swb::net
