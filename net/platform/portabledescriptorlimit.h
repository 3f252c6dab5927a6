#pragma once

#include "net/platform/descriptorlimit.h"

namespace swb::net {

// Leaves the limit to the system, which does not tell it here.
class PortableDescriptorLimit final : public DescriptorLimit
{
public:
    long current() const override { return -1; }
    long raiseToMaximum() const override { return -1; }
};

} // namespace swb::net
