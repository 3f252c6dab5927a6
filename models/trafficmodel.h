#pragma once

#include "models/trafficstore.h"
#include "net/payload/textcodec.h"
#include "net/traffic/trafficevent.h"
#include "net/traffic/trafficsink.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

#include <unordered_map>

namespace swb::models {

// The live traffic table. Endpoints record events straight into a compact
// store (TrafficStore); a timer then shows what arrived with one insert per
// batch, so a flood costs a few inserts per second instead of one per event.
// Payloads stay bytes; display strings are made in data() for the rows a view
// asks about.
class TrafficModel final : public QAbstractTableModel, public net::TrafficSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficModel)
public:
    enum Column { TimeColumn, PanelColumn, ProtocolColumn, KindColumn, LocalColumn,
                  RemoteColumn, BytesColumn, PreviewColumn, ColumnCount };
    enum Role { PayloadRole = Qt::UserRole + 1, KindRole, PanelIdRole, SeqRole };

    struct Counters
    {
        qint64 rxBytes = 0;
        qint64 txBytes = 0;
        qint64 rxMessages = 0;
        qint64 txMessages = 0;
    };

    static constexpr int flushIntervalMs = 25;
    static constexpr qint64 defaultMemoryLimit = qint64(1) << 30;

    explicit TrafficModel(QObject *parent = nullptr);
    ~TrafficModel() override;

    // Numbers the event, counts it, hands it to the tap (recording) and stores it.
    void record(net::TrafficEvent event) override;
    // Stores an event that already has its number and time (a traffic file being opened).
    void restore(const net::TrafficEvent &event);
    // Shows queued events in the table now (export, tests).
    void flush();
    void clear();

    net::TrafficEvent event(int row) const { return m_store.event(row); }
    // Read access for filters and views that must not build an event per row.
    // Rows past rowCount() are queued, not yet in the table.
    const TrafficStore &store() const { return m_store; }
    Counters counters(int panelId) const;
    // The panels that have sent or received anything, in no particular order.
    QList<int> countedPanels() const;
    // Rows dropped since the last clear(); also the number of the first row
    // ever shown, so droppedRows() + row numbers a row for as long as it lives.
    qint64 droppedRows() const { return m_droppedRows; }
    qint64 memoryUsed() const { return m_store.footprint(); }
    qint64 memoryLimit() const { return m_memoryLimit; }
    void setMemoryLimit(qint64 bytes);
    // Another sink that sees every recorded event, numbered, before it is stored.
    void setTap(net::TrafficSink *tap) { m_tap = tap; }
    void setPreviewEncoding(net::TextEncoding encoding);
    net::TextEncoding previewEncoding() const { return m_previewEncoding; }
    // Re-reads translated headers and kind names after a language switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindLabel(net::EventKind kind);
    // The kind column of a Close by the peer's reset.
    static QString resetLabel();

signals:
    void rowsDropped(qint64 total);
    // New panels or connections appeared, or clear() forgot them all.
    void sourcesChanged();

private:
    void count(const net::TrafficEvent &event);
    void append(const net::TrafficEvent &event);
    void trimToLimit();

    TrafficStore m_store;
    qsizetype m_shown = 0; // rows of m_store that the views know about
    qsizetype m_sourcesShown = 0;
    std::unordered_map<int, Counters> m_counters; // node-based: m_lastCounters stays valid
    int m_lastPanelId = 0;
    Counters *m_lastCounters = nullptr;
    net::TrafficSink *m_tap = nullptr;
    QTimer m_flushTimer;
    bool m_flushScheduled = false;
    quint64 m_nextSeq = 1;
    qint64 m_memoryLimit = defaultMemoryLimit;
    qint64 m_droppedRows = 0;
    net::TextEncoding m_previewEncoding = net::TextEncoding::Utf8;
};

} // namespace swb::models
