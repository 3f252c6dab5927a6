#include "net/udp/udppeertable.h"

#include "net/traffic/trafficevent.h"

namespace swb::net {

namespace {

// A dual-stack "::" socket hears IPv4 senders as ::ffff:a.b.c.d; one sender, one key.
QHostAddress normalized(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped && address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(v4)
                                                                          : address;
}

} // namespace

UdpPeerInfo *UdpPeerTable::find(const QHostAddress &address, quint16 port, qint64 nowMs,
                                bool *added)
{
    *added = false;
    if (m_lastIndex >= 0 && port == m_lastKey.port && address == m_lastKey.address)
        return &m_peers[m_lastIndex];
    Key key{normalized(address), port};
    int index = m_index.value(key, -1);
    if (index < 0) {
        if (m_peers.size() >= maxPeers)
            return nullptr;
        UdpPeerInfo info;
        info.id = m_nextId++;
        info.address = formatEndpoint(address, port);
        info.host = key.address;
        info.port = port;
        info.firstMs = nowMs;
        index = int(m_peers.size());
        m_peers.append(info);
        m_index.insert(key, index);
        *added = true;
    }
    m_lastKey = std::move(key);
    m_lastIndex = index;
    return &m_peers[index];
}

void UdpPeerTable::countSent(const QHostAddress &address, quint16 port, qint64 bytes)
{
    const int index = m_index.value(Key{normalized(address), port}, -1);
    if (index < 0)
        return;
    ++m_peers[index].datagramsOut;
    m_peers[index].bytesOut += bytes;
}

const UdpPeerInfo *UdpPeerTable::byId(quint64 id) const
{
    // Ids are handed out in order and never removed, so the id is the position.
    const qsizetype index = qsizetype(id) - 1;
    return index >= 0 && index < m_peers.size() ? &m_peers.at(index) : nullptr;
}

void UdpPeerTable::clear()
{
    m_peers.clear();
    m_index.clear();
    m_lastKey = Key();
    m_lastIndex = -1;
    m_nextId = 1;
}

} // namespace swb::net
