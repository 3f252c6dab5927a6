#include "models/sequencelanes.h"

#include <algorithm>

namespace swb::models {

using net::Protocol;
using Kind = SequenceLane::Kind;

namespace {

QString pairKey(const QString &a, const QString &b)
{
    return a + QLatin1Char('|') + b;
}

QString portOf(const QString &address)
{
    return address.mid(address.lastIndexOf(QLatin1Char(':')) + 1);
}

// "tcp:8001" for any address on port 8001; a local socket by its path.
QString placeKey(Protocol protocol, const QString &address)
{
    if (protocol == Protocol::Local)
        return QLatin1String("local:") + address;
    const Protocol family = protocol == Protocol::Http ? Protocol::Tcp : protocol;
    return net::protocolName(family) + QLatin1Char(':') + portOf(address);
}

bool isWildcard(const QString &address)
{
    return address.startsWith(QLatin1String("0.0.0.0:")) || address.startsWith(QLatin1String("[::]:"));
}

} // namespace

void SequenceLanes::clear()
{
    *this = SequenceLanes();
}

bool SequenceLanes::takeChanged()
{
    const bool changed = m_changed;
    m_changed = false;
    return changed;
}

int SequenceLanes::addLane(SequenceLane lane, int afterLaneId)
{
    const bool crowded = int(m_lanes.size()) >= maxLanes;
    if (crowded && (lane.kind == Kind::Connection || lane.kind == Kind::Outside)) {
        // A load test opens thousands of connections: beyond maxLanes they share one lane.
        const int parent = lane.kind == Kind::Connection ? lane.parent : -1;
        if (const auto it = m_overflow.constFind(parent); it != m_overflow.constEnd())
            return *it;
        SequenceLane overflow;
        overflow.kind = Kind::Overflow;
        overflow.title = lane.title;
        overflow.panelId = lane.panelId;
        overflow.protocol = lane.protocol;
        overflow.parent = parent;
        m_lanes.reserve(m_lanes.size() + 1);
        const int id = int(m_lanes.size());
        m_overflow.insert(parent, id);
        overflow.id = id;
        m_lanes.push_back(overflow);
        m_column.push_back(0);
        afterLaneId = parent;
        lane = overflow;
    } else {
        lane.id = int(m_lanes.size());
        m_lanes.push_back(lane);
        m_column.push_back(0);
    }
    auto position = m_order.end();
    if (afterLaneId >= 0) {
        position = std::find(m_order.begin(), m_order.end(), afterLaneId);
        if (position != m_order.end())
            ++position;
        while (position != m_order.end() && m_lanes[size_t(*position)].parent == afterLaneId)
            ++position;
    }
    m_order.insert(position, lane.id);
    for (size_t column = 0; column < m_order.size(); ++column)
        m_column[size_t(m_order[column])] = int(column);
    m_changed = true;
    return lane.id;
}

QString SequenceLanes::panelKey(const net::TrafficEvent &e, Kind kind) const
{
    // Saved traffic files carry the panel's name only.
    const QString panel = e.panelId != 0 ? QStringLiteral("#%1").arg(e.panelId)
                                         : QLatin1Char('@') + e.panel;
    return panel + QLatin1Char(':') + QString::number(int(kind));
}

int SequenceLanes::existingPanelLane(const net::TrafficEvent &e, Kind kind) const
{
    return m_panelLanes.value(panelKey(e, kind), -1);
}

int SequenceLanes::panelLane(const net::TrafficEvent &e, Kind kind)
{
    const QString key = panelKey(e, kind);
    if (const auto it = m_panelLanes.constFind(key); it != m_panelLanes.constEnd())
        return *it;
    SequenceLane lane;
    lane.kind = kind;
    lane.title = e.panel;
    lane.panelId = e.panelId;
    lane.address = e.local;
    lane.protocol = e.protocol;
    const int id = addLane(lane);
    m_panelLanes.insert(key, id);
    return id;
}

void SequenceLanes::renamePanel(int panelId, const QString &name)
{
    if (panelId == 0)
        return;
    for (SequenceLane &lane : m_lanes) {
        if (lane.panelId == panelId)
            lane.title = name;
    }
}

int SequenceLanes::connectionLane(const net::TrafficEvent &e)
{
    const QString key = pairKey(e.local, e.remote);
    if (const auto it = m_endpointLanes.constFind(key); it != m_endpointLanes.constEnd())
        return *it;
    const int listener = panelLane(e, Kind::Listener);
    SequenceLane lane;
    lane.kind = Kind::Connection;
    lane.title = e.panel;
    lane.panelId = e.panelId;
    lane.address = e.remote;
    lane.protocol = e.protocol;
    lane.parent = listener;
    const int id = addLane(lane, listener);
    m_endpointLanes.insert(key, id);
    return id;
}

int SequenceLanes::outsideLane(const net::TrafficEvent &e, const QString &address)
{
    if (const auto it = m_outside.constFind(address); it != m_outside.constEnd())
        return *it;
    SequenceLane lane;
    lane.kind = Kind::Outside;
    lane.address = address;
    lane.protocol = e.protocol;
    const int id = addLane(lane);
    m_outside.insert(address, id);
    return id;
}

int SequenceLanes::ownLane(const net::TrafficEvent &e)
{
    if (e.protocol == Protocol::Udp) {
        const int id = panelLane(e, Kind::Datagram);
        if (!e.local.isEmpty()) {
            m_udpLanes.insert(e.local, id);
            if (lane(id).address.isEmpty())
                lane(id).address = e.local;
        }
        return id;
    }
    const QString key = pairKey(e.local, e.remote);
    if (const auto it = m_endpointLanes.constFind(key); it != m_endpointLanes.constEnd())
        return *it;
    if (existingPanelLane(e, Kind::Listener) >= 0 && !e.remote.isEmpty())
        return connectionLane(e);
    const int client = panelLane(e, Kind::Client);
    if (!e.local.isEmpty() || !e.remote.isEmpty())
        m_endpointLanes.insert(key, client);
    return client;
}

int SequenceLanes::peerLane(const net::TrafficEvent &e) const
{
    if (e.remote.isEmpty())
        return -1;
    if (e.protocol != Protocol::Udp)
        return m_endpointLanes.value(pairKey(e.remote, e.local), -1);
    if (const auto it = m_udpLanes.constFind(e.remote); it != m_udpLanes.constEnd())
        return *it;
    const QString port = portOf(e.remote);
    for (auto it = m_udpLanes.constBegin(); it != m_udpLanes.constEnd(); ++it) {
        if (isWildcard(it.key()) && portOf(it.key()) == port)
            return it.value();
    }
    return -1;
}

int SequenceLanes::remoteLane(const net::TrafficEvent &event, int found)
{
    if (found < 0)
        found = listenerFor(event, event.remote);
    return found >= 0 ? found : outsideLane(event, event.remote);
}

int SequenceLanes::listenerFor(const net::TrafficEvent &e, const QString &address) const
{
    return m_listeners.value(placeKey(e.protocol, address), -1);
}

int SequenceLanes::endpoint(const QString &local, const QString &remote) const
{
    return m_endpointLanes.value(pairKey(local, remote), -1);
}

void SequenceLanes::setListener(const net::TrafficEvent &e, int id)
{
    m_listeners.insert(placeKey(e.protocol, e.local), id);
}

void SequenceLanes::setBound(const QString &address, int id)
{
    m_udpLanes.insert(address, id);
}

void SequenceLanes::setEndpoint(const QString &local, const QString &remote, int id)
{
    m_endpointLanes.insert(pairKey(local, remote), id);
}

} // namespace swb::models
