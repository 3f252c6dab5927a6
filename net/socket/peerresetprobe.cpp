#include "net/socket/peerresetprobe.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace swb::net {

PeerResetProbe::PeerResetProbe(qintptr descriptor)
    : m_fd(descriptor >= 0 ? ::fcntl(int(descriptor), F_DUPFD_CLOEXEC, 0) : -1)
{
}

PeerResetProbe::~PeerResetProbe()
{
    release();
}

bool PeerResetProbe::wasReset() const
{
    if (m_fd < 0)
        return false;
    tcp_info info{};
    socklen_t size = sizeof info;
    if (::getsockopt(m_fd, IPPROTO_TCP, TCP_INFO, &info, &size) != 0)
        return false;
    return info.tcpi_state == TCP_CLOSE;
}

void PeerResetProbe::release()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace swb::net
