#pragma once

#include "net/connectioninfo.h"
#include "net/endpoint.h"

#include <QAbstractSocket>

class QTcpSocket;

namespace swb::net {

// A TCP client: the notes' socket.connect(), send(), recv(), close().
class TcpClientEndpoint final : public Endpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpClientEndpoint)
public:
    explicit TcpClientEndpoint(QObject *parent = nullptr);
    ~TcpClientEndpoint() override;

    // host: a name, an IPv4 literal, or an IPv6 literal (with or without brackets).
    void connectTo(const QString &host, quint16 port);
    void disconnectFromPeer();
    bool send(const QByteArray &bytes);

    QAbstractSocket::SocketState state() const;
    // laddr, raddr and family of the live connection; ids and counters too.
    ConnectionInfo info() const;
    qintptr descriptor() const;
    // Closes after sending or receiving this word (without line ending); empty = off.
    void setCloseWord(const QByteArray &wordBytes) { m_closeWord = wordBytes; }

signals:
    void stateChanged(QAbstractSocket::SocketState state);
    void dataReceived(const QByteArray &bytes);
    void dataSent(const QByteArray &bytes);

private:
    void onConnected();
    void onDisconnected();
    void onReadyRead();
    void onError(QAbstractSocket::SocketError error);
    bool isCloseWord(const QByteArray &bytes) const;

    QTcpSocket *m_socket = nullptr;
    QString m_host;
    quint16 m_port = 0;
    ConnectionInfo m_info;
    QByteArray m_closeWord;
    bool m_userClosed = false;
};

} // namespace swb::net
