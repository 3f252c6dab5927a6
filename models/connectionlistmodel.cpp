#include "models/connectionlistmodel.h"

#include <QDateTime>
#include <QHash>

namespace swb::models {

ConnectionListModel::ConnectionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConnectionListModel::add(const net::ConnectionInfo &info)
{
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append(info);
    endInsertRows();
}

void ConnectionListModel::remove(quint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ConnectionListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ConnectionListModel::refresh(const QList<net::ConnectionInfo> &current)
{
    if (m_rows.isEmpty())
        return;
    QHash<quint64, const net::ConnectionInfo *> byId;
    byId.reserve(current.size());
    for (const net::ConnectionInfo &info : current)
        byId.insert(info.id, &info);
    for (net::ConnectionInfo &row : m_rows) {
        if (const net::ConnectionInfo *now = byId.value(row.id))
            row = *now;
    }
    emit dataChanged(index(0, InColumn), index(int(m_rows.size()) - 1, OutColumn));
}

quint64 ConnectionListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ConnectionListModel::rowOf(quint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void ConnectionListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const net::ConnectionInfo &c = m_rows.at(index.row());
    if (role == IdRole)
        return qulonglong(c.id);
    if (role == Qt::TextAlignmentRole && index.column() >= InColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case PeerColumn: return c.remote;
    case LocalColumn: return c.local;
    case FamilyColumn: return c.family;
    case SinceColumn:
        return QDateTime::fromMSecsSinceEpoch(c.sinceMs).toString(QStringLiteral("HH:mm:ss"));
    case InColumn: return qlonglong(c.bytesIn);
    case OutColumn: return qlonglong(c.bytesOut);
    default: return QVariant();
    }
}

QVariant ConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeerColumn: return tr("Peer (raddr)");
    case LocalColumn: return tr("Local (laddr)");
    case FamilyColumn: return tr("Family");
    case SinceColumn: return tr("Since");
    case InColumn: return tr("Bytes in");
    case OutColumn: return tr("Bytes out");
    default: return QVariant();
    }
}

} // namespace swb::models
