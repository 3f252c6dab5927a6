#pragma once

// Hostile HTTP servers for the client side of issue 19: a loopback peer that
// answers the first request with a fixed head and then, for as long as the
// client reads, whatever more() gives (an endless chunked body, a flood).
// Writes are paced by bytesWritten so that the peer's own memory stays small.

#include "tests/net/hostilepeers.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace hostile {

class HttpFloodServer
{
public:
    // more(): the next piece to send, empty when done (then the peer closes).
    explicit HttpFloodServer(QByteArray head, std::function<QByteArray()> more = {})
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server,
                         [this, head = std::move(head), more = std::move(more)] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            ++connections;
            auto answered = std::make_shared<bool>(false);
            const auto pump = [this, socket, more] {
                while (socket->state() == QAbstractSocket::ConnectedState
                       && socket->bytesToWrite() < (qint64(256) << 10)) {
                    const QByteArray piece = more ? more() : QByteArray();
                    if (piece.isEmpty()) {
                        socket->disconnectFromHost();
                        return;
                    }
                    sent += socket->write(piece);
                }
            };
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head, answered, pump] {
                received += socket->readAll().left(64 << 10);
                if (std::exchange(*answered, true))
                    return;
                sent += socket->write(head);
                pump();
            });
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
    }
    quint16 port() const { return m_server.serverPort(); }

    int connections = 0;
    qint64 sent = 0;
    QByteArray received; // the requests, for a test to look at

private:
    QTcpServer m_server;
};

// The chunked framing of one piece of an endless body.
inline QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

} // namespace hostile
