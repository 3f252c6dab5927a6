#include "net/platform/portabledatagrambatch.h"

#include <cerrno>

#include <sys/socket.h>

namespace swb::net {

namespace {

#ifdef MSG_DONTWAIT
constexpr int noWait = MSG_DONTWAIT;
#else
constexpr int noWait = 0; // the descriptor is non-blocking anyway
#endif

} // namespace

int PortableDatagramBatch::receive(qintptr fd)
{
    int received = 0;
    while (received < capacity()) {
        socklen_t length = sizeof(sockaddr_storage);
        const ssize_t size = ::recvfrom(int(fd), slot(received), size_t(slotBytes), noWait,
                                        reinterpret_cast<sockaddr *>(name(received)), &length);
        if (size >= 0) {
            setLength(received++, qsizetype(size));
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        // As recvmmsg() does: an error after some datagrams waits for the next call.
        return received > 0 ? received : -errno;
    }
    return received;
}

} // namespace swb::net
