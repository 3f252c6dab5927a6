#pragma once

#include "net/platform/udperrorqueue.h"

namespace swb::net {

// IP_RECVERR and IPV6_RECVERR: recvmsg(MSG_ERRQUEUE) gives each ICMP error
// with the address it is about, instead of one anonymous ECONNREFUSED on
// connected sockets only.
class LinuxUdpErrorQueue final : public UdpErrorQueue
{
public:
    bool available() const override { return true; }
    void enable(qintptr fd, int family) const override;
    QList<IcmpReport> read(qintptr fd, int max) const override;
};

} // namespace swb::net
