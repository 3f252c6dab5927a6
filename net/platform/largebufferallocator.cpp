#include "net/platform/largebufferallocator.h"

#ifdef SWB_PORTABLE
#include "net/platform/portablelargebufferallocator.h"
#else
#include "net/platform/linuxlargebufferallocator.h"
#endif

namespace swb::net {

const LargeBufferAllocator &LargeBufferAllocator::system()
{
#ifdef SWB_PORTABLE
    static const PortableLargeBufferAllocator chosen;
#else
    static const LinuxLargeBufferAllocator chosen;
#endif
    return chosen;
}

} // namespace swb::net
