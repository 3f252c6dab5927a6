#include "net/platform/linuxlargebufferallocator.h"

#include "net/platform/portablelargebufferallocator.h"

#include <QtGlobal>

#include <sys/mman.h>

namespace swb::net {

namespace {

constexpr size_t smallPage = 4096;

size_t roundUp(size_t bytes, size_t unit)
{
    return (bytes + unit - 1) / unit * unit;
}

char *mapAligned(size_t bytes, size_t alignment)
{
    const size_t length = bytes + alignment;
    void *memory = ::mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                          -1, 0);
    if (memory == MAP_FAILED)
        return nullptr;
    char *base = static_cast<char *>(memory);
    char *aligned = reinterpret_cast<char *>(roundUp(reinterpret_cast<quintptr>(base), alignment));
    if (aligned > base)
        ::munmap(base, size_t(aligned - base));
    const size_t tail = size_t(base + length - (aligned + bytes));
    if (tail > 0)
        ::munmap(aligned + bytes, tail);
    ::madvise(aligned, bytes, MADV_HUGEPAGE); // a hint: ignored where THP is off
    return aligned;
}

} // namespace

LargeBlock LinuxLargeBufferAllocator::allocate(size_t bytes) const
{
    if (bytes > 0 && bytes % hugePage == 0) {
        if (char *mapped = mapAligned(bytes, hugePage))
            return {mapped, bytes};
    }
    return PortableLargeBufferAllocator().allocate(bytes);
}

LargeBlock LinuxLargeBufferAllocator::shrink(LargeBlock block, size_t keep) const
{
    if (block.mapped == 0)
        return PortableLargeBufferAllocator().shrink(block, keep);
    const size_t kept = roundUp(keep, smallPage);
    if (keep == 0 || kept >= block.mapped)
        return block;
    ::munmap(block.bytes + kept, block.mapped - kept);
    return {block.bytes, kept};
}

void LinuxLargeBufferAllocator::release(LargeBlock block) const
{
    if (block.mapped > 0)
        ::munmap(block.bytes, block.mapped);
    else
        PortableLargeBufferAllocator().release(block);
}

} // namespace swb::net
