#pragma once

#include <QString>

#include <optional>

namespace swb::net {

// What the kernel knows about one UDP socket beyond what recvfrom() shows.
struct UdpSocketStats
{
    qint64 drops = 0;        // datagrams the kernel threw away (receive buffer full)
    qint64 receiveQueue = 0; // bytes waiting to be read
};

// Reads a UDP socket's line from /proc/net/udp or /proc/net/udp6 (found by
// the socket's inode), the only place Linux reports per-socket drops without
// changing how the socket is read. The parser only: which system has the
// tables is UdpKernelCounters' business (net/platform/).
class UdpDropCounter final
{
public:
    // Parses one table; `procDir` is "/proc/net" except in tests.
    static std::optional<UdpSocketStats> forInode(quint64 inode, const QString &procDir);
};

} // namespace swb::net
