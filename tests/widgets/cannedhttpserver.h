#pragma once

// An in-process HTTP server for the HTTP panel tests: each path has a fixed
// answer (exact bytes), so the test knows every offset. It serves requests one
// after another on a connection (keep-alive) and counts connections, so reuse
// can be checked; "/silent" never answers.

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>

namespace swb::tests {

class CannedHttpServer final : public QObject
{
public:
    struct Answer
    {
        QByteArray bytes;
        bool close = true; // close after answering
    };

    CannedHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { serve(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    void add(const QByteArray &path, const QByteArray &bytes, bool close = true)
    {
        m_answers.insert(path, Answer{bytes, close});
    }
    int connections() const { return m_connections; }
    int requests() const { return m_requests; }
    QByteArray lastRequest() const { return m_lastRequest; }
    QByteArray url(const QByteArray &path) const
    {
        return "http://127.0.0.1:" + QByteArray::number(port()) + path;
    }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &pending = m_pending[socket];
        pending += socket->readAll();
        for (;;) {
            const qsizetype end = pending.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray request = pending.left(end + 4);
            pending.remove(0, end + 4);
            ++m_requests;
            m_lastRequest = request;
            const QByteArray path = request.split(' ').value(1);
            if (path == "/silent")
                continue;
            const Answer answer = m_answers.value(
                path, Answer{"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n", true});
            socket->write(answer.bytes);
            if (answer.close) {
                socket->disconnectFromHost();
                return;
            }
        }
    }

    QTcpServer m_server;
    QHash<QByteArray, Answer> m_answers;
    QHash<QTcpSocket *, QByteArray> m_pending;
    int m_connections = 0;
    int m_requests = 0;
    QByteArray m_lastRequest;
};

} // namespace swb::tests
