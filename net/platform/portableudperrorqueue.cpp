#include "net/platform/portableudperrorqueue.h"

namespace swb::net {

void PortableUdpErrorQueue::enable(qintptr fd, int family) const
{
    Q_UNUSED(fd)
    Q_UNUSED(family)
}

QList<IcmpReport> PortableUdpErrorQueue::read(qintptr fd, int max) const
{
    Q_UNUSED(fd)
    Q_UNUSED(max)
    return {};
}

} // namespace swb::net
