#pragma once

#include "net/stream/streamclientendpoint.h"

class QTcpSocket;

namespace swb::net {

// A TCP client: the notes' socket.connect(), send(), recv(), close().
class TcpClientEndpoint final : public StreamClientEndpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpClientEndpoint)
public:
    explicit TcpClientEndpoint(QObject *parent = nullptr);
    ~TcpClientEndpoint() override;

    // host: a name, an IPv4 literal, or an IPv6 literal (with or without brackets).
    void connectTo(const QString &host, quint16 port);
    void disconnectFromPeer() override;

    QAbstractSocket::SocketState state() const override;
    qintptr descriptor() const override;

private:
    void onConnected();
    void onError(QAbstractSocket::SocketError error);

    QTcpSocket *m_socket = nullptr;
    QString m_host;
    quint16 m_port = 0;
};

} // namespace swb::net
