#include "models/trafficfiltermodel.h"

#include "models/trafficmodel.h"

#include <QElapsedTimer>

#include <algorithm>

namespace swb::models {

namespace {

// Rows tested between two looks at the clock.
constexpr quint64 rowsBetweenClockChecks = 4096;

} // namespace

TrafficFilterModel::TrafficFilterModel(TrafficModel *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_encoding(source->previewEncoding())
{
    m_matcher = TrafficMatcher(TrafficFilter(), m_encoding);
    m_scanTimer.setSingleShot(true);
    m_scanTimer.setInterval(0);
    connect(&m_scanTimer, &QTimer::timeout, this, &TrafficFilterModel::scanStep);
    connect(source, &QAbstractItemModel::rowsInserted, this, &TrafficFilterModel::onRowsInserted);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &TrafficFilterModel::onRowsAboutToBeRemoved);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &TrafficFilterModel::onRowsRemoved);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
            &TrafficFilterModel::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        // clear(): the source's sources are numbered afresh.
        m_matcher.forgetSources();
        m_scanTimer.stop();
        m_rows.clear();
        m_head = 0;
        m_scanStart = m_scanNext = quint64(m_source->droppedRows());
        m_scanning = false;
        endResetModel();
        emit scanProgress(100);
    });
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { emit layoutAboutToBeChanged(); });
    connect(source, &QAbstractItemModel::layoutChanged, this,
            &TrafficFilterModel::onLayoutChanged);
    connect(source, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
    restart();
}

TrafficFilterModel::~TrafficFilterModel() = default;

quint64 TrafficFilterModel::sourceEnd() const
{
    return quint64(m_source->droppedRows()) + quint64(m_source->rowCount());
}

void TrafficFilterModel::setFilter(const TrafficFilter &filter)
{
    if (filter == m_matcher.filter() && m_encoding == m_source->previewEncoding())
        return;
    m_encoding = m_source->previewEncoding();
    m_matcher = TrafficMatcher(filter, m_encoding);
    restart();
}

void TrafficFilterModel::restart()
{
    m_scanTimer.stop();
    beginResetModel();
    m_rows.clear();
    m_head = 0;
    m_scanStart = m_scanNext = quint64(m_source->droppedRows());
    endResetModel();
    // The first slice runs now: a small table is filtered before this returns.
    // Marked as scanning so that its end is announced even then.
    m_scanning = true;
    scanStep();
}

void TrafficFilterModel::scanStep()
{
    const quint64 first = quint64(m_source->droppedRows());
    m_scanNext = qMax(m_scanNext, first);
    const quint64 end = sourceEnd();
    const TrafficStore &store = m_source->store();
    QElapsedTimer clock;
    clock.start();
    std::vector<quint64> found;
    const quint64 rowsPerRun = m_sliceRows > 0 ? m_sliceRows : rowsBetweenClockChecks;
    while (m_scanNext < end) {
        const quint64 stop = qMin(end, m_scanNext + rowsPerRun);
        for (; m_scanNext < stop; ++m_scanNext) {
            if (m_matcher.matches(store, qsizetype(m_scanNext - first)))
                found.push_back(m_scanNext);
        }
        if (m_sliceRows > 0 || clock.elapsed() >= scanSliceMs)
            break;
    }
    if (!found.empty()) {
        const int count = rowCount();
        beginInsertRows(QModelIndex(), count, count + int(found.size()) - 1);
        m_rows.insert(m_rows.end(), found.begin(), found.end());
        endInsertRows();
    }
    if (m_scanNext < end) {
        m_scanning = true;
        const quint64 total = qMax<quint64>(1, end - m_scanStart);
        emit scanProgress(int((m_scanNext - m_scanStart) * 100 / total));
        m_scanTimer.start();
    } else {
        const bool wasScanning = m_scanning;
        m_scanning = false;
        m_scanStart = m_scanNext;
        if (wasScanning)
            emit scanProgress(100);
    }
}

void TrafficFilterModel::finishScan()
{
    m_scanTimer.stop();
    while (m_scanNext < sourceEnd())
        scanStep();
    m_scanTimer.stop();
}

void TrafficFilterModel::onRowsInserted(const QModelIndex &parent, int, int)
{
    // While a scan runs it reaches the new rows by itself, in order.
    if (parent.isValid() || m_scanning)
        return;
    scanStep();
}

void TrafficFilterModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // The traffic model only ever trims its oldest rows.
    Q_ASSERT(first == 0);
    Q_UNUSED(first);
    const quint64 lastGone = quint64(m_source->droppedRows()) + quint64(last);
    const auto begin = m_rows.begin() + qsizetype(m_head);
    const auto kept = std::upper_bound(begin, m_rows.end(), lastGone);
    m_pendingRemoval = size_t(kept - begin);
    if (m_pendingRemoval > 0)
        beginRemoveRows(QModelIndex(), 0, int(m_pendingRemoval) - 1);
}

void TrafficFilterModel::onRowsRemoved()
{
    if (m_pendingRemoval == 0)
        return;
    m_head += m_pendingRemoval;
    m_pendingRemoval = 0;
    // Shift the vector only now and then, so a trim costs O(1) on average.
    if (m_head > m_rows.size() / 2) {
        m_rows.erase(m_rows.begin(), m_rows.begin() + qsizetype(m_head));
        m_head = 0;
    }
    endRemoveRows();
}

void TrafficFilterModel::onLayoutChanged()
{
    emit layoutChanged();
    // A text search depends on how payloads decode.
    if (m_source->previewEncoding() != m_encoding && !m_matcher.filter().text.isEmpty()
        && !m_matcher.filter().hex) {
        setFilter(m_matcher.filter());
    }
    m_encoding = m_source->previewEncoding();
}

int TrafficFilterModel::sourceRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return int(m_rows[m_head + size_t(row)] - quint64(m_source->droppedRows()));
}

int TrafficFilterModel::rowForSource(int sourceRow) const
{
    const quint64 wanted = quint64(m_source->droppedRows()) + quint64(sourceRow);
    const auto begin = m_rows.begin() + qsizetype(m_head);
    const auto it = std::lower_bound(begin, m_rows.end(), wanted);
    return (it != m_rows.end() && *it == wanted) ? int(it - begin) : -1;
}

int TrafficFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() - m_head);
}

int TrafficFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

QVariant TrafficFilterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    return m_source->data(m_source->index(sourceRow(index.row()), index.column()), role);
}

QVariant TrafficFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace swb::models
