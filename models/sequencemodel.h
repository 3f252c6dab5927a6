#pragma once

#include "models/sequencelanes.h"
#include "net/traffic/trafficevent.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>

namespace swb::models {

class TrafficModel;

// One step of the conversation: an arrow between two lanes (or a mark on one
// lane when from == to).
struct SequenceArrow
{
    enum class Kind { Listen, Connect, Accept, Data, Close, Error };
    Kind kind = Kind::Data;
    int from = 0; // lane ids
    int to = 0;
    qint64 row = -1;      // the traffic row (absolute, see SequenceModel::sourceRow)
    qint64 otherRow = -1; // the peer's matching row (its recv of this send), if any
    qint64 timeMs = 0;
    qint64 bytes = 0;
    QString label;        // preview or message
    bool reset = false;   // a Close by the peer's reset (RST), drawn as the error it is
};

// Lanes and arrows derived from traffic events, GUI-free. A lane per endpoint:
// each server, each accepted connection, each client, each UDP socket, and each
// peer outside the app. A send between two of the app's own sockets is one
// arrow, and the receiving side's recv rows are linked to it (byte counts
// decide which, since TCP may merge or split); with an outside peer the arrow
// goes to or comes from that peer's lane. Follows a TrafficModel when given
// one; keeps at most maxArrows arrows (the oldest go first).
class SequenceModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequenceModel)
public:
    static constexpr int defaultMaxArrows = 50000;
    static constexpr int previewChars = 40;

    explicit SequenceModel(QObject *parent = nullptr);
    ~SequenceModel() override;

    void setSource(TrafficModel *model);
    TrafficModel *source() const;
    void setMaxArrows(int count);

    void clear();
    // Adds one event; `row` is its row in the source (tests may pass any increasing number).
    void addEvent(const net::TrafficEvent &event, int row);

    int laneCount() const { return m_lanes.count(); }
    const SequenceLane &laneAt(int column) const { return m_lanes.at(column); }
    const SequenceLane &lane(int id) const { return m_lanes.lane(id); }
    int columnOf(int laneId) const { return m_lanes.columnOf(laneId); }

    int arrowCount() const { return int(m_arrows.size()); }
    const SequenceArrow &arrow(int index) const { return m_arrows[size_t(index)]; }
    // Rows in the source's current numbering (-1 when gone).
    int sourceRow(int arrowIndex) const;
    int otherSourceRow(int arrowIndex) const;
    // The arrow showing this row (its send, or the recv linked to it), or -1.
    int arrowForRow(int row) const;
    qint64 droppedArrows() const { return m_dropped; }

signals:
    void arrowsAdded(int first, int last);
    void arrowsRemoved(int count); // from the front
    void lanesChanged();
    void modelReset();

private:
    void rebuild();
    void add(const net::TrafficEvent &event, int row);
    void endBatch(qint64 firstBefore, int countBefore);
    void onRowsInserted(int first, int last);
    void onRowsRemoved(int first, int last);

    void addArrow(SequenceArrow arrow);
    void linkRow(qint64 arrowNumber, qint64 row);
    void trim();
    void onData(const net::TrafficEvent &event, qint64 row);
    void onClose(const net::TrafficEvent &event, qint64 row);

    QPointer<TrafficModel> m_source;
    int m_maxArrows = defaultMaxArrows;

    SequenceLanes m_lanes;
    std::deque<SequenceArrow> m_arrows;
    qint64 m_firstArrow = 0;  // absolute number of m_arrows.front()
    qint64 m_rowsRemoved = 0; // source rows dropped from the front so far
    qint64 m_dropped = 0;
    QHash<qint64, qint64> m_rowToArrow; // absolute row -> absolute arrow number

    struct Pending
    {
        qint64 arrow;
        qint64 remaining;
    };
    QHash<QString, std::deque<Pending>> m_pending; // "fromLane>toLane" -> unmatched sends
    QHash<QString, qint64> m_closeArrows;          // "laneA|laneB" -> the close arrow
    bool m_batch = false; // inside a batch: signals wait for its end
};

} // namespace swb::models
