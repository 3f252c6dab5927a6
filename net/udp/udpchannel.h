#pragma once

#include "net/platform/datagrambatch.h"
#include "net/result.h"
#include "net/udp/udpsocketcalls.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QUdpSocket;

namespace swb::net {

// The socket mechanics of a UDP panel, with no idea of events or behaviours:
// opens the descriptor (through ListeningSocket, for real SO_REUSEADDR
// control), makes its receive buffer as large as allowed, reads datagrams in
// bounded batches, sends with the errno kept, and reads the ICMP error queue.
class UdpChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpChannel)
public:
    // What we ask the kernel for; it may give less (SO_RCVBUF is capped by
    // net.core.rmem_max unless SO_RCVBUFFORCE is allowed).
    static constexpr int wantedReceiveBuffer = 32 * 1024 * 1024;
    // At most this much reading per event-loop turn, so the window keeps painting.
    static constexpr int drainDatagrams = 2048;
    static constexpr int drainMs = 4;
    // Datagrams per DatagramBatch::receive() (one recvmmsg() call on Linux).
    static constexpr int batchSize = 64;

    explicit UdpChannel(QObject *parent = nullptr);
    ~UdpChannel() override;

    // A failure carries the errno of socket()/bind() and UdpMessages::bindFailed's
    // words; an open socket is closed first.
    Result<void> open(const QHostAddress &address, quint16 port, bool shareAddress);
    Result<void> openAny(bool ipv6);
    void close();
    bool isOpen() const { return m_socket != nullptr; }
    qintptr descriptor() const;
    int family() const { return m_family; }
    quint64 inode() const { return m_inode; }
    int receiveBufferSize() const { return m_receiveBuffer; }
    // "127.0.0.1:8001", re-read after connect(), which may choose the address.
    QString localText() const;
    QHostAddress localAddress() const;
    quint16 localPort() const;

    // 0 or errno. A refusal left over from an earlier datagram (ECONNREFUSED)
    // is reported through icmpReported() and the send is tried once more.
    int send(const QHostAddress &to, quint16 port, const QByteArray &bytes, bool viaConnection);
    int connectTo(const QHostAddress &to, quint16 port);
    int disconnectFromTarget();
    int setBroadcast(bool on);

signals:
    void datagramArrived(const QHostAddress &from, quint16 port, const QByteArray &bytes);
    // Grouped per destination, at most once a second each; repeats counts them.
    void icmpReported(const swb::net::IcmpReport &report, int repeats);
    void failed(const QString &message);

private:
    // 0 or the errno that stopped Qt adopting fd.
    int attach(int fd);
    void readPending();
    void drainErrors();
    // Where there is no error queue (UdpErrorQueue::available() false), a
    // refusal shows only as ECONNREFUSED on a connected socket: reported as
    // the queue would have, about the connected target.
    void reportRefusal();
    void showReports(const QList<IcmpReport> &reports);

    QUdpSocket *m_socket = nullptr;
    int m_family = 0;
    quint64 m_inode = 0;
    int m_receiveBuffer = 0;
    QByteArray m_buffer;
    std::unique_ptr<DatagramBatch> m_receive;
    QTimer m_resume; // continues reading after a turn's budget is spent
    QHostAddress m_connectedAddress;
    quint16 m_connectedPort = 0; // 0: not connected
    QHash<QString, std::pair<qint64, int>> m_icmpShown; // destination -> (last shown, count since)
};

} // namespace swb::net
