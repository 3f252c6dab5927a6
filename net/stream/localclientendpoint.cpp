#include "net/stream/localclientendpoint.h"

#include "net/stream/localsocketpath.h"
#include "net/traffic/deferredtext.h"

#include <QDateTime>

namespace swb::net {

namespace {

// QLocalSocket::LocalSocketState is defined with QAbstractSocket's values.
QAbstractSocket::SocketState toSocketState(QLocalSocket::LocalSocketState state)
{
    return static_cast<QAbstractSocket::SocketState>(state);
}

} // namespace

LocalClientEndpoint::LocalClientEndpoint(QObject *parent)
    : StreamClientEndpoint(Protocol::Local, parent)
    , m_socket(new QLocalSocket(this))
{
    setDevice(m_socket);
    connect(m_socket, &QLocalSocket::connected, this, &LocalClientEndpoint::onConnected);
    connect(m_socket, &QLocalSocket::disconnected, this, &LocalClientEndpoint::recordDisconnected);
    connect(m_socket, &QLocalSocket::errorOccurred, this, &LocalClientEndpoint::onError);
    // "Connected" is announced from onConnected(), once the peer is known.
    connect(m_socket, &QLocalSocket::stateChanged, this, [this](QLocalSocket::LocalSocketState state) {
        if (state != QLocalSocket::ConnectedState)
            emit stateChanged(toSocketState(state));
    });
}

LocalClientEndpoint::~LocalClientEndpoint()
{
    m_socket->disconnect(this);
}

void LocalClientEndpoint::connectTo(const QString &path)
{
    if (m_socket->state() != QLocalSocket::UnconnectedState)
        m_socket->abort();
    resetConnection();
    m_path = LocalSocketPath::resolve(path);
    if (const Result<void> usable = LocalSocketPath::checkUsable(m_path); !usable) {
        recordError(QString(), m_path, usable.message());
        return;
    }
    record(EventKind::Info, QString(), m_path, QByteArray(),
           DeferredText::make(staticMetaObject.className(),
                              QT_TR_NOOP("connecting to %1"), {m_path}));
    // On Linux this connects (or fails) before it returns.
    m_socket->connectToServer(m_path);
}

void LocalClientEndpoint::disconnectFromPeer()
{
    if (m_socket->state() == QLocalSocket::UnconnectedState)
        return;
    markClosedByUser();
    if (m_socket->state() == QLocalSocket::ConnectedState)
        m_socket->disconnectFromServer();
    else
        m_socket->abort();
}

QAbstractSocket::SocketState LocalClientEndpoint::state() const
{
    return toSocketState(m_socket->state());
}

qintptr LocalClientEndpoint::descriptor() const
{
    return m_socket->socketDescriptor();
}

void LocalClientEndpoint::onConnected()
{
    ConnectionInfo &info = mutableInfo();
    info.local = LocalSocketPath::ownProcess();
    info.remote = m_path;
    info.family = QStringLiteral("AF_UNIX");
    info.sinceMs = QDateTime::currentMSecsSinceEpoch();
    const QString server = LocalSocketPath::peerProcess(m_socket->socketDescriptor());
    record(EventKind::Connect, info.local, info.remote, QByteArray(),
           server.isEmpty()
               ? DeferredText::make(staticMetaObject.className(),
                                    QT_TR_NOOP("connected to %1 (AF_UNIX)"), {m_path})
               : DeferredText::make(staticMetaObject.className(),
                                    QT_TR_NOOP("connected to %1 (AF_UNIX), served by %2"),
                                    {m_path, server}));
    emit logLine(DeferredText::make(staticMetaObject.className(),
                                    QT_TR_NOOP("Connected to %1."), {m_path}));
    emit stateChanged(QAbstractSocket::ConnectedState);
}

void LocalClientEndpoint::onError(QLocalSocket::LocalSocketError error)
{
    // An orderly close by the server also arrives here; it is a close, not an error.
    if (error == QLocalSocket::PeerClosedError)
        return;
    recordError(info().local, m_path,
                LocalSocketPath::socketFailed(error, m_path, m_socket->errorString()));
}

} // namespace swb::net
