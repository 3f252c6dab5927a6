#include "net/udp/udpsocketcalls.h"

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace swb::net {

namespace {

int result(int rc)
{
    return rc == 0 ? 0 : errno;
}

// Fills `storage` for a socket of `family`: an IPv4 destination on an IPv6
// socket becomes ::ffff:a.b.c.d, as the dual-stack "::" socket needs.
bool toSockaddr(int family, const QHostAddress &to, quint16 port, sockaddr_storage *storage,
                socklen_t *length)
{
    std::memset(storage, 0, sizeof *storage);
    bool mapped = false;
    const quint32 v4 = to.toIPv4Address(&mapped);
    const bool isV4 = to.protocol() == QAbstractSocket::IPv4Protocol || mapped;
    if (family == AF_INET) {
        if (!isV4)
            return false;
        auto *sin = reinterpret_cast<sockaddr_in *>(storage);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(port);
        sin->sin_addr.s_addr = htonl(v4);
        *length = sizeof(sockaddr_in);
        return true;
    }
    auto *sin6 = reinterpret_cast<sockaddr_in6 *>(storage);
    sin6->sin6_family = AF_INET6;
    sin6->sin6_port = htons(port);
    const Q_IPV6ADDR raw = isV4 ? QHostAddress(v4).toIPv6Address() : to.toIPv6Address();
    std::memcpy(&sin6->sin6_addr, &raw, sizeof raw);
    if (!isV4 && !to.scopeId().isEmpty()) {
        // A link-local or multicast address names its interface: "fe80::1%eth0".
        bool numeric = false;
        sin6->sin6_scope_id = to.scopeId().toUInt(&numeric);
        if (!numeric)
            sin6->sin6_scope_id = if_nametoindex(to.scopeId().toLocal8Bit().constData());
    }
    *length = sizeof(sockaddr_in6);
    return true;
}

} // namespace

QHostAddress UdpSocketCalls::senderOf(const sockaddr_storage &storage, quint16 *port)
{
    if (storage.ss_family == AF_INET) {
        const auto *sin = reinterpret_cast<const sockaddr_in *>(&storage);
        *port = ntohs(sin->sin_port);
        return QHostAddress(ntohl(sin->sin_addr.s_addr));
    }
    if (storage.ss_family == AF_INET6) {
        const auto *sin6 = reinterpret_cast<const sockaddr_in6 *>(&storage);
        *port = ntohs(sin6->sin6_port);
        QHostAddress address(reinterpret_cast<const quint8 *>(&sin6->sin6_addr));
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped)
            return QHostAddress(v4);
        if (sin6->sin6_scope_id != 0) {
            char name[IF_NAMESIZE] = {};
            address.setScopeId(if_indextoname(sin6->sin6_scope_id, name)
                                   ? QString::fromLatin1(name)
                                   : QString::number(sin6->sin6_scope_id));
        }
        return address;
    }
    *port = 0;
    return QHostAddress();
}

int UdpSocketCalls::family(qintptr fd)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getsockname(int(fd), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return 0;
    return storage.ss_family;
}

int UdpSocketCalls::receiveBufferSize(qintptr fd)
{
    int size = 0;
    socklen_t length = sizeof size;
    return ::getsockopt(int(fd), SOL_SOCKET, SO_RCVBUF, &size, &length) == 0 ? size : 0;
}

void UdpSocketCalls::clearPendingError(qintptr fd)
{
    int error = 0;
    socklen_t length = sizeof error;
    ::getsockopt(int(fd), SOL_SOCKET, SO_ERROR, &error, &length);
}

int UdpSocketCalls::setBroadcast(qintptr fd, bool on)
{
    const int value = on ? 1 : 0;
    return result(::setsockopt(int(fd), SOL_SOCKET, SO_BROADCAST, &value, sizeof value));
}

int UdpSocketCalls::sendTo(qintptr fd, int family, const QHostAddress &to, quint16 port,
                           const char *data, qsizetype size)
{
    sockaddr_storage storage;
    socklen_t length = 0;
    if (!toSockaddr(family, to, port, &storage, &length))
        return EAFNOSUPPORT;
    ssize_t sent;
    do {
        sent = ::sendto(int(fd), data, size_t(size), MSG_DONTWAIT,
                        reinterpret_cast<const sockaddr *>(&storage), length);
    } while (sent < 0 && errno == EINTR);
    return sent < 0 ? errno : 0;
}

