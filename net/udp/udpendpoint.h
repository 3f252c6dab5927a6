#pragma once

#include "net/payload/textcodec.h"
#include "net/reply/serverbehaviour.h"
#include "net/result.h"
#include "net/socket/endpoint.h"
#include "net/udp/udpburst.h"
#include "net/udp/udpdropcounter.h"
#include "net/udp/udpmulticast.h"
#include "net/udp/udppeertable.h"

#include <QHostAddress>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace swb::net {

class AppendFile;
class ReplyEngine;
class UdpChannel;
class UdpTarget;
struct IcmpReport;

// One UDP socket, as in the notes, where a UDP "server" and "client" are the
// same thing: bind() to receive, sendto() a target or a sender heard from.
// Every datagram becomes one event; the server behaviours reply per datagram.
// The socket mechanics live in UdpChannel; this class gives them meaning.
class UdpEndpoint final : public Endpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpEndpoint)
public:
    static constexpr int maxQueuedWhileResolving = 10000;

    explicit UdpEndpoint(QObject *parent = nullptr);
    ~UdpEndpoint() override;

    // The notes' sock.bind((address, port)); shareAddress sets SO_REUSEADDR first.
    bool bind(const QString &address, quint16 port, bool shareAddress);
    void close();
    bool isOpen() const;                              // bound, by bind() or by a first send
    bool isListening() const { return m_listening; } // bound by bind()
    QString localEndpoint() const { return m_local; }
    quint16 localPort() const;
    qintptr descriptor() const;
    int receiveBufferSize() const;
    std::optional<UdpSocketStats> kernelStats() const;

    // Close-related options (greeting, close word, close after reply) mean
    // nothing without a connection and are ignored.
    Result<void> setBehaviour(const ServerBehaviour &behaviour, TextEncoding encoding);
    ServerBehaviour behaviour() const;

    // A host name is looked up in the background; sends wait for it.
    void setTarget(const QString &host, quint16 port);
    QString targetText() const;
    bool sendToTarget(const QByteArray &bytes);
    bool sendTo(const QHostAddress &address, quint16 port, const QByteArray &bytes);
    bool sendToPeer(quint64 peerId, const QByteArray &bytes);
    // connect() the socket to the target: only its datagrams arrive, and an ICMP
    // "port unreachable" comes back as an error.
    void setConnectToTarget(bool on);
    bool isConnectedToTarget() const { return m_connected; }
    void setBroadcast(bool on);

    // Groups and multicast options; its problems become error rows of this endpoint.
    UdpMulticast *multicast() const { return m_multicast; }

    QList<UdpPeerInfo> peers() const { return m_peers.all(); }
    const UdpPeerInfo *peer(quint64 id) const { return m_peers.byId(id); }
    void clearPeers();

    using Payload = std::function<QByteArray(quint64 counter)>;
    // Sends `count` datagrams to the target as fast as the system takes them.
    bool startBurst(quint64 count, Payload payload);
    void stopBurst();
    UdpBurst *burst() const { return m_burst; }

signals:
    void openChanged(bool open);
    void connectedChanged(bool connected);
    void peerAdded(const swb::net::UdpPeerInfo &peer);
    void peersCleared();
    // peerId 0: the sender is not listed (more than UdpPeerTable::maxPeers senders).
    void datagramReceived(quint64 peerId, const QString &from, const QByteArray &bytes);
    void datagramSent(const QString &to, const QByteArray &bytes);

private:
    bool opened(const Result<void> &open, bool listening);
    bool ensureSocket(const QHostAddress &to);
    UdpBurst::Outcome trySend(const QHostAddress &to, quint16 port, const QByteArray &bytes,
                              const QString &destination, bool viaConnection, bool inBurst);
    void onTargetResolved();
    void onTargetFailed(const QString &host);
    void applyConnection();
    void onDatagram(const QHostAddress &from, quint16 port, const QByteArray &bytes);
    void reply(const QHostAddress &to, quint16 port, const QString &remote, const QByteArray &bytes);
    void onIcmp(const IcmpReport &report, int repeats);
    void reportProblem(const QString &problem);

    UdpChannel *m_channel = nullptr;
    UdpTarget *m_target = nullptr;
    UdpBurst *m_burst = nullptr;
    UdpMulticast *m_multicast = nullptr;
    bool m_listening = false;
    QString m_local;

    std::shared_ptr<const ReplyEngine> m_engine;
    std::shared_ptr<AppendFile> m_appendFile;
    TextEncoding m_encoding = TextEncoding::Utf8;
    quint64 m_counter = 0;

    std::deque<QByteArray> m_waiting; // sends waiting for the target's name lookup
    std::optional<std::pair<quint64, Payload>> m_waitingBurst;
    bool m_connectWanted = false;
    bool m_connected = false;
    bool m_broadcast = false;

    UdpPeerTable m_peers;
};

} // namespace swb::net
