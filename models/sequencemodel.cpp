#include "models/sequencemodel.h"

#include "models/trafficmodel.h"
#include "models/trafficpreview.h"

#include <algorithm>

namespace swb::models {

using net::EventKind;
using net::Protocol;
using Kind = SequenceLane::Kind;

namespace {

constexpr size_t maxPendingPerPair = 10000;

QString pairKey(const QString &a, const QString &b)
{
    return a + QLatin1Char('|') + b;
}

} // namespace

SequenceModel::SequenceModel(QObject *parent)
    : QObject(parent)
{
}

SequenceModel::~SequenceModel() = default;

void SequenceModel::setSource(TrafficModel *model)
{
    if (m_source)
        m_source->disconnect(this);
    m_source = model;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); });
        connect(model, &QAbstractItemModel::modelReset, this, &SequenceModel::rebuild);
    }
    rebuild();
}

TrafficModel *SequenceModel::source() const
{
    return m_source;
}

void SequenceModel::setMaxArrows(int count)
{
    m_maxArrows = std::max(count, 1);
    trim();
}

void SequenceModel::clear()
{
    m_lanes.clear();
    m_arrows.clear();
    m_firstArrow = 0;
    m_rowsRemoved = 0;
    m_dropped = 0;
    m_rowToArrow.clear();
    m_pending.clear();
    m_closeArrows.clear();
    if (!m_batch)
        emit modelReset();
}

void SequenceModel::rebuild()
{
    m_batch = true;
    clear();
    if (m_source) {
        const int rows = m_source->rowCount();
        for (int row = 0; row < rows; ++row) {
            const auto e = m_source->event(row);
            addEvent(e, row);
        }
    }
    m_batch = false;
    m_lanes.takeChanged();
    emit modelReset();
}

void SequenceModel::onRowsInserted(int first, int last)
{
    const qint64 firstBefore = m_firstArrow;
    const int countBefore = arrowCount();
    m_batch = true;
    for (int row = first; row <= last; ++row) {
        const auto e = m_source->event(row);
        addEvent(e, row);
    }
    m_batch = false;
    endBatch(firstBefore, countBefore);
}

void SequenceModel::endBatch(qint64 firstBefore, int countBefore)
{
    // One signal of each kind per batch: the view relayouts once, not per event.
    const int dropped = int(m_firstArrow - firstBefore);
    if (m_lanes.takeChanged())
        emit lanesChanged();
    if (dropped > 0)
        emit arrowsRemoved(dropped);
    const int first = std::max(0, countBefore - dropped);
    if (arrowCount() > first)
        emit arrowsAdded(first, arrowCount() - 1);
}

void SequenceModel::onRowsRemoved(int first, int last)
{
    if (first != 0) {
        rebuild();
        return;
    }
    m_rowsRemoved += last - first + 1;
    int count = 0;
    while (!m_arrows.empty() && m_arrows.front().row < m_rowsRemoved) {
        m_rowToArrow.remove(m_arrows.front().row);
        m_rowToArrow.remove(m_arrows.front().otherRow);
        m_arrows.pop_front();
        ++m_firstArrow;
        ++count;
    }
    if (count > 0)
        emit arrowsRemoved(count);
}

int SequenceModel::sourceRow(int arrowIndex) const
{
    const qint64 row = m_arrows[size_t(arrowIndex)].row - m_rowsRemoved;
    return row >= 0 ? int(row) : -1;
}

int SequenceModel::otherSourceRow(int arrowIndex) const
{
    const qint64 other = m_arrows[size_t(arrowIndex)].otherRow;
    return other >= m_rowsRemoved ? int(other - m_rowsRemoved) : -1;
}

int SequenceModel::arrowForRow(int row) const
{
    const qint64 number = m_rowToArrow.value(row + m_rowsRemoved, -1);
    return number >= m_firstArrow ? int(number - m_firstArrow) : -1;
}

