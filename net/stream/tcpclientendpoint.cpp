#include "net/stream/tcpclientendpoint.h"

#include "net/socket/socketerrors.h"
#include "net/traffic/deferredtext.h"

#include <QDateTime>
#include <QTcpSocket>

namespace swb::net {

TcpClientEndpoint::TcpClientEndpoint(QObject *parent)
    : StreamClientEndpoint(Protocol::Tcp, parent)
    , m_socket(new QTcpSocket(this))
{
    setDevice(m_socket);
    connect(m_socket, &QTcpSocket::connected, this, &TcpClientEndpoint::onConnected);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpClientEndpoint::recordDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpClientEndpoint::onError);
    // "Connected" is announced from onConnected(), once laddr and raddr are known.
    connect(m_socket, &QTcpSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state != QAbstractSocket::ConnectedState)
            emit stateChanged(state);
    });
}

TcpClientEndpoint::~TcpClientEndpoint()
{
    m_socket->disconnect(this);
}

void TcpClientEndpoint::connectTo(const QString &host, quint16 port)
{
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    QString name = host.trimmed();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    m_host = name;
    m_port = port;
    resetConnection();
    record(EventKind::Info, QString(), QStringLiteral("%1:%2").arg(name).arg(port), QByteArray(),
           DeferredText::make(staticMetaObject.className(), QT_TR_NOOP("connecting to %1 port %2"),
                              {name, QString::number(port)}));
    m_socket->connectToHost(name, port);
}

void TcpClientEndpoint::disconnectFromPeer()
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        return;
    markClosedByUser();
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost();
    else
        m_socket->abort(); // still looking up or connecting: give up
}

QAbstractSocket::SocketState TcpClientEndpoint::state() const
{
    return m_socket->state();
}

qintptr TcpClientEndpoint::descriptor() const
{
    return m_socket->socketDescriptor();
}

void TcpClientEndpoint::onConnected()
{
    ConnectionInfo &info = mutableInfo();
    info.local = formatEndpoint(m_socket->localAddress(), m_socket->localPort());
    info.remote = formatEndpoint(m_socket->peerAddress(), m_socket->peerPort());
    bool mapped = false;
    m_socket->peerAddress().toIPv4Address(&mapped);
    info.family =
        m_socket->peerAddress().protocol() == QAbstractSocket::IPv6Protocol && !mapped
        ? QStringLiteral("IPv6")
        : QStringLiteral("IPv4");
    info.sinceMs = QDateTime::currentMSecsSinceEpoch();
    record(EventKind::Connect, info.local, info.remote, QByteArray(),
           DeferredText::make(staticMetaObject.className(),
                              QT_TR_NOOP("connected to %1 (%2)"), {m_host, info.family}));
    emit logLine(DeferredText::make(staticMetaObject.className(),
                                    QT_TR_NOOP("Connected to %1 from %2."),
                                    {info.remote, info.local}));
    emit stateChanged(QAbstractSocket::ConnectedState);
}

void TcpClientEndpoint::onError(QAbstractSocket::SocketError error)
{
    // An orderly close by the peer also arrives here; it is a close, not an error.
    if (error == QAbstractSocket::RemoteHostClosedError)
        return;
    const ConnectionInfo current = info();
    const QString remote = current.remote.isEmpty() ? QStringLiteral("%1:%2").arg(m_host).arg(m_port)
                                                    : current.remote;
    recordError(current.local, remote,
                SocketErrors::socketFailed(error, m_host, m_port, m_socket->errorString()));
}

} // namespace swb::net
