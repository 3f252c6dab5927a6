#pragma once

#include "net/udp/udppeerinfo.h"

#include <QHash>
#include <QHostAddress>
#include <QList>

namespace swb::net {

// The senders a UDP socket has heard from, found by address and port. Looked
// up once per datagram, so the last sender is remembered (a flood usually
// comes from one) and each sender's "host:port" text is made only once.
class UdpPeerTable final
{
public:
    // More senders than this are still received and recorded, just not listed.
    static constexpr int maxPeers = 4096;

    // The sender's entry, created if new (*added is then true); nullptr when the
    // table is full.
    UdpPeerInfo *find(const QHostAddress &address, quint16 port, qint64 nowMs, bool *added);
    const UdpPeerInfo *byId(quint64 id) const;
    // Counts a datagram sent to a sender we know; others are not added.
    void countSent(const QHostAddress &address, quint16 port, qint64 bytes);
    QList<UdpPeerInfo> all() const { return m_peers; }
    int size() const { return int(m_peers.size()); }
    void clear();

private:
    struct Key
    {
        QHostAddress address;
        quint16 port = 0;
        bool operator==(const Key &other) const
        {
            return port == other.port && address == other.address;
        }
    };
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.address, key.port); }

    QList<UdpPeerInfo> m_peers;
    QHash<Key, int> m_index;
    Key m_lastKey;
    int m_lastIndex = -1;
    quint64 m_nextId = 1;
};

} // namespace swb::net
