#include "models/trafficmodel.h"

#include "models/trafficpreview.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace swb::models {

using net::EventKind;

TrafficModel::TrafficModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TrafficModel::flush);
}

TrafficModel::~TrafficModel() = default;

qint64 TrafficModel::footprint(const net::TrafficEvent &event)
{
    return qint64(sizeof(net::TrafficEvent)) + event.data.size()
        + 2 * (event.local.size() + event.remote.size() + event.text.size());
}

void TrafficModel::record(net::TrafficEvent event)
{
    event.seq = m_nextSeq++;
    Counters &c = m_counters[event.panelId];
    if (event.kind == EventKind::Recv) {
        c.rxBytes += event.data.size();
        ++c.rxMessages;
    } else if (event.kind == EventKind::Send) {
        c.txBytes += event.data.size();
        ++c.txMessages;
    }
    m_pending.push_back(std::move(event));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TrafficModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(m_pending.size()) - 1);
    for (net::TrafficEvent &event : m_pending) {
        m_memoryUsed += footprint(event);
        m_rows.push_back(std::move(event));
    }
    m_pending.clear();
    endInsertRows();
    trimToLimit();
}

void TrafficModel::trimToLimit()
{
    if (m_memoryUsed <= m_memoryLimit)
        return;
    // Drop down to 90% of the limit so trimming happens in batches, not per row.
    const qint64 target = m_memoryLimit - m_memoryLimit / 10;
    qint64 freed = 0;
    size_t count = 0;
    while (count < m_rows.size() && m_memoryUsed - freed > target)
        freed += footprint(m_rows[count++]);
    if (count == 0)
        return;
    beginRemoveRows(QModelIndex(), 0, int(count) - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + qsizetype(count));
    m_memoryUsed -= freed;
    m_droppedRows += qint64(count);
    endRemoveRows();
    emit rowsDropped(m_droppedRows);
}

void TrafficModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_memoryUsed = 0;
    m_droppedRows = 0;
    m_counters.clear();
    endResetModel();
    emit rowsDropped(0);
}

void TrafficModel::setMemoryLimit(qint64 bytes)
{
    m_memoryLimit = qMax<qint64>(bytes, 1);
    trimToLimit();
}

void TrafficModel::setPreviewEncoding(net::TextEncoding encoding)
{
    if (encoding == m_previewEncoding)
        return;
    emit layoutAboutToBeChanged();
    m_previewEncoding = encoding;
    emit layoutChanged();
}

void TrafficModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrafficModel::kindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Listen: return tr("listen");
    case EventKind::Accept: return tr("accept");
    case EventKind::Connect: return tr("connect");
    case EventKind::Recv: return tr("\u2190 recv");
    case EventKind::Send: return tr("\u2192 send");
    case EventKind::Close: return tr("close");
    case EventKind::Error: return tr("error");
    case EventKind::Info: return tr("info");
    }
    return QString();
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return QVariant();
    const net::TrafficEvent &e = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case PanelColumn: return e.panel;
        case ProtocolColumn: return net::protocolName(e.protocol).toUpper();
        case KindColumn: return kindLabel(e.kind);
        case LocalColumn: return e.local;
        case RemoteColumn: return e.remote;
        case BytesColumn:
            return (e.kind == EventKind::Recv || e.kind == EventKind::Send || !e.data.isEmpty())
                ? QVariant(qlonglong(e.data.size()))
                : QVariant();
        case PreviewColumn:
            return e.data.isEmpty() ? e.text : TrafficPreview::make(e.data, m_previewEncoding);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PreviewColumn && !e.text.isEmpty())
            return e.text;
        break;
    case Qt::ForegroundRole:
        if (e.kind == EventKind::Error)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (e.kind != EventKind::Recv && e.kind != EventKind::Send)
            return QBrush(QColor(0x55, 0x55, 0x55));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == BytesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PayloadRole: return e.data;
    case KindRole: return int(e.kind);
    case PanelIdRole: return e.panelId;
    case SeqRole: return qulonglong(e.seq);
    default: break;
    }
    return QVariant();
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case PanelColumn: return tr("Panel");
    case ProtocolColumn: return tr("Protocol");
    case KindColumn: return tr("Kind");
    case LocalColumn: return tr("Local");
    case RemoteColumn: return tr("Remote");
    case BytesColumn: return tr("Bytes");
    case PreviewColumn: return tr("Preview");
    default: return QVariant();
    }
}

} // namespace swb::models
