#pragma once

#include <QString>

namespace swb::net {

// What a panel shows about one connection: the laddr/raddr of the notes'
// print(sock), the family, and its counters.
struct ConnectionInfo
{
    quint64 id = 0;
    QString local;
    QString remote;
    QString family;      // "IPv4", "IPv6", "AF_UNIX"
    qint64 sinceMs = 0;  // epoch ms
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 messagesIn = 0;
    qint64 messagesOut = 0;
};

} // namespace swb::net
