#include "net/platform/linuxdescriptorlimit.h"

#include <limits>

#include <sys/resource.h>

namespace swb::net {

long LinuxDescriptorLimit::current() const
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur > rlim_t(std::numeric_limits<long>::max()))
        return std::numeric_limits<long>::max();
    return long(limit.rlim_cur);
}

long LinuxDescriptorLimit::raiseToMaximum() const
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    return current();
}

} // namespace swb::net
