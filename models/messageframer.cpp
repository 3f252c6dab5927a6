#include "models/messageframer.h"

#include <algorithm>

namespace swb::models {

MessageFramer::MessageFramer(Mode mode, const QByteArray &delimiter, int length)
    : m_mode(mode)
    , m_delimiter(mode == Mode::Lines ? QByteArray("\n") : delimiter)
    , m_length(length)
{
    if ((m_mode == Mode::Delimiter && m_delimiter.isEmpty())
        || (m_mode == Mode::FixedLength && m_length < 1))
        m_mode = Mode::AsReceived;
}

qsizetype MessageFramer::messageEnd(const QByteArray &bytes, qsizetype from) const
{
    if (m_mode == Mode::FixedLength)
        return bytes.size() - from >= m_length ? from + m_length : -1;
    const qsizetype at = bytes.indexOf(m_delimiter, from);
    return at < 0 ? -1 : at + m_delimiter.size();
}

std::vector<MessageFramer::Piece> MessageFramer::frame(const std::vector<Chunk> &chunks) const
{
    std::vector<Piece> pieces;
    if (m_mode == Mode::AsReceived) {
        pieces.reserve(chunks.size());
        for (const Chunk &chunk : chunks)
            pieces.push_back(Piece{chunk.sent, chunk.seq, chunk.seq, 1, chunk.bytes, true});
        return pieces;
    }
    // Each direction is its own stream; a message is complete in the event
    // that brings its last byte, which orders the messages of both directions.
    Piece partial[2];
    for (const Chunk &chunk : chunks) {
        if (chunk.bytes.isEmpty())
            continue;
        Piece &open = partial[chunk.sent ? 1 : 0];
        if (open.bytes.isEmpty()) {
            open.sent = chunk.sent;
            open.firstSeq = chunk.seq;
            open.events = 0;
        }
        // Search only where a message can end: a delimiter may straddle reads.
        const qsizetype searchFrom =
            qMax<qsizetype>(0, open.bytes.size() - qMax<qsizetype>(0, m_delimiter.size() - 1));
        open.bytes += chunk.bytes;
        open.lastSeq = chunk.seq;
        ++open.events;
        qsizetype start = 0;
        qsizetype end = messageEnd(open.bytes, m_mode == Mode::FixedLength ? 0 : searchFrom);
        while (end >= 0) {
            pieces.push_back(Piece{chunk.sent, start == 0 ? open.firstSeq : chunk.seq, chunk.seq,
                                   start == 0 ? open.events : 1, open.bytes.mid(start, end - start),
                                   true});
            start = end;
            end = messageEnd(open.bytes, start);
        }
        if (start > 0) {
            open.bytes = open.bytes.mid(start);
            open.firstSeq = chunk.seq;
            open.events = open.bytes.isEmpty() ? 0 : 1;
        }
    }
    // What never completed, oldest first.
    Piece *rest[] = {&partial[0], &partial[1]};
    std::sort(std::begin(rest), std::end(rest),
              [](const Piece *a, const Piece *b) { return a->firstSeq < b->firstSeq; });
    for (Piece *piece : rest) {
        if (!piece->bytes.isEmpty()) {
            piece->complete = false;
            pieces.push_back(*piece);
        }
    }
    return pieces;
}

} // namespace swb::models
