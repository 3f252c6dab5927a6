#pragma once

#include "net/streamserverendpoint.h"

#include <QAbstractSocket>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace swb::net {

struct TcpServerSettings
{
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    int backlog = 5;
    bool reuseAddress = true;
};

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
    // While accept() fails (out of descriptors), new clients wait in the kernel's
    // queue and the server retries this often.
    static constexpr int acceptRetryMs = 1000;
    bool isAcceptPaused() const { return m_acceptPaused; }
    bool isReachableFromOtherMachines() const { return m_reachable; }

private:
    void acceptPending();
    void addSession(QTcpSocket *socket);
    void onAcceptError(QAbstractSocket::SocketError error);
    void resumeAccepting();
    void retryAccepting();

    QTcpServer *m_server = nullptr;
    // QTcpServer stops accepting for good after a failed accept() (EMFILE when
    // the process is out of file descriptors): we retry on this timer and when
    // a connection closes, and report the failure once per episode.
    QTimer *m_acceptRetry = nullptr;
    bool m_acceptPaused = false;
    bool m_acceptFailedAgain = false; // since the last resume
    bool m_reachable = false;
};

} // namespace swb::net
