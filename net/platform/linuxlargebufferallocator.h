#pragma once

#include "net/platform/largebufferallocator.h"

namespace swb::net {

// Whole 2 MiB multiples get a mapping of their own, aligned to 2 MiB and
// asked for as transparent huge pages (MADV_HUGEPAGE). Storing a fast download
// into fresh malloc()ed memory faulted it in 4 KiB at a time, which on this
// kind of virtual machine took three times as long as copying the bytes. Its
// own mapping, unmapped when the block goes, so that memory freed by trimming
// really goes back (no huge-page holes left in the heap). Other sizes, and a
// failed mapping, fall back to malloc().
class LinuxLargeBufferAllocator final : public LargeBufferAllocator
{
public:
    static constexpr size_t hugePage = size_t(2) << 20;

    LargeBlock allocate(size_t bytes) const override;
    LargeBlock shrink(LargeBlock block, size_t keep) const override;
    void release(LargeBlock block) const override;
};

} // namespace swb::net
