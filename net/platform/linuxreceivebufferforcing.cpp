#include "net/platform/linuxreceivebufferforcing.h"

#include "net/udp/udpsocketcalls.h"

#include <QFile>

#include <algorithm>
#include <limits>

#include <sys/socket.h>

namespace swb::net {

int LinuxReceiveBufferForcing::systemLimit() const
{
    QFile file(QStringLiteral("/proc/sys/net/core/rmem_max"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 limit = file.readAll().trimmed().toLongLong(&ok);
    return ok ? int(std::clamp<qint64>(limit, 0, std::numeric_limits<int>::max())) : 0;
}

int LinuxReceiveBufferForcing::enlarge(qintptr fd, int wanted) const
{
    // The kernel doubles the value for its bookkeeping and getsockopt shows the
    // doubled figure; ask for half so the effective size is `wanted`.
    const int request = wanted / 2;
    if (::setsockopt(int(fd), SOL_SOCKET, SO_RCVBUFFORCE, &request, sizeof request) != 0) {
        // Without the privilege the kernel caps SO_RCVBUF at net.core.rmem_max;
        // where that cap is above what we wanted, take all of it.
        const int plain = std::max(request, systemLimit());
        ::setsockopt(int(fd), SOL_SOCKET, SO_RCVBUF, &plain, sizeof plain);
    }
    return UdpSocketCalls::receiveBufferSize(fd);
}

} // namespace swb::net