void SequenceModel::addArrow(SequenceArrow arrow)
{
    m_arrows.push_back(std::move(arrow));
    const qint64 number = m_firstArrow + qint64(m_arrows.size()) - 1;
    m_rowToArrow.insert(m_arrows.back().row, number);
}

void SequenceModel::linkRow(qint64 arrowNumber, qint64 row)
{
    if (arrowNumber < m_firstArrow)
        return;
    SequenceArrow &arrow = m_arrows[size_t(arrowNumber - m_firstArrow)];
    if (arrow.otherRow < 0)
        arrow.otherRow = row;
    m_rowToArrow.insert(row, arrowNumber);
}

void SequenceModel::trim()
{
    int count = 0;
    while (int(m_arrows.size()) > m_maxArrows) {
        const SequenceArrow &front = m_arrows.front();
        if (m_rowToArrow.value(front.row, -1) == m_firstArrow)
            m_rowToArrow.remove(front.row);
        if (m_rowToArrow.value(front.otherRow, -1) == m_firstArrow)
            m_rowToArrow.remove(front.otherRow);
        m_arrows.pop_front();
        ++m_firstArrow;
        ++m_dropped;
        ++count;
    }
    if (count > 0 && !m_batch)
        emit arrowsRemoved(count);
}

void SequenceModel::addEvent(const net::TrafficEvent &e, int sourceRowNumber)
{
    if (m_batch) {
        add(e, sourceRowNumber);
        return;
    }
    const qint64 firstBefore = m_firstArrow;
    const int countBefore = arrowCount();
    m_batch = true;
    add(e, sourceRowNumber);
    m_batch = false;
    endBatch(firstBefore, countBefore);
}

void SequenceModel::add(const net::TrafficEvent &e, int sourceRowNumber)
{
    const qint64 row = sourceRowNumber + m_rowsRemoved;
    SequenceArrow a;
    a.row = row;
    a.timeMs = e.timeMs;
    switch (e.kind) {
    case EventKind::Listen: {
        const bool udp = e.protocol == Protocol::Udp;
        const int lane = m_lanes.panelLane(e, udp ? Kind::Datagram : Kind::Listener);
        m_lanes.lane(lane).address = e.local;
        m_lanes.lane(lane).closed = false;
        if (udp)
            m_lanes.setBound(e.local, lane);
        else
            m_lanes.setListener(e, lane);
        a.kind = SequenceArrow::Kind::Listen;
        a.from = a.to = lane;
        a.label = e.local;
        addArrow(a);
        break;
    }
    case EventKind::Accept: {
        const int lane = m_lanes.connectionLane(e);
        a.kind = SequenceArrow::Kind::Accept;
        a.from = m_lanes.lane(lane).parent >= 0 ? m_lanes.lane(lane).parent : lane;
        a.to = lane;
        a.label = e.remote;
        addArrow(a);
        break;
    }
    case EventKind::Connect: {
        const int lane = m_lanes.panelLane(e, Kind::Client);
        m_lanes.lane(lane).address = e.local;
        m_lanes.lane(lane).closed = false;
        m_lanes.setEndpoint(e.local, e.remote, lane);
        a.kind = SequenceArrow::Kind::Connect;
        a.from = lane;
        a.to = m_lanes.remoteLane(e, m_lanes.endpoint(e.remote, e.local));
        a.label = e.remote;
        addArrow(a);
        break;
    }
    case EventKind::Send:
    case EventKind::Recv:
        onData(e, row);
        break;
    case EventKind::Close:
        onClose(e, row);
        break;
    case EventKind::Error: {
        int lane = -1;
        if (!e.local.isEmpty() || e.protocol == Protocol::Udp) {
            lane = m_lanes.ownLane(e);
        } else {
            for (const Kind kind : {Kind::Client, Kind::Listener, Kind::Datagram}) {
                lane = m_lanes.existingPanelLane(e, kind);
                if (lane >= 0)
                    break;
            }
            if (lane < 0)
                lane = m_lanes.panelLane(e, Kind::Client);
        }
        a.kind = SequenceArrow::Kind::Error;
        a.from = lane;
        a.to = e.remote.isEmpty() ? lane : m_lanes.remoteLane(e, m_lanes.peerLane(e));
        a.label = e.text;
        addArrow(a);
        break;
    }
    case EventKind::Info:
        break;
    }
    trim();
}

