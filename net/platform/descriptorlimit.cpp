#include "net/platform/descriptorlimit.h"

#ifdef SWB_PORTABLE
#include "net/platform/portabledescriptorlimit.h"
#else
#include "net/platform/linuxdescriptorlimit.h"
#endif

namespace swb::net {

const DescriptorLimit &DescriptorLimit::system()
{
#ifdef SWB_PORTABLE
    static const PortableDescriptorLimit chosen;
#else
    static const LinuxDescriptorLimit chosen;
#endif
    return chosen;
}

} // namespace swb::net
