#include "net/stream/tcpserverendpoint.h"

#include "net/errors/systemerrortext.h"
#include "net/socket/backpressure.h"
#include "net/socket/listeningsocket.h"
#include "net/socket/peerresetprobe.h"
#include "net/socket/socketerrors.h"
#include "net/stream/streamsession.h"
#include "net/traffic/deferredtext.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

#include <unistd.h>

namespace swb::net {

TcpServerEndpoint::TcpServerEndpoint(QObject *parent)
    : StreamServerEndpoint(Protocol::Tcp, parent)
{
}

TcpServerEndpoint::~TcpServerEndpoint() = default;

bool TcpServerEndpoint::start(const TcpServerSettings &settings)
{
    stop();
    if (Result<void> opened = openAppendFile(); !opened) {
        recordError(QString(), QString(), opened.message());
        return false;
    }
    const QHostAddress address = ListeningSocket::parseAddress(settings.address);
    if (address.isNull()) {
        recordError(QString(), QString(), SocketErrors::notAnAddress(settings.address));
        return false;
    }
    const Result<qintptr> opened = ListeningSocket::openStream(address, settings.port,
                                                               settings.backlog, settings.reuseAddress);
    if (!opened) {
        recordError(formatEndpoint(address, settings.port), QString(), opened.message());
        return false;
    }
    m_server = new QTcpServer(this);
    if (!m_server->setSocketDescriptor(*opened)) {
        ::close(int(*opened));
        recordError(formatEndpoint(address, settings.port), QString(),
                    SystemErrorText::forSocket(m_server->serverError(), m_server->errorString()));
        delete m_server;
        m_server = nullptr;
        return false;
    }
    // Hand every waiting client to us at once; our backlog is the kernel's.
    m_server->setMaxPendingConnections(1 << 16);
    connect(m_server, &QTcpServer::newConnection, this, &TcpServerEndpoint::acceptPending);
    connect(m_server, &QTcpServer::acceptError, this, &TcpServerEndpoint::onAcceptError);
    m_reachable = ListeningSocket::isReachableFromOtherMachines(address);
    setLocalEndpoint(formatEndpoint(m_server->serverAddress(), m_server->serverPort()));
    record(EventKind::Listen, localEndpoint(), QString(), QByteArray(),
           DeferredText::make(staticMetaObject.className(),
                              QT_TR_NOOP("listening, backlog %1, SO_REUSEADDR %2"),
                              {QString::number(settings.backlog),
                               DeferredText::make(staticMetaObject.className(),
                                                  settings.reuseAddress ? QT_TR_NOOP("on")
                                                                        : QT_TR_NOOP("off"))}));
    emit listeningChanged(true);
    return true;
}

void TcpServerEndpoint::stop()
{
    if (!m_server)
        return;
    endAcceptPause();
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
    closeAllSessions(DeferredText::make(staticMetaObject.className(),
                                        QT_TR_NOOP("closed because the server stopped")));
    record(EventKind::Close, localEndpoint(), QString(), QByteArray(),
           DeferredText::make(staticMetaObject.className(), QT_TR_NOOP("server stopped")));
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

void TcpServerEndpoint::acceptPending()
{
    while (m_server && m_server->hasPendingConnections())
        addSession(m_server->nextPendingConnection());
}

void TcpServerEndpoint::onAcceptError(QAbstractSocket::SocketError error)
{
    // Qt has already called pauseAccepting().
    if (!m_server)
        return;
    acceptFailed(error == QAbstractSocket::SocketResourceError,
                 SocketErrors::socketFailed(error, localEndpoint(), port(), m_server->errorString()));
}

void TcpServerEndpoint::resumeAccepting()
{
    if (m_server)
        m_server->resumeAccepting();
}

void TcpServerEndpoint::addSession(QTcpSocket *socket)
{
    ConnectionInfo info;
    info.id = nextConnectionId();
    info.local = formatEndpoint(socket->localAddress(), socket->localPort());
    info.remote = formatEndpoint(socket->peerAddress(), socket->peerPort());
    bool mapped = false;
    socket->peerAddress().toIPv4Address(&mapped);
    info.family = socket->peerAddress().protocol() == QAbstractSocket::IPv6Protocol && !mapped
        ? QStringLiteral("IPv6")
        : QStringLiteral("IPv4");
    info.sinceMs = QDateTime::currentMSecsSinceEpoch();

    // Bounded, so that a peer we stop reading (backpressure) is held by the kernel, not by us.
    socket->setReadBufferSize(backpressure::readBufferBytes);
    StreamSession *session =
        createSession(socket, info, [socket] { socket->disconnectFromHost(); });
    const QString remote = info.remote;
    connect(socket, &QTcpSocket::errorOccurred, session,
            [session, socket, remote](QAbstractSocket::SocketError error) {
                session->handleError(
                    SocketErrors::socketFailed(error, remote, socket->peerPort(),
                                               socket->errorString()),
                    error == QAbstractSocket::RemoteHostClosedError);
            });
    // Qt reads a reset as end of file; the probe tells them apart (peerresetprobe.h).
    auto probe = std::make_shared<PeerResetProbe>(socket->socketDescriptor());
    connect(socket, &QTcpSocket::disconnected, session, [session, probe] {
        const bool reset = !session->isClosing() && probe->wasReset();
        probe->release();
        session->handleDisconnected(reset);
    });
    // Hand every reply to the kernel at once. QTcpSocket otherwise keeps it in
    // its write buffer until a later event-loop pass; a peer that sends and
    // half-closes (`echo hi | nc -N`, `nc -q 1`) makes the FIN readable in that
    // same pass, Qt then closes on reading EOF and drops the unsent reply, although
    // a Send event was already recorded.
    connect(session, &StreamSession::sent, socket, [socket] { socket->flush(); });
    beginSession(session);
}

} // namespace swb::net
