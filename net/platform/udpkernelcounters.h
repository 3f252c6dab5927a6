#pragma once

#include "net/udp/udpdropcounter.h"

#include <optional>

namespace swb::net {

// What the kernel counts for one UDP socket beyond what recvfrom() shows: the
// datagrams it dropped and the bytes queued. Linux lists them in /proc/net/udp
// and udp6 (LinuxUdpKernelCounters); other systems have no per-socket figure
// (PortableUdpKernelCounters: nullopt, shown as "not available on this system").
class UdpKernelCounters
{
public:
    virtual ~UdpKernelCounters() = default;
    // The one this build uses.
    static const UdpKernelCounters &system();

    virtual bool available() const = 0;
    // `inode` from UdpSocketCalls::inode(); nullopt when the socket is not listed.
    virtual std::optional<UdpSocketStats> forSocket(quint64 inode) const = 0;
};

} // namespace swb::net
