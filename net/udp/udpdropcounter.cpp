#include "net/udp/udpdropcounter.h"

#include <QFile>
#include <QList>

namespace swb::net {

namespace {

// "  12: 0100007F:1F41 00000000:0000 07 00000000:00000000 00:00000000 00000000  0 0 4242 2 ffff 17"
//  sl   local         remote        st tx_queue:rx_queue tr:when     retrnsmt uid timeout inode ref pointer drops
std::optional<UdpSocketStats> parseTable(const QString &path, const QByteArray &inode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    file.readLine(); // the header
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 13 || fields.at(9) != inode)
            continue;
        UdpSocketStats stats;
        stats.drops = fields.at(12).toLongLong();
        const QByteArray queues = fields.at(4);
        const qsizetype colon = queues.indexOf(':');
        if (colon > 0)
            stats.receiveQueue = queues.mid(colon + 1).toLongLong(nullptr, 16);
        return stats;
    }
    return std::nullopt;
}

} // namespace

std::optional<UdpSocketStats> UdpDropCounter::forInode(quint64 inode, const QString &procDir)
{
    if (inode == 0)
        return std::nullopt;
    const QByteArray key = QByteArray::number(inode);
    // A "::" socket is listed in udp6 only; an IPv4 socket in udp only.
    if (auto stats = parseTable(procDir + QStringLiteral("/udp"), key))
        return stats;
    return parseTable(procDir + QStringLiteral("/udp6"), key);
}

} // namespace swb::net
