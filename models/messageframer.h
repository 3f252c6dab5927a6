#pragma once

#include <QByteArray>

#include <vector>

namespace swb::models {

// Cuts one conversation's bytes into the messages a protocol would see. TCP
// and local sockets carry streams: one send may arrive in two reads and two
// sends in one read. "As received" shows the reads themselves (so merges and
// splits are visible); the other modes reassemble each direction's stream
// and cut it by line, by a delimiter, or every N bytes.
class MessageFramer final
{
public:
    enum class Mode { AsReceived, Lines, Delimiter, FixedLength };

    // One read or write, in the order they happened.
    struct Chunk
    {
        bool sent = false;
        quint64 seq = 0;
        QByteArray bytes;
    };
    // One message: the events its first and last bytes came in, and how many
    // events it spans. complete is false for what was left over at the end.
    struct Piece
    {
        bool sent = false;
        quint64 firstSeq = 0;
        quint64 lastSeq = 0;
        int events = 0;
        QByteArray bytes;
        bool complete = true;
    };

    MessageFramer() = default;
    // delimiter is used by Delimiter mode, length by FixedLength mode; an
    // empty delimiter or a length below 1 frames as received.
    MessageFramer(Mode mode, const QByteArray &delimiter = QByteArray(), int length = 0);

    Mode mode() const { return m_mode; }
    std::vector<Piece> frame(const std::vector<Chunk> &chunks) const;

private:
    // Where the first complete message in bytes (from from) ends, or -1.
    qsizetype messageEnd(const QByteArray &bytes, qsizetype from) const;

    Mode m_mode = Mode::AsReceived;
    QByteArray m_delimiter;
    int m_length = 0;
};

} // namespace swb::models
