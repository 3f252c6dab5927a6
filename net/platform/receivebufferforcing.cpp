#include "net/platform/receivebufferforcing.h"

#ifdef SWB_PORTABLE
#include "net/platform/portablereceivebufferforcing.h"
#else
#include "net/platform/linuxreceivebufferforcing.h"
#endif

namespace swb::net {

const ReceiveBufferForcing &ReceiveBufferForcing::system()
{
#ifdef SWB_PORTABLE
    static const PortableReceiveBufferForcing chosen;
#else
    static const LinuxReceiveBufferForcing chosen;
#endif
    return chosen;
}

} // namespace swb::net
