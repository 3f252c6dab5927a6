#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace swb::net {

// One sender a UDP panel has heard from (or replied to): its address, the name
// it gave in "name : text" datagrams (the notes' udp chat), and its counters.
// Plain data, so models can show it without knowing any socket class.
struct UdpPeerInfo
{
    quint64 id = 0;
    QString address;      // "host:port", IPv6 as "[::1]:port"
    QHostAddress host;    // IPv4-mapped IPv6 addresses are kept as IPv4
    quint16 port = 0;
    QString name;         // empty until a datagram of the form "name : text" arrives
    QByteArray nameBytes; // the undecoded name, so a repeated name is not decoded again
    qint64 datagramsIn = 0;
    qint64 bytesIn = 0;
    qint64 datagramsOut = 0;
    qint64 bytesOut = 0;
    qint64 firstMs = 0;   // epoch ms
    qint64 lastMs = 0;

    // The name in "alex : 我要退学" (or "alex: hi"), trimmed, as bytes; empty when the
    // datagram does not look like that. The colon must be followed by a space or end
    // the datagram, so "12:30" and "%H:%M:%S" (the udp-time formats) are not names.
    static QByteArray chatNameBytes(const QByteArray &datagram);
};

} // namespace swb::net
