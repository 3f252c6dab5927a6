#pragma once

#include "net/connectioninfo.h"
#include "net/endpoint.h"
#include "net/serverbehaviour.h"
#include "net/textcodec.h"

#include <QHash>
#include <QHostAddress>
#include <QList>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace swb::net {

class StreamSession;
struct SessionShared;

struct TcpServerSettings
{
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    int backlog = 5;
    bool reuseAddress = true;
};

// A listening TCP server with any number of clients, each a StreamSession.
class TcpServerEndpoint final : public Endpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpServerEndpoint)
public:
    explicit TcpServerEndpoint(QObject *parent = nullptr);
    ~TcpServerEndpoint() override;

    // False (with an error event and errorOccurred) when it cannot listen.
    bool start(const TcpServerSettings &settings);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QString localEndpoint() const;
    bool isReachableFromOtherMachines() const { return m_reachable; }

    // Applies to new messages at once; returns a non-empty message if a text does
    // not parse (the old behaviour then stays). Opens the append file if set.
    QString setBehaviour(const ServerBehaviour &behaviour, TextEncoding encoding);
    ServerBehaviour behaviour() const;

    bool sendTo(quint64 connectionId, const QByteArray &bytes);
    int sendToAll(const QByteArray &bytes);
    void disconnectClient(quint64 connectionId);
    QList<ConnectionInfo> connections() const;
    int connectionCount() const { return int(m_sessions.size()); }

signals:
    void listeningChanged(bool listening);
    void connectionOpened(const swb::net::ConnectionInfo &info);
    void connectionClosed(quint64 id);
    void dataReceived(quint64 id, const QByteArray &bytes);
    // Manual sends and automatic replies alike.
    void dataSent(quint64 id, const QByteArray &bytes);

private:
    void acceptPending();
    void addSession(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QHash<quint64, StreamSession *> m_sessions;
    std::shared_ptr<SessionShared> m_shared;
    quint64 m_nextId = 1;
    bool m_reachable = false;
    QString m_local;
};

} // namespace swb::net
