#include "net/platform/linuxudperrorqueue.h"

#include <cstring>

#include <linux/errqueue.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace swb::net {

void LinuxUdpErrorQueue::enable(qintptr fd, int family) const
{
    const int on = 1;
    ::setsockopt(int(fd), SOL_IP, IP_RECVERR, &on, sizeof on);
    if (family == AF_INET6)
        ::setsockopt(int(fd), SOL_IPV6, IPV6_RECVERR, &on, sizeof on);
}

QList<IcmpReport> LinuxUdpErrorQueue::read(qintptr fd, int max) const
{
    QList<IcmpReport> reports;
    for (int i = 0; i < max; ++i) {
        sockaddr_storage name{};
        char data[64];
        char control[512];
        iovec iov{data, sizeof data};
        msghdr message{};
        message.msg_name = &name;
        message.msg_namelen = sizeof name;
        message.msg_iov = &iov;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        if (::recvmsg(int(fd), &message, MSG_ERRQUEUE | MSG_DONTWAIT) < 0)
            break; // EAGAIN: the queue is empty
        IcmpReport report;
        report.address = UdpSocketCalls::senderOf(name, &report.port);
        for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
            const bool v4 = c->cmsg_level == SOL_IP && c->cmsg_type == IP_RECVERR;
            const bool v6 = c->cmsg_level == SOL_IPV6 && c->cmsg_type == IPV6_RECVERR;
            if (!v4 && !v6)
                continue;
            sock_extended_err error{};
            std::memcpy(&error, CMSG_DATA(c), sizeof error);
            report.errorNumber = int(error.ee_errno);
            report.fromIcmp = error.ee_origin == SO_EE_ORIGIN_ICMP
                || error.ee_origin == SO_EE_ORIGIN_ICMP6;
            report.icmpType = error.ee_type;
            report.icmpCode = error.ee_code;
        }
        reports << report;
    }
    return reports;
}

} // namespace swb::net
