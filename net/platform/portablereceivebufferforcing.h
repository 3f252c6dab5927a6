#pragma once

#include "net/platform/receivebufferforcing.h"

namespace swb::net {

// Plain SO_RCVBUF: the whole request, then half of it, and so on, because some
// systems refuse a request above their maximum instead of capping it.
class PortableReceiveBufferForcing final : public ReceiveBufferForcing
{
public:
    int enlarge(qintptr fd, int wanted) const override;
    int systemLimit() const override { return 0; }
};

} // namespace swb::net