int UdpSocketCalls::send(qintptr fd, const char *data, qsizetype size)
{
    ssize_t sent;
    do {
        sent = ::send(int(fd), data, size_t(size), MSG_DONTWAIT);
    } while (sent < 0 && errno == EINTR);
    return sent < 0 ? errno : 0;
}

int UdpSocketCalls::connectTo(qintptr fd, int family, const QHostAddress &to, quint16 port)
{
    sockaddr_storage storage;
    socklen_t length = 0;
    if (!toSockaddr(family, to, port, &storage, &length))
        return EAFNOSUPPORT;
    return result(::connect(int(fd), reinterpret_cast<const sockaddr *>(&storage), length));
}

int UdpSocketCalls::disconnect(qintptr fd)
{
    // connect() to AF_UNSPEC dissolves a UDP "connection" (see connect(2)).
    sockaddr unspec{};
    unspec.sa_family = AF_UNSPEC;
    return result(::connect(int(fd), &unspec, sizeof unspec));
}

namespace {

int changeMembership(qintptr fd, int family, const QHostAddress &group, int interfaceIndex,
                     bool join)
{
    if (group.protocol() == QAbstractSocket::IPv4Protocol) {
        ip_mreqn request{};
        request.imr_multiaddr.s_addr = htonl(group.toIPv4Address());
        request.imr_ifindex = interfaceIndex;
        // IPv4 membership works on an IPv6 socket too (Linux passes SOL_IP through).
        return result(::setsockopt(int(fd), SOL_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP,
                                   &request, sizeof request));
    }
    if (family != AF_INET6)
        return EAFNOSUPPORT;
    ipv6_mreq request{};
    const Q_IPV6ADDR raw = group.toIPv6Address();
    std::memcpy(&request.ipv6mr_multiaddr, &raw, sizeof raw);
    request.ipv6mr_interface = unsigned(interfaceIndex);
    return result(::setsockopt(int(fd), SOL_IPV6, join ? IPV6_JOIN_GROUP : IPV6_LEAVE_GROUP,
                               &request, sizeof request));
}

} // namespace

int UdpSocketCalls::joinGroup(qintptr fd, int family, const QHostAddress &group, int interfaceIndex)
{
    return changeMembership(fd, family, group, interfaceIndex, true);
}

int UdpSocketCalls::leaveGroup(qintptr fd, int family, const QHostAddress &group, int interfaceIndex)
{
    return changeMembership(fd, family, group, interfaceIndex, false);
}

// The three options below are set on both levels of an IPv6 socket, because a
// dual-stack "::" socket sends IPv4 multicast with the IPv4 options.
int UdpSocketCalls::setMulticastInterface(qintptr fd, int family, int interfaceIndex)
{
    ip_mreqn request{};
    request.imr_ifindex = interfaceIndex;
    const int v4 = result(::setsockopt(int(fd), SOL_IP, IP_MULTICAST_IF, &request, sizeof request));
    if (family != AF_INET6)
        return v4;
    const unsigned index = unsigned(interfaceIndex);
    return result(::setsockopt(int(fd), SOL_IPV6, IPV6_MULTICAST_IF, &index, sizeof index));
}

int UdpSocketCalls::setMulticastTtl(qintptr fd, int family, int ttl)
{
    const int v4 = result(::setsockopt(int(fd), SOL_IP, IP_MULTICAST_TTL, &ttl, sizeof ttl));
    if (family != AF_INET6)
        return v4;
    return result(::setsockopt(int(fd), SOL_IPV6, IPV6_MULTICAST_HOPS, &ttl, sizeof ttl));
}

int UdpSocketCalls::setMulticastLoopback(qintptr fd, int family, bool on)
{
    const int value = on ? 1 : 0;
    const int v4 =
        result(::setsockopt(int(fd), SOL_IP, IP_MULTICAST_LOOP, &value, sizeof value));
    if (family != AF_INET6)
        return v4;
    return result(::setsockopt(int(fd), SOL_IPV6, IPV6_MULTICAST_LOOP, &value, sizeof value));
}

quint64 UdpSocketCalls::inode(qintptr fd)
{
    struct stat info{};
    return ::fstat(int(fd), &info) == 0 ? quint64(info.st_ino) : 0;
}

bool UdpSocketCalls::isIPv6Only(const QHostAddress &to)
{
    bool mapped = false;
    to.toIPv4Address(&mapped);
    return to.protocol() == QAbstractSocket::IPv6Protocol && !mapped;
}

qsizetype UdpSocketCalls::maxPayload(const QHostAddress &to)
{
    return isIPv6Only(to) ? 65527 : 65507;
}

} // namespace swb::net
