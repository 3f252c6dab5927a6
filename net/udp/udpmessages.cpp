#include "net/udp/udpmessages.h"

#include "net/errors/systemerrortext.h"
#include "net/socket/socketerrors.h"
#include "net/traffic/trafficevent.h"
#include "net/udp/udpsocketcalls.h"

#include <cerrno>
#include <cstring>

namespace swb::net {

QString UdpMessages::sendFailed(int errorNumber, const QString &destination, const QString &local,
                                bool broadcastOn)
{
    switch (errorNumber) {
    case EACCES:
        if (!broadcastOn)
            return tr("%1 is a broadcast address, and sending to it needs SO_BROADCAST "
                      "(setsockopt(SOL_SOCKET, SO_BROADCAST, 1)). Tick \"Broadcast\" and send "
                      "again.")
                .arg(destination);
        return tr("Permission denied sending to %1 (a firewall rule?).").arg(destination);
    case ECONNREFUSED:
        return tr("Port unreachable (ICMP): nothing listens on UDP %1. UDP itself never says "
                  "so; the receiving machine answered an earlier datagram with an ICMP \"port "
                  "unreachable\" message.")
            .arg(destination);
    case ENOBUFS:
    case EAGAIN:
        return tr("The system's send queue is full, so this datagram to %1 was not sent. UDP "
                  "does not wait: send more slowly, or try again.")
            .arg(destination);
    case EMSGSIZE:
        return tr("The datagram is too large for the way to %1.").arg(destination);
    case ENETUNREACH:
    case EHOSTUNREACH:
        return tr("No route to %1: this machine has no network path there. Check the address; "
                  "on a machine without network only 127.0.0.1 works.")
            .arg(destination);
    case EINVAL:
    case EADDRNOTAVAIL:
        return tr("Cannot send from %1 to %2: a socket bound to a loopback address such as "
                  "127.0.0.1 can only reach this machine. Bind to 0.0.0.0 to reach others.")
            .arg(local, destination);
    default:
        return tr("Cannot send to %1: %2.")
            .arg(destination, SystemErrorText::forErrno(errorNumber));
    }
}

QString UdpMessages::tooLarge(qsizetype size, qsizetype limit, bool ipv6)
{
    return tr("A UDP datagram over %1 carries at most %2 bytes (65,535 minus the %3 and UDP "
              "headers); this one has %4 bytes and was not sent. Split it into several "
              "datagrams.")
        .arg(ipv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4"))
        .arg(limit)
        .arg(ipv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4"))
        .arg(size);
}

QString UdpMessages::icmp(const IcmpReport &report, int repeats)
{
    const QString destination = formatEndpoint(report.address, report.port);
    QString message;
    if (report.errorNumber == ECONNREFUSED)
        message = tr("Port unreachable (ICMP): nothing listens on UDP %1. UDP itself never "
                     "says so; the receiving machine answered with an ICMP \"port "
                     "unreachable\" message.")
                      .arg(destination);
    else
        message = tr("ICMP error about a datagram to %1: %2.")
                      .arg(destination,
                           SystemErrorText::forErrno(report.errorNumber));
    if (repeats > 1)
        message += QLatin1Char(' ') + tr("(%n times)", "", repeats);
    return message;
}

QString UdpMessages::familyMismatch(const QString &local, const QString &destination)
{
    return tr("This socket is bound to the IPv4 address %1 and cannot send to the IPv6 "
              "address %2. Bind to :: (both families) or use an IPv4 target such as "
              "127.0.0.1.")
        .arg(local, destination);
}

QString UdpMessages::notMulticast(const QString &group)
{
    return tr("\"%1\" is not a multicast group address. IPv4 groups are 224.0.0.0 to "
              "239.255.255.255 (239.x.y.z for local tests); IPv6 groups start with ff, such as "
              "ff02::1:3.")
        .arg(group);
}

QString UdpMessages::multicastFailed(int errorNumber, const QString &group,
                                     const QString &interface, bool join)
{
    const QString where = interface.isEmpty() ? tr("the default interface") : interface;
    const QString reason = SystemErrorText::forErrno(errorNumber);
    if (errorNumber == ENODEV || errorNumber == EADDRNOTAVAIL)
        return join ? tr("Cannot join %1 on %2: %3. The interface may have no multicast "
                         "support or no address; choose another interface, or \"lo\" for "
                         "tests on this machine.")
                          .arg(group, where, reason)
                    : tr("Cannot leave %1 on %2: %3.").arg(group, where, reason);
    return join ? tr("Cannot join %1 on %2: %3.").arg(group, where, reason)
                : tr("Cannot leave %1 on %2: %3.").arg(group, where, reason);
}

QString UdpMessages::noSuchInterface(const QString &name)
{
    return tr("This machine has no network interface \"%1\".").arg(name);
}

QString UdpMessages::multicastNeedsAnyAddress(const QString &local, const QString &group)
{
    return tr("Joined %1, but this socket is bound to %2: datagrams sent to the group carry "
              "the group's address, not %2, so they do not reach this socket. Bind to 0.0.0.0 "
              "(or ::) to receive them.")
        .arg(group, local);
}

QString UdpMessages::noTarget()
{
    return tr("No target: enter the host and port to send to (the port must not be 0), or "
              "choose \"selected sender\" to reply to someone you heard from.");
}

QString UdpMessages::bindFailed(int errorNumber, const QString &address, quint16 port)
{
    if (errorNumber != EADDRINUSE)
        return SocketErrors::bindFailed(errorNumber, address, port);
    return tr("UDP port %1 on %2 is already in use: another program, or another panel, has "
              "bound it. Stop it or choose another port (0 picks any free port). To see which "
              "program holds it, run: ss -lunp 'sport = :%1'. Two sockets may share a UDP port "
              "only if both turn on \"share address\" (SO_REUSEADDR) before bind().")
        .arg(port)
        .arg(address);
}

QString UdpMessages::hostNotFound(const QString &host)
{
    return tr("Host not found: \"%1\". Check the spelling, or use an IP address such as "
              "127.0.0.1. Nothing was sent.")
        .arg(host);
}

} // namespace swb::net
