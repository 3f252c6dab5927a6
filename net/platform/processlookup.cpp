#include "net/platform/processlookup.h"

#ifdef SWB_PORTABLE
#include "net/platform/portableprocesslookup.h"
#else
#include "net/platform/linuxprocesslookup.h"
#endif

namespace swb::net {

const ProcessLookup &ProcessLookup::system()
{
#ifdef SWB_PORTABLE
    static const PortableProcessLookup chosen;
#else
    static const LinuxProcessLookup chosen;
#endif
    return chosen;
}

} // namespace swb::net
