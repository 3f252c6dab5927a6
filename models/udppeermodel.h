#pragma once

#include "net/udp/udppeerinfo.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

namespace swb::models {

// The senders one UDP panel has heard from, each in its own colour (the
// notes' udp chat colours each name). The colour follows the name when the
// sender gives one ("alex : hi"), else its address; the same name keeps its
// colour, and different names get different colours while the palette lasts.
// Rows are added as senders appear; counters are refreshed in one sweep.
class UdpPeerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpPeerModel)
public:
    enum Column { NameColumn, AddressColumn, DatagramsColumn, BytesColumn, RepliesColumn,
                  LastColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ColourRole, AddressRole };

    explicit UdpPeerModel(QObject *parent = nullptr);

    void add(const net::UdpPeerInfo &peer);
    void clear();
    // Names and counters for the rows we have; ids we do not know are ignored.
    void refresh(const QList<net::UdpPeerInfo> &current);
    quint64 idAt(int row) const;
    int rowOf(quint64 id) const;
    const net::UdpPeerInfo *peer(quint64 id) const;
    // The colour of a name or, for a sender without one, of its address.
    QColor colourFor(const QString &key);
    QColor colourOf(quint64 id);
    void retranslate();

    // Dark enough to read on a light background, and far apart from each other.
    static const QList<QColor> &palette();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString keyOf(const net::UdpPeerInfo &peer);

    QList<net::UdpPeerInfo> m_rows;
    QHash<quint64, int> m_rowOf;
    QHash<QString, int> m_slotOf; // colour key -> palette index
    QList<QColor> m_rowColours;
};

} // namespace swb::models
