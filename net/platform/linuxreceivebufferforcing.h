#pragma once

#include "net/platform/receivebufferforcing.h"

namespace swb::net {

// SO_RCVBUFFORCE (root may use it), else SO_RCVBUF up to net.core.rmem_max.
class LinuxReceiveBufferForcing final : public ReceiveBufferForcing
{
public:
    int enlarge(qintptr fd, int wanted) const override;
    // From /proc/sys/net/core/rmem_max.
    int systemLimit() const override;
};

} // namespace swb::net
