#include "net/udp/udppeerinfo.h"

namespace swb::net {

namespace {
// A name is a word or two, not a sentence that happens to hold a colon.
constexpr qsizetype maxNameBytes = 48;
} // namespace

QByteArray UdpPeerInfo::chatNameBytes(const QByteArray &datagram)
{
    const qsizetype colon = datagram.indexOf(':');
    if (colon <= 0 || colon > maxNameBytes + 8)
        return QByteArray();
    const qsizetype after = colon + 1;
    if (after < datagram.size()) {
        const char next = datagram.at(after);
        if (next != ' ' && next != '\t' && next != '\r' && next != '\n')
            return QByteArray();
    }
    const QByteArray name = datagram.left(colon).trimmed();
    if (name.isEmpty() || name.size() > maxNameBytes)
        return QByteArray();
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return QByteArray(); // control characters never make a name
    }
    return name;
}

} // namespace swb::net
