#pragma once

#include <cstddef>

namespace swb::net {

// A block of memory; `mapped` is the length of its own mapping, 0 when it
// came from malloc().
struct LargeBlock
{
    char *bytes = nullptr;
    size_t mapped = 0;
};

// Large, long-lived byte blocks (the traffic store's chunks). Linux gives
// whole 2 MiB multiples their own mapping asked for as transparent huge pages
// (LinuxLargeBufferAllocator); the fallback is plain malloc()/realloc()/free()
// (PortableLargeBufferAllocator). Either way a block is `bytes` long, may be
// shrunk to its used start, and is released by the allocator that made it.
class LargeBufferAllocator
{
public:
    virtual ~LargeBufferAllocator() = default;
    // The one this build uses.
    static const LargeBufferAllocator &system();

    // bytes == nullptr when there is no memory.
    virtual LargeBlock allocate(size_t bytes) const = 0;
    // Gives back what lies past `keep` (> 0). The block may move; on failure
    // the old block is returned unchanged.
    virtual LargeBlock shrink(LargeBlock block, size_t keep) const = 0;
    virtual void release(LargeBlock block) const = 0;
};

} // namespace swb::net
