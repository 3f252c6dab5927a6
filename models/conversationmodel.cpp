#include "models/conversationmodel.h"

#include "models/trafficmodel.h"
#include "models/trafficpreview.h"
#include "models/trafficstore.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace swb::models {

const QColor ConversationModel::sentColor(0x00, 0x72, 0xb2);     // blue
const QColor ConversationModel::receivedColor(0xe6, 0x9f, 0x00); // orange

namespace {

QColor tint(QColor color)
{
    color.setAlpha(48);
    return color;
}

} // namespace

ConversationModel::ConversationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<Conversation> ConversationModel::conversations(const TrafficStore &store, qsizetype rows)
{
    // Sources that were seen in the table (a panel renamed mid-way is still one conversation).
    std::vector<bool> seen(size_t(store.sourceCount()), false);
    for (qsizetype row = 0; row < qMin(rows, store.size()); ++row)
        seen[store.sourceId(row)] = true;
    QList<Conversation> result;
    for (quint32 id = 0; id < quint32(store.sourceCount()); ++id) {
        const TrafficSource &s = store.source(id);
        if (!seen[id] || s.remote.isEmpty())
            continue;
        const Conversation c{s.panelId, s.panel, s.protocol, s.local, s.remote};
        const auto known = std::find_if(result.begin(), result.end(),
                                        [&c](const Conversation &o) { return o.sameAs(c); });
        if (known == result.end())
            result << c;
        else
            known->panel = c.panel; // the newest name
    }
    return result;
}

void ConversationModel::load(const TrafficModel &traffic, const Conversation &conversation)
{
    const TrafficStore &store = traffic.store();
    std::vector<bool> member(size_t(store.sourceCount()), false);
    for (quint32 id = 0; id < quint32(store.sourceCount()); ++id) {
        const TrafficSource &s = store.source(id);
        member[id] = conversation.sameAs(Conversation{s.panelId, s.panel, s.protocol, s.local,
                                                      s.remote});
    }
    // Newest first until the byte budget is spent, then put back in order.
    m_chunks.clear();
    m_skippedBytes = m_sentBytes = m_receivedBytes = 0;
    qint64 kept = 0;
    for (qsizetype row = traffic.rowCount() - 1; row >= 0; --row) {
        const net::EventKind kind = store.kind(row);
        if ((kind != net::EventKind::Recv && kind != net::EventKind::Send)
            || !member[store.sourceId(row)])
            continue;
        const qsizetype size = store.payloadSize(row);
        (kind == net::EventKind::Send ? m_sentBytes : m_receivedBytes) += size;
        if (kept + size > maxBytes) {
            m_skippedBytes += size;
            continue;
        }
        kept += size;
        m_chunks.push_back(MessageFramer::Chunk{kind == net::EventKind::Send, store.seq(row),
                                                store.payload(row).toByteArray()});
    }
    std::reverse(m_chunks.begin(), m_chunks.end());
    reframe();
}

void ConversationModel::setFramer(const MessageFramer &framer)
{
    m_framer = framer;
    reframe();
}

void ConversationModel::clear()
{
    m_chunks.clear();
    m_skippedBytes = m_sentBytes = m_receivedBytes = 0;
    reframe();
}

void ConversationModel::reframe()
{
    beginResetModel();
    m_pieces = m_framer.frame(m_chunks);
    endResetModel();
}

int ConversationModel::rowForEvent(quint64 seq, bool sent, bool hasBytes) const
{
    for (size_t row = 0; row < m_pieces.size(); ++row) {
        const MessageFramer::Piece &p = m_pieces[row];
        if (hasBytes ? p.sent == sent && p.firstSeq <= seq && seq <= p.lastSeq
                     : p.firstSeq > seq)
            return int(row);
    }
    return -1;
}

void ConversationModel::setPreviewEncoding(net::TextEncoding encoding)
{
    if (encoding == m_encoding)
        return;
    emit layoutAboutToBeChanged();
    m_encoding = encoding;
    emit layoutChanged();
}

void ConversationModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pieces.size());
}

int ConversationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const MessageFramer::Piece &p = m_pieces[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        // The arrow says the direction without colour; the colour says it at a glance.
        case DirectionColumn: return p.sent ? tr("\u2192 sent") : tr("\u2190 received");
        case EventsColumn:
            if (p.firstSeq == p.lastSeq)
                return tr("#%1").arg(p.firstSeq);
            return tr("#%1\u2013#%2 (%n event(s))", "", p.events).arg(p.firstSeq).arg(p.lastSeq);
        case BytesColumn: return qlonglong(p.bytes.size());
        case ContentColumn: {
            const QString preview = TrafficPreview::make(p.bytes, m_encoding);
            return p.complete ? preview : tr("%1 (incomplete)").arg(preview);
        }
        }
        break;
    case Qt::ToolTipRole:
        if (!p.complete)
            return tr("The stream ended before this message was complete.");
        if (p.events > 1)
            return tr("This message arrived in %n separate event(s).", "", p.events);
        break;
    case Qt::BackgroundRole:
        return QBrush(tint(p.sent ? sentColor : receivedColor));
    case Qt::ForegroundRole:
        if (index.column() == DirectionColumn)
            return QBrush(p.sent ? sentColor.darker(130) : receivedColor.darker(160));
        break;
    case Qt::FontRole:
        if (index.column() == DirectionColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == BytesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PayloadRole: return p.bytes;
    case SentRole: return p.sent;
    default: break;
    }
    return QVariant();
}

QVariant ConversationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DirectionColumn: return tr("Direction");
    case EventsColumn: return tr("Events");
    case BytesColumn: return tr("Bytes");
    case ContentColumn: return tr("Content");
    default: return QVariant();
    }
}

} // namespace swb::models