void SequenceModel::onData(const net::TrafficEvent &e, qint64 row)
{
    const int own = m_lanes.ownLane(e);
    const int peer = m_lanes.peerLane(e);
    SequenceArrow a;
    a.kind = SequenceArrow::Kind::Data;
    a.row = row;
    a.timeMs = e.timeMs;
    a.bytes = e.data.size();
    const net::TextEncoding encoding = m_source ? m_source->previewEncoding() : net::TextEncoding::Utf8;
    a.label = TrafficPreview::make(e.data, encoding, previewChars);
    if (e.kind == EventKind::Send) {
        a.from = own;
        a.to = peer >= 0 ? peer : m_lanes.outsideLane(e, e.remote);
        addArrow(a);
        if (peer >= 0) {
            auto &queue = m_pending[QStringLiteral("%1>%2").arg(own).arg(peer)];
            queue.push_back({m_firstArrow + qint64(m_arrows.size()) - 1, std::max<qint64>(a.bytes, 1)});
            if (queue.size() > maxPendingPerPair)
                queue.pop_front();
        }
        return;
    }
    if (peer >= 0) {
        auto &queue = m_pending[QStringLiteral("%1>%2").arg(peer).arg(own)];
        if (!queue.empty()) {
            // TCP may merge sends or split them: the bytes say which send(s) this recv holds.
            linkRow(queue.front().arrow, row);
            qint64 remaining = std::max<qint64>(a.bytes, 1);
            while (!queue.empty() && remaining > 0) {
                if (e.protocol == Protocol::Udp) {
                    queue.pop_front(); // one datagram, one send
                    break;
                }
                const qint64 take = std::min(remaining, queue.front().remaining);
                queue.front().remaining -= take;
                remaining -= take;
                if (queue.front().remaining == 0)
                    queue.pop_front();
            }
            return;
        }
    }
    a.from = peer >= 0 ? peer : m_lanes.outsideLane(e, e.remote);
    a.to = own;
    addArrow(a);
}

void SequenceModel::onClose(const net::TrafficEvent &e, qint64 row)
{
    SequenceArrow a;
    a.kind = SequenceArrow::Kind::Close;
    a.reset = e.reset;
    a.row = row;
    a.timeMs = e.timeMs;
    a.label = e.text;
    if (e.remote.isEmpty()) {
        // A server stopped or a UDP socket closed: the end of its lane.
        const bool udp = e.protocol == Protocol::Udp;
        const int lane = udp ? m_lanes.panelLane(e, Kind::Datagram) : m_lanes.panelLane(e, Kind::Listener);
        m_lanes.lane(lane).closed = true;
        a.from = a.to = lane;
        addArrow(a);
        return;
    }
    const int own = m_lanes.ownLane(e);
    const int peer = m_lanes.peerLane(e);
    m_lanes.lane(own).closed = true;
    if (peer >= 0) {
        const QString key = pairKey(QString::number(std::min(own, peer)),
                                    QString::number(std::max(own, peer)));
        if (const auto it = m_closeArrows.constFind(key); it != m_closeArrows.constEnd()) {
            // The second side's close belongs to the first side's arrow.
            linkRow(*it, row);
            m_closeArrows.remove(key);
            return;
        }
        a.from = own;
        a.to = peer;
        addArrow(a);
        m_closeArrows.insert(key, m_firstArrow + qint64(m_arrows.size()) - 1);
        return;
    }
    a.from = own;
    a.to = m_lanes.outsideLane(e, e.remote);
    addArrow(a);
}

} // namespace swb::models
