#include "net/tcpclientendpoint.h"

#include "net/replyengine.h"
#include "net/socketerrors.h"

#include <QDateTime>
#include <QTcpSocket>

namespace swb::net {

TcpClientEndpoint::TcpClientEndpoint(QObject *parent)
    : Endpoint(Protocol::Tcp, parent)
    , m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::connected, this, &TcpClientEndpoint::onConnected);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpClientEndpoint::onDisconnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpClientEndpoint::onReadyRead);
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
    m_userClosed = false;
    m_info = ConnectionInfo();
    record(EventKind::Info, QString(), QStringLiteral("%1:%2").arg(name).arg(port), QByteArray(),
           tr("connecting to %1 port %2").arg(name).arg(port));
    m_socket->connectToHost(name, port);
}

void TcpClientEndpoint::disconnectFromPeer()
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        return;
    m_userClosed = true;
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost();
    else
        m_socket->abort(); // still looking up or connecting: give up
}

bool TcpClientEndpoint::send(const QByteArray &bytes)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_socket->write(bytes);
    m_info.bytesOut += bytes.size();
    ++m_info.messagesOut;
    record(EventKind::Send, m_info.local, m_info.remote, bytes);
    emit dataSent(bytes);
    if (isCloseWord(bytes))
        disconnectFromPeer();
    return true;
}

QAbstractSocket::SocketState TcpClientEndpoint::state() const
{
    return m_socket->state();
}

ConnectionInfo TcpClientEndpoint::info() const
{
    return m_info;
}

qintptr TcpClientEndpoint::descriptor() const
{
    return m_socket->socketDescriptor();
}

bool TcpClientEndpoint::isCloseWord(const QByteArray &bytes) const
{
    return !m_closeWord.isEmpty() && ReplyEngine::splitLineEnding(bytes, nullptr) == m_closeWord;
}

void TcpClientEndpoint::onConnected()
{
    m_info.local = formatEndpoint(m_socket->localAddress(), m_socket->localPort());
    m_info.remote = formatEndpoint(m_socket->peerAddress(), m_socket->peerPort());
    bool mapped = false;
    m_socket->peerAddress().toIPv4Address(&mapped);
    m_info.family =
        m_socket->peerAddress().protocol() == QAbstractSocket::IPv6Protocol && !mapped
        ? QStringLiteral("IPv6")
        : QStringLiteral("IPv4");
    m_info.sinceMs = QDateTime::currentMSecsSinceEpoch();
    record(EventKind::Connect, m_info.local, m_info.remote, QByteArray(),
           tr("connected to %1 (%2)").arg(m_host, m_info.family));
    emit logLine(tr("Connected to %1 from %2.").arg(m_info.remote, m_info.local));
    emit stateChanged(QAbstractSocket::ConnectedState);
}

void TcpClientEndpoint::onDisconnected()
{
    record(EventKind::Close, m_info.local, m_info.remote, QByteArray(),
           m_userClosed ? tr("closed by this client") : tr("closed by the peer"));
    emit logLine(tr("Disconnected from %1.").arg(m_info.remote));
}

void TcpClientEndpoint::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    m_info.bytesIn += bytes.size();
    ++m_info.messagesIn;
    record(EventKind::Recv, m_info.local, m_info.remote, bytes);
    emit dataReceived(bytes);
    if (isCloseWord(bytes))
        disconnectFromPeer();
}

void TcpClientEndpoint::onError(QAbstractSocket::SocketError error)
{
    // An orderly close by the peer also arrives here; it is a close, not an error.
    if (error == QAbstractSocket::RemoteHostClosedError)
        return;
    const QString remote = m_info.remote.isEmpty() ? QStringLiteral("%1:%2").arg(m_host).arg(m_port)
                                                   : m_info.remote;
    recordError(m_info.local, remote,
                SocketErrors::socketFailed(error, m_host, m_port, m_socket->errorString()));
}

} // namespace swb::net
