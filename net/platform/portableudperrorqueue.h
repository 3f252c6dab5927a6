#pragma once

#include "net/platform/udperrorqueue.h"

namespace swb::net {

// No per-socket error queue: nothing to switch on, nothing to read.
class PortableUdpErrorQueue final : public UdpErrorQueue
{
public:
    bool available() const override { return false; }
    void enable(qintptr fd, int family) const override;
    QList<IcmpReport> read(qintptr fd, int max) const override;
};

} // namespace swb::net
