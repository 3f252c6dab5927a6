#pragma once

#include "net/platform/descriptorlimit.h"

namespace swb::net {

// getrlimit/setrlimit(RLIMIT_NOFILE): soft limit up to the hard one.
class LinuxDescriptorLimit final : public DescriptorLimit
{
public:
    long current() const override;
    long raiseToMaximum() const override;
};

} // namespace swb::net
