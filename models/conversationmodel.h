#pragma once

#include "models/messageframer.h"
#include "net/payload/textcodec.h"
#include "net/traffic/trafficevent.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

#include <vector>

namespace swb::models {

class TrafficModel;
class TrafficStore;

// One connection (TCP, local socket) or one UDP peer of one panel.
struct Conversation
{
    int panelId = 0;
    QString panel;
    net::Protocol protocol = net::Protocol::Tcp;
    QString local;
    QString remote;

    bool sameAs(const Conversation &other) const
    {
        return panelId == other.panelId && protocol == other.protocol && local == other.local
            && remote == other.remote;
    }
};

// The bytes of one conversation as a list of messages (MessageFramer), sent
// and received told apart by an arrow and by colour: blue and orange, which
// stay distinct for colour-blind viewers (Okabe-Ito palette).
class ConversationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)
public:
    enum Column { DirectionColumn, EventsColumn, BytesColumn, ContentColumn, ColumnCount };
    enum Role { PayloadRole = Qt::UserRole + 1, SentRole };

    // A conversation's bytes beyond this are left out, oldest first, so that
    // framing a long capture stays quick.
    static constexpr qsizetype maxBytes = qsizetype(8) << 20;
    static const QColor sentColor;
    static const QColor receivedColor;

    explicit ConversationModel(QObject *parent = nullptr);

    // The connections and peers that have a remote end, in the order first seen.
    static QList<Conversation> conversations(const TrafficStore &store, qsizetype rows);

    // Reads the conversation's sends and receives from the table.
    void load(const TrafficModel &traffic, const Conversation &conversation);
    void setFramer(const MessageFramer &framer);
    void clear();
    const MessageFramer::Piece &piece(int row) const { return m_pieces[size_t(row)]; }
    // The message that holds the bytes of event seq (sent or received), or
    // for an event without bytes (accept, close) the first message after it;
    // -1 when there is none.
    int rowForEvent(quint64 seq, bool sent, bool hasBytes) const;
    // Bytes that were left out (maxBytes).
    qint64 skippedBytes() const { return m_skippedBytes; }
    qint64 sentBytes() const { return m_sentBytes; }
    qint64 receivedBytes() const { return m_receivedBytes; }
    void setPreviewEncoding(net::TextEncoding encoding);
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reframe();

    std::vector<MessageFramer::Chunk> m_chunks;
    std::vector<MessageFramer::Piece> m_pieces;
    MessageFramer m_framer;
    net::TextEncoding m_encoding = net::TextEncoding::Utf8;
    qint64 m_skippedBytes = 0;
    qint64 m_sentBytes = 0;
    qint64 m_receivedBytes = 0;
};

} // namespace swb::models
