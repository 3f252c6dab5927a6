#pragma once

#include "net/udp/udpsocketcalls.h"

#include <QList>

namespace swb::net {

// The ICMP errors a UDP socket's datagrams caused, each with the destination
// it is about. Linux queues them per socket (IP_RECVERR, LinuxUdpErrorQueue);
// elsewhere there is no such queue (PortableUdpErrorQueue): a refusal shows
// only as the next send's or receive's ECONNREFUSED, without the destination.
class UdpErrorQueue
{
public:
    virtual ~UdpErrorQueue() = default;
    // The one this build uses.
    static const UdpErrorQueue &system();

    virtual bool available() const = 0;
    virtual void enable(qintptr fd, int family) const = 0;
    // Up to `max` queued reports, oldest first; empty when none.
    virtual QList<IcmpReport> read(qintptr fd, int max) const = 0;
};

} // namespace swb::net
