#include "models/trafficmodel.h"

#include "models/colourcontrast.h"
#include "models/trafficpreview.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QGuiApplication>

namespace swb::models {

namespace {

// Made readable on the theme's palette at the time of painting, so a theme
// switch recolours the rows. A model without a GUI (GUI-less tests) has no
// palette: the colour as it is then.
QBrush readableBrush(const QColor &colour)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QBrush(colour);
    return QBrush(ColourContrast::onBase(colour, QGuiApplication::palette()));
}

} // namespace

using net::EventKind;

TrafficModel::TrafficModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TrafficModel::flush);
}

TrafficModel::~TrafficModel() = default;

void TrafficModel::count(const net::TrafficEvent &event)
{
    if (event.kind != EventKind::Recv && event.kind != EventKind::Send)
        return;
    if (!m_lastCounters || event.panelId != m_lastPanelId) {
        m_lastPanelId = event.panelId;
        m_lastCounters = &m_counters[event.panelId];
    }
    if (event.kind == EventKind::Recv) {
        m_lastCounters->rxBytes += event.data.size();
        ++m_lastCounters->rxMessages;
    } else {
        m_lastCounters->txBytes += event.data.size();
        ++m_lastCounters->txMessages;
    }
}

void TrafficModel::append(const net::TrafficEvent &event)
{
    m_store.append(event);
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        m_flushTimer.start();
    }
}

void TrafficModel::record(net::TrafficEvent event)
{
    event.seq = m_nextSeq++;
    count(event);
    if (m_tap)
        m_tap->record(event);
    append(event);
}

void TrafficModel::restore(const net::TrafficEvent &event)
{
    m_nextSeq = qMax(m_nextSeq, event.seq + 1);
    count(event);
    append(event);
}

void TrafficModel::flush()
{
    m_flushTimer.stop();
    m_flushScheduled = false;
    const qsizetype total = m_store.size();
    if (total > m_shown) {
        beginInsertRows(QModelIndex(), int(m_shown), int(total - 1));
        m_shown = total;
        endInsertRows();
    }
    if (m_store.sourceCount() != m_sourcesShown) {
        m_sourcesShown = m_store.sourceCount();
        emit sourcesChanged();
    }
    trimToLimit();
}

void TrafficModel::trimToLimit()
{
    if (m_store.footprint() <= m_memoryLimit)
        return;
    // Drop down to 90% of the limit so trimming happens in batches, not per row.
    const qint64 target = m_memoryLimit - m_memoryLimit / 10;
    const qint64 used = m_store.footprint();
    qint64 freed = 0;
    qsizetype count = 0;
    while (count < m_shown && used - freed > target)
        freed += m_store.footprint(count++);
    if (count == 0)
        return;
    beginRemoveRows(QModelIndex(), 0, int(count) - 1);
    m_store.removeFront(count);
    m_shown -= count;
    m_droppedRows += count;
    endRemoveRows();
    emit rowsDropped(m_droppedRows);
}

void TrafficModel::clear()
{
    beginResetModel();
    m_store.clear();
    m_shown = 0;
    m_sourcesShown = 0;
    m_flushTimer.stop();
    m_flushScheduled = false;
    m_droppedRows = 0;
    m_counters.clear();
    m_lastCounters = nullptr;
    endResetModel();
    emit rowsDropped(0);
    emit sourcesChanged();
}

TrafficModel::Counters TrafficModel::counters(int panelId) const
{
    const auto it = m_counters.find(panelId);
    return it == m_counters.end() ? Counters() : it->second;
}

QList<int> TrafficModel::countedPanels() const
{
    QList<int> panels;
    panels.reserve(qsizetype(m_counters.size()));
    for (const auto &entry : m_counters)
        panels << entry.first;
    return panels;
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
    return parent.isValid() ? 0 : int(m_shown);
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

QString TrafficModel::resetLabel()
{
    return tr("reset (RST)");
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown)
        return QVariant();
    const qsizetype row = index.row();
    const EventKind kind = m_store.kind(row);
    switch (role) {
    case Qt::DisplayRole: {
        const TrafficSource &source = m_store.source(m_store.sourceId(row));
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(m_store.timeMs(row))
                .toString(QStringLiteral("HH:mm:ss.zzz"));
        case PanelColumn: return source.panel;
        case ProtocolColumn: return net::protocolName(source.protocol).toUpper();
        case KindColumn: return m_store.isReset(row) ? resetLabel() : kindLabel(kind);
        case LocalColumn: return source.local;
        case RemoteColumn: return source.remote;
        case BytesColumn:
            return (kind == EventKind::Recv || kind == EventKind::Send
                    || m_store.payloadSize(row) > 0)
                ? QVariant(qlonglong(m_store.payloadSize(row)))
                : QVariant();
        case PreviewColumn: {
            const QByteArrayView payload = m_store.payload(row);
            // Info and error rows may quote a peer (a status line, a request line).
            if (payload.isEmpty())
                return TrafficPreview::inert(m_store.text(row));
            // No copy: the preview reads the store's bytes while they cannot change.
            return TrafficPreview::make(QByteArray::fromRawData(payload.data(), payload.size()),
                                        m_previewEncoding);
        }
        }
        break;
    }
    case Qt::ToolTipRole:
        if (index.column() == PreviewColumn && m_store.hasText(row))
            return m_store.text(row);
        break;
    case Qt::ForegroundRole:
        if (kind == EventKind::Error)
            return readableBrush(ColourContrast::warningRed());
        if (kind != EventKind::Recv && kind != EventKind::Send)
            return readableBrush(ColourContrast::quietGrey());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == BytesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PayloadRole: return m_store.payload(row).toByteArray();
    case KindRole: return int(kind);
    case PanelIdRole: return m_store.source(m_store.sourceId(row)).panelId;
    case SeqRole: return qulonglong(m_store.seq(row));
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
