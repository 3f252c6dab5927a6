#pragma once

#include <QHostAddress>
#include <QList>

struct sockaddr_storage;

namespace swb::net {

// An ICMP error the kernel queued for a UDP socket (UdpErrorQueue): which
// destination it is about and what went wrong there.
struct IcmpReport
{
    QHostAddress address; // the destination the failed datagram was sent to
    quint16 port = 0;
    int errorNumber = 0;  // ECONNREFUSED for "port unreachable"
    bool fromIcmp = false;
    int icmpType = 0;
    int icmpCode = 0;
};

// The few socket calls a UDP panel makes on the descriptor itself. Qt's
// QUdpSocket::writeDatagram() folds every errno into "Unable to send a
// datagram", and a student needs to tell EACCES (broadcast without
// SO_BROADCAST) from ECONNREFUSED (port unreachable) from ENOBUFS (sending
// faster than the system can). Every function returns 0 or an errno value.
// What only Linux offers is in net/platform/.
class UdpSocketCalls final
{
public:
    // AF_INET or AF_INET6 of the socket; 0 if unknown.
    static int family(qintptr fd);
    // SO_RCVBUF as getsockopt reports it (enlarging it: ReceiveBufferForcing).
    static int receiveBufferSize(qintptr fd);
    // Clears the socket's pending error (SO_ERROR), which the error queue has
    // already explained; otherwise the next send would fail with it.
    static void clearPendingError(qintptr fd);

    // The sender in a msg_name; IPv4-mapped addresses come back as IPv4.
    static QHostAddress senderOf(const sockaddr_storage &name, quint16 *port);

    static int setBroadcast(qintptr fd, bool on);
    static int sendTo(qintptr fd, int family, const QHostAddress &to, quint16 port,
                      const char *data, qsizetype size);
    // For a connected socket: send() without an address.
    static int send(qintptr fd, const char *data, qsizetype size);
    static int connectTo(qintptr fd, int family, const QHostAddress &to, quint16 port);
    static int disconnect(qintptr fd);

    // Multicast; `interfaceIndex` 0 lets the routing table choose.
    static int joinGroup(qintptr fd, int family, const QHostAddress &group, int interfaceIndex);
    static int leaveGroup(qintptr fd, int family, const QHostAddress &group, int interfaceIndex);
    static int setMulticastInterface(qintptr fd, int family, int interfaceIndex);
    static int setMulticastTtl(qintptr fd, int family, int ttl);
    static int setMulticastLoopback(qintptr fd, int family, bool on);

    // The socket's inode, the key of its line in /proc/net/udp; 0 if unknown.
    static quint64 inode(qintptr fd);
    // 65,507 bytes for IPv4 (65,535 minus the IP and UDP headers), 65,527 for IPv6.
    static qsizetype maxPayload(const QHostAddress &to);
    // True when `to` is IPv6 and not an IPv4-mapped address.
    static bool isIPv6Only(const QHostAddress &to);
};

} // namespace swb::net
