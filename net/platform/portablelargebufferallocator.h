#pragma once

#include "net/platform/largebufferallocator.h"

namespace swb::net {

// malloc() chunks: what the C library gives, wherever it gets it from.
class PortableLargeBufferAllocator final : public LargeBufferAllocator
{
public:
    LargeBlock allocate(size_t bytes) const override;
    LargeBlock shrink(LargeBlock block, size_t keep) const override;
    void release(LargeBlock block) const override;
};

} // namespace swb::net
