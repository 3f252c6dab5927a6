#include "models/udppeermodel.h"

#include <QBrush>
#include <QDateTime>

namespace swb::models {

namespace {

// FNV-1a: unlike qHash, not seeded per process, so a name gets the same
// colour every time the app runs.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

UdpPeerModel::UdpPeerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

const QList<QColor> &UdpPeerModel::palette()
{
    // Each at least 4.5:1 against white; hues spread around the wheel.
    static const QList<QColor> colours{
        QColor(0x15, 0x65, 0xc0), // blue
        QColor(0xc2, 0x18, 0x5b), // pink
        QColor(0x2e, 0x7d, 0x32), // green
        QColor(0x6a, 0x1b, 0x9a), // purple
        QColor(0xa1, 0x4a, 0x00), // amber brown
        QColor(0x00, 0x6f, 0x7a), // teal
        QColor(0x28, 0x35, 0x93), // indigo
        QColor(0x5f, 0x6a, 0x00), // olive
        QColor(0x8d, 0x24, 0x24), // dark red
        QColor(0x4e, 0x34, 0x2e), // brown
    };
    return colours;
}

QString UdpPeerModel::keyOf(const net::UdpPeerInfo &peer)
{
    return peer.name.isEmpty() ? peer.address : QStringLiteral("name:") + peer.name;
}

QColor UdpPeerModel::colourFor(const QString &key)
{
    const auto known = m_slotOf.constFind(key);
    if (known != m_slotOf.constEnd())
        return palette().at(*known);
    const int size = int(palette().size());
    // Start where the name's hash points, then take the next colour no one has.
    const int start = int(stableHash(key) % quint32(size));
    QList<bool> taken(size, false);
    for (const int slot : std::as_const(m_slotOf))
        taken[slot] = true;
    int slot = start;
    for (int i = 0; i < size; ++i) {
        const int candidate = (start + i) % size;
        if (!taken.at(candidate)) {
            slot = candidate;
            break;
        }
    }
    m_slotOf.insert(key, slot);
    return palette().at(slot);
}

QColor UdpPeerModel::colourOf(quint64 id)
{
    const int row = rowOf(id);
    return row < 0 ? QColor() : m_rowColours.at(row);
}

void UdpPeerModel::add(const net::UdpPeerInfo &peer)
{
    if (m_rowOf.contains(peer.id))
        return;
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append(peer);
    m_rowColours.append(colourFor(keyOf(peer)));
    m_rowOf.insert(peer.id, row);
    endInsertRows();
}

void UdpPeerModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowColours.clear();
    m_rowOf.clear();
    m_slotOf.clear();
    endResetModel();
}

void UdpPeerModel::refresh(const QList<net::UdpPeerInfo> &current)
{
    if (m_rows.isEmpty())
        return;
    for (const net::UdpPeerInfo &info : current) {
        const int row = m_rowOf.value(info.id, -1);
        if (row < 0)
            continue;
        if (info.name != m_rows.at(row).name)
            m_rowColours[row] = colourFor(keyOf(info)); // the colour follows the name
        m_rows[row] = info;
    }
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

quint64 UdpPeerModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int UdpPeerModel::rowOf(quint64 id) const
{
    return m_rowOf.value(id, -1);
}

const net::UdpPeerInfo *UdpPeerModel::peer(quint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

void UdpPeerModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int UdpPeerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UdpPeerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UdpPeerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const net::UdpPeerInfo &p = m_rows.at(index.row());
    const QColor colour = m_rowColours.at(index.row());
    switch (role) {
    case IdRole: return qulonglong(p.id);
    case ColourRole: return colour;
    case AddressRole: return p.address;
    case Qt::DecorationRole:
        // A colour swatch in front of the name, like the notes' coloured names.
        return index.column() == NameColumn ? QVariant(colour) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == NameColumn ? QVariant(QBrush(colour)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= DatagramsColumn && index.column() <= RepliesColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return p.name.isEmpty() ? QStringLiteral("\u2014") : p.name;
        case AddressColumn: return p.address;
        case DatagramsColumn: return p.datagramsIn;
        case BytesColumn: return p.bytesIn;
        case RepliesColumn: return p.datagramsOut;
        case LastColumn:
            return QDateTime::fromMSecsSinceEpoch(p.lastMs).toString(QStringLiteral("HH:mm:ss"));
        default: return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant UdpPeerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case AddressColumn: return tr("Sender (addr)");
    case DatagramsColumn: return tr("Datagrams");
    case BytesColumn: return tr("Bytes");
    case RepliesColumn: return tr("Sent to it");
    case LastColumn: return tr("Last");
    default: return QVariant();
    }
}

} // namespace swb::models
