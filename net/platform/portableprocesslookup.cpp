#include "net/platform/portableprocesslookup.h"

namespace swb::net {

std::optional<QByteArray> PortableProcessLookup::socketTable(const QString &table) const
{
    Q_UNUSED(table)
    return std::nullopt;
}

QHash<quint64, qint64> PortableProcessLookup::socketOwners(const QSet<quint64> &inodes) const
{
    Q_UNUSED(inodes)
    return {};
}

QString PortableProcessLookup::processName(qint64 pid) const
{
    Q_UNUSED(pid)
    return QString();
}

QString PortableProcessLookup::commandLine(qint64 pid) const
{
    return processName(pid);
}

} // namespace swb::net
