#pragma once

#include "models/trafficfilter.h"
#include "models/trafficmatcher.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <vector>

namespace swb::models {

class TrafficModel;

// The rows of a TrafficModel that match a TrafficFilter, in order. Not a
// QSortFilterProxyModel, which re-examines rows on every change of a live
// model: this one keeps a vector of row numbers, tests only the rows of each
// new batch, drops numbers from the front when the source trims, and after a
// change of filter scans the source a few milliseconds per event-loop turn,
// so a million rows never freeze the window.
class TrafficFilterModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficFilterModel)
public:
    // Time for one step of a scan; the event loop runs between steps.
    static constexpr int scanSliceMs = 8;

    explicit TrafficFilterModel(TrafficModel *source, QObject *parent = nullptr);
    ~TrafficFilterModel() override;

    TrafficModel *sourceModel() const { return m_source; }
    void setFilter(const TrafficFilter &filter);
    const TrafficFilter &filter() const { return m_matcher.filter(); }
    QString filterProblem() const { return m_matcher.problem(); }
    bool isScanning() const { return m_scanning; }
    // The source row shown in row, or -1.
    int sourceRow(int row) const;
    // The row showing sourceRow, or -1 if it is filtered out.
    int rowForSource(int sourceRow) const;
    // Runs a scan to its end now (tests, benchmarks).
    void finishScan();
    // Makes each step of a scan test exactly rows rows instead of running for
    // scanSliceMs; 0, the default, goes by the clock. A test that checks what
    // happens between steps sets it, so the number of steps does not depend
    // on how fast the machine is.
    void setScanSliceRows(int rows) { m_sliceRows = quint64(qMax(0, rows)); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // 0..100 while a scan runs; 100 once it has finished.
    void scanProgress(int percent);

private:
    quint64 sourceEnd() const;
    void restart();
    void scanStep();
    void scanUntil(quint64 end);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved();
    void onLayoutChanged();

    TrafficModel *m_source;
    TrafficMatcher m_matcher;
    net::TextEncoding m_encoding;
    // Absolute row numbers (TrafficModel::droppedRows() + row), oldest first,
    // from m_head on: a trim only moves m_head instead of shifting the vector.
    std::vector<quint64> m_rows;
    size_t m_head = 0;
    size_t m_pendingRemoval = 0;
    quint64 m_scanNext = 0;  // absolute number of the next source row to test
    quint64 m_scanStart = 0;
    bool m_scanning = false;
    quint64 m_sliceRows = 0; // 0: slices by the clock
    QTimer m_scanTimer;
};

} // namespace swb::models
