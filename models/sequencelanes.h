#pragma once

#include "net/traffic/trafficevent.h"

#include <QHash>
#include <QString>

#include <vector>

namespace swb::models {

// One vertical line of the sequence diagram: a socket that takes part.
struct SequenceLane
{
    enum class Kind { Listener, Connection, Client, Datagram, Outside, Overflow };
    int id = 0;
    Kind kind = Kind::Client;
    QString title;   // the panel's name; empty for outside peers
    int panelId = 0; // 0: an outside peer, or a panel of an opened file
    QString address; // "127.0.0.1:8001", a path, or the peer's address
    net::Protocol protocol = net::Protocol::Tcp;
    int parent = -1; // a connection's listener lane
    bool closed = false;
};

// The lanes of a SequenceModel and how events find theirs: by panel, by the
// (local, remote) pair of the app's own sockets, by bound UDP address, by the
// port a panel listens on, or as a peer outside the app. Lane ids are stable;
// columns change when a connection's lane goes in next to its server.
class SequenceLanes final
{
public:
    static constexpr int maxLanes = 40;

    void clear();
    int count() const { return int(m_order.size()); }
    const SequenceLane &at(int column) const { return m_lanes[size_t(m_order[size_t(column)])]; }
    const SequenceLane &lane(int id) const { return m_lanes[size_t(id)]; }
    SequenceLane &lane(int id) { return m_lanes[size_t(id)]; }
    int columnOf(int id) const { return m_column[size_t(id)]; }
    // True once after lanes were added or reordered.
    bool takeChanged();

    int panelLane(const net::TrafficEvent &event, SequenceLane::Kind kind);
    int existingPanelLane(const net::TrafficEvent &event, SequenceLane::Kind kind) const;
    int connectionLane(const net::TrafficEvent &event);
    int outsideLane(const net::TrafficEvent &event, const QString &address);
    // The lane of the app's socket this event happened on.
    int ownLane(const net::TrafficEvent &event);
    // The lane of the app's socket at the other end, or -1 (outside the app).
    int peerLane(const net::TrafficEvent &event) const;
    int listenerFor(const net::TrafficEvent &event, const QString &address) const;
    // The lane of the event's remote address: found when it is >= 0, else the
    // app's listener on that address, else a lane for the outside peer.
    int remoteLane(const net::TrafficEvent &event, int found);
    int endpoint(const QString &local, const QString &remote) const;

    // The panel's lanes take the name it has now (renamed, or the language switched).
    void renamePanel(int panelId, const QString &name);
    void setListener(const net::TrafficEvent &event, int lane);
    void setBound(const QString &address, int lane);
    void setEndpoint(const QString &local, const QString &remote, int lane);

private:
    int addLane(SequenceLane lane, int afterLaneId = -1);
    QString panelKey(const net::TrafficEvent &event, SequenceLane::Kind kind) const;

    std::vector<SequenceLane> m_lanes; // by id
    std::vector<int> m_order;          // lane ids, left to right
    std::vector<int> m_column;         // lane id -> column
    QHash<QString, int> m_panelLanes;    // panel + kind
    QHash<QString, int> m_endpointLanes; // "local|remote" -> lane of the app's socket
    QHash<QString, int> m_udpLanes;      // bound local address -> lane
    QHash<QString, int> m_listeners;     // "tcp:8001" -> listener lane
    QHash<QString, int> m_outside;       // address -> outside lane
    QHash<int, int> m_overflow;          // parent lane (or -1) -> overflow lane
    bool m_changed = false;
};

} // namespace swb::models
