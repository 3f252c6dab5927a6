#include "net/platform/udpkernelcounters.h"

#ifdef SWB_PORTABLE
#include "net/platform/portableudpkernelcounters.h"
#else
#include "net/platform/linuxudpkernelcounters.h"
#endif

namespace swb::net {

const UdpKernelCounters &UdpKernelCounters::system()
{
#ifdef SWB_PORTABLE
    static const PortableUdpKernelCounters chosen;
#else
    static const LinuxUdpKernelCounters chosen;
#endif
    return chosen;
}

} // namespace swb::net
