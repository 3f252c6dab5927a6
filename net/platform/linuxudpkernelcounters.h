#pragma once

#include "net/platform/udpkernelcounters.h"

#include <QString>

namespace swb::net {

// The socket's line in /proc/net/udp or udp6, found by its inode.
class LinuxUdpKernelCounters final : public UdpKernelCounters
{
public:
    // `procNet` is "/proc/net" except in tests.
    explicit LinuxUdpKernelCounters(const QString &procNet = QStringLiteral("/proc/net"));
    bool available() const override;
    std::optional<UdpSocketStats> forSocket(quint64 inode) const override;

private:
    QString m_procNet;
};

} // namespace swb::net
