#pragma once

#include "net/platform/datagrambatch.h"

#include <vector>

struct iovec;
struct mmsghdr;

namespace swb::net {

// recvmmsg(): the whole batch in one system call. At 50,000 datagrams a
// second on a busy machine, that difference decides what the kernel drops.
class LinuxDatagramBatch final : public DatagramBatch
{
public:
    explicit LinuxDatagramBatch(int capacity);
    ~LinuxDatagramBatch() override;
    int receive(qintptr fd) override;

private:
    std::vector<mmsghdr> m_messages;
    std::vector<iovec> m_vectors;
};

} // namespace swb::net
