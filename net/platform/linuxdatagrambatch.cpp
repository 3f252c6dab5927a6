#include "net/platform/linuxdatagrambatch.h"

#include <cerrno>

#include <sys/socket.h>
#include <sys/uio.h>

namespace swb::net {

LinuxDatagramBatch::LinuxDatagramBatch(int capacity)
    : DatagramBatch(capacity)
    , m_messages(size_t(this->capacity()))
    , m_vectors(size_t(this->capacity()))
{
}

LinuxDatagramBatch::~LinuxDatagramBatch() = default;

int LinuxDatagramBatch::receive(qintptr fd)
{
    const int count = capacity();
    for (int i = 0; i < count; ++i) {
        m_vectors[size_t(i)] = iovec{slot(i), size_t(slotBytes)};
        msghdr &header = m_messages[size_t(i)].msg_hdr;
        header = msghdr{};
        header.msg_name = name(i);
        header.msg_namelen = sizeof(sockaddr_storage);
        header.msg_iov = &m_vectors[size_t(i)];
        header.msg_iovlen = 1;
    }
    int received;
    do {
        received = ::recvmmsg(int(fd), m_messages.data(), unsigned(count), MSG_DONTWAIT, nullptr);
    } while (received < 0 && errno == EINTR);
    if (received < 0)
        return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -errno;
    for (int i = 0; i < received; ++i)
        setLength(i, qsizetype(m_messages[size_t(i)].msg_len));
    return received;
}

} // namespace swb::net
