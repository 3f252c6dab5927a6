#include "net/platform/portablereceivebufferforcing.h"

#include "net/udp/udpsocketcalls.h"

#include <sys/socket.h>

namespace swb::net {

int PortableReceiveBufferForcing::enlarge(qintptr fd, int wanted) const
{
    const int before = UdpSocketCalls::receiveBufferSize(fd);
    for (int request = wanted; request > before; request /= 2) {
        if (::setsockopt(int(fd), SOL_SOCKET, SO_RCVBUF, &request, sizeof request) == 0)
            break;
    }
    return UdpSocketCalls::receiveBufferSize(fd);
}

} // namespace swb::net
