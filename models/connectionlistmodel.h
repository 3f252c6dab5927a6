#pragma once

#include "net/socket/connectioninfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace swb::models {

// The clients of one server panel. Rows come and go with connections; the byte
// counters are refreshed in one sweep (refresh()) on a timer rather than one
// dataChanged per message.
class ConnectionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionListModel)
public:
    enum Column { PeerColumn, LocalColumn, FamilyColumn, SinceColumn, InColumn, OutColumn,
                  ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ConnectionListModel(QObject *parent = nullptr);

    void add(const net::ConnectionInfo &info);
    void remove(quint64 id);
    void clear();
    // Counters for the rows we have; ids we do not know are ignored.
    void refresh(const QList<net::ConnectionInfo> &current);
    quint64 idAt(int row) const;
    int rowOf(quint64 id) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<net::ConnectionInfo> m_rows;
};

} // namespace swb::models
