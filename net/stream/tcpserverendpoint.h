#pragma once

#include "net/stream/streamserverendpoint.h"
#include "net/stream/tcpserversettings.h"

#include <QAbstractSocket>

class QTcpServer;
class QTcpSocket;

namespace swb::net {

// A listening TCP server; each accepted client becomes a StreamSession.
class TcpServerEndpoint final : public StreamServerEndpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpServerEndpoint)
public:
    explicit TcpServerEndpoint(QObject *parent = nullptr);
    ~TcpServerEndpoint() override;

    // False (with an error event and errorOccurred) when it cannot listen.
    bool start(const TcpServerSettings &settings);
    void stop() override;
    bool isListening() const override;
    quint16 port() const;
    bool isReachableFromOtherMachines() const { return m_reachable; }

private:
    void acceptPending();
    void addSession(QTcpSocket *socket);
    void onAcceptError(QAbstractSocket::SocketError error);
    void resumeAccepting() override;

    QTcpServer *m_server = nullptr;
    bool m_reachable = false;
};

} // namespace swb::net
