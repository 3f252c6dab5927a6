#include "net/platform/portableudpkernelcounters.h"

namespace swb::net {

std::optional<UdpSocketStats> PortableUdpKernelCounters::forSocket(quint64 inode) const
{
    Q_UNUSED(inode)
    return std::nullopt;
}

} // namespace swb::net
