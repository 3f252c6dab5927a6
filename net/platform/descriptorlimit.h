#pragma once

namespace swb::net {

// How many descriptors this process may open. A server panel with a thousand
// clients needs a thousand; the usual soft limit of 1024 would make accept()
// fail long before that. Linux raises the soft RLIMIT_NOFILE to the hard one
// (LinuxDescriptorLimit); the fallback leaves the system's limit as it is and
// cannot tell it (PortableDescriptorLimit: -1).
class DescriptorLimit
{
public:
    virtual ~DescriptorLimit() = default;
    // The one this build uses.
    static const DescriptorLimit &system();

    // The limit now; -1 when the system does not say.
    virtual long current() const = 0;
    // Raises the limit as far as allowed; returns current() afterwards.
    virtual long raiseToMaximum() const = 0;
};

} // namespace swb::net
