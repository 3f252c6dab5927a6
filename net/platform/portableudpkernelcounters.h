#pragma once

#include "net/platform/udpkernelcounters.h"

namespace swb::net {

// No per-socket counters to read: always nullopt.
class PortableUdpKernelCounters final : public UdpKernelCounters
{
public:
    bool available() const override { return false; }
    std::optional<UdpSocketStats> forSocket(quint64 inode) const override;
};

} // namespace swb::net
