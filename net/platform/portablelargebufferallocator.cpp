#include "net/platform/portablelargebufferallocator.h"

#include <cstdlib>

namespace swb::net {

LargeBlock PortableLargeBufferAllocator::allocate(size_t bytes) const
{
    return {static_cast<char *>(std::malloc(bytes)), 0};
}

LargeBlock PortableLargeBufferAllocator::shrink(LargeBlock block, size_t keep) const
{
    if (keep == 0 || block.mapped != 0)
        return block;
    // Rows refer to (chunk, offset), never to addresses: a move does not matter.
    if (char *shrunk = static_cast<char *>(std::realloc(block.bytes, keep)))
        return {shrunk, 0};
    return block;
}

void PortableLargeBufferAllocator::release(LargeBlock block) const
{
    std::free(block.bytes);
}

} // namespace swb::net
