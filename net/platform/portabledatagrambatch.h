#pragma once

#include "net/platform/datagrambatch.h"

namespace swb::net {

// One POSIX recvfrom() per datagram until the socket has nothing more (the
// socket is non-blocking: Qt makes every socket it adopts so).
class PortableDatagramBatch final : public DatagramBatch
{
public:
    using DatagramBatch::DatagramBatch;
    int receive(qintptr fd) override;
};

} // namespace swb::net
