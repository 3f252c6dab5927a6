#pragma once

#include "net/textcodec.h"
#include "net/trafficevent.h"
#include "net/trafficsink.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <deque>
#include <vector>

namespace swb::models {

// The live traffic table. Endpoints record events into a queue; a timer moves
// the queue into the table with one insert per batch, so a flood costs a few
// model resets per second instead of one per event. Payloads stay bytes;
// display strings are made in data() for the rows a view asks about.
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

    void record(net::TrafficEvent event) override;
    // Moves queued events into the table now (export, tests).
    void flush();
    void clear();

    const net::TrafficEvent &event(int row) const { return m_rows[size_t(row)]; }
    Counters counters(int panelId) const { return m_counters.value(panelId); }
    qint64 droppedRows() const { return m_droppedRows; }
    qint64 memoryUsed() const { return m_memoryUsed; }
    void setMemoryLimit(qint64 bytes);
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

signals:
    void rowsDropped(qint64 total);

private:
    static qint64 footprint(const net::TrafficEvent &event);
    void trimToLimit();

    std::deque<net::TrafficEvent> m_rows;
    std::vector<net::TrafficEvent> m_pending;
    QHash<int, Counters> m_counters;
    QTimer m_flushTimer;
    quint64 m_nextSeq = 1;
    qint64 m_memoryUsed = 0;
    qint64 m_memoryLimit = defaultMemoryLimit;
    qint64 m_droppedRows = 0;
    net::TextEncoding m_previewEncoding = net::TextEncoding::Utf8;
};

} // namespace swb::models
