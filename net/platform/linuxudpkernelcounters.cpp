#include "net/platform/linuxudpkernelcounters.h"

#include <QFileInfo>

namespace swb::net {

LinuxUdpKernelCounters::LinuxUdpKernelCounters(const QString &procNet)
    : m_procNet(procNet)
{
}

bool LinuxUdpKernelCounters::available() const
{
    // A container may hide /proc; then there is nothing to read after all.
    return QFileInfo::exists(m_procNet + QStringLiteral("/udp"));
}

std::optional<UdpSocketStats> LinuxUdpKernelCounters::forSocket(quint64 inode) const
{
    return UdpDropCounter::forInode(inode, m_procNet);
}

} // namespace swb::net
