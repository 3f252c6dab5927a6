#include "net/platform/udperrorqueue.h"

#ifdef SWB_PORTABLE
#include "net/platform/portableudperrorqueue.h"
#else
#include "net/platform/linuxudperrorqueue.h"
#endif

namespace swb::net {

const UdpErrorQueue &UdpErrorQueue::system()
{
#ifdef SWB_PORTABLE
    static const PortableUdpErrorQueue chosen;
#else
    static const LinuxUdpErrorQueue chosen;
#endif
    return chosen;
}

} // namespace swb::net
