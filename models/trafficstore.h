#pragma once

#include "net/traffic/trafficevent.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <cstdlib>
#include <memory>
#include <vector>

namespace swb::models {

// Where an event happened: everything about it that repeats from event to
// event. The store keeps each combination once and rows refer to it by number.
struct TrafficSource
{
    int panelId = 0;
    QString panel;
    net::Protocol protocol = net::Protocol::Tcp;
    QString local;
    QString remote;

    bool operator==(const TrafficSource &other) const;
};
size_t qHash(const TrafficSource &source, size_t seed = 0);

// The rows of the traffic table in a compact form, so that hours of traffic
// fit: per row only fixed-size fields in chunked arrays, the repeated strings
// (panel, endpoints) interned as sources, payload and message bytes appended
// to large byte chunks. Rows leave from the front only, and whole chunks are
// freed once no row refers to them. Not a QObject: TrafficModel owns it.
class TrafficStore final
{
public:
    static constexpr qsizetype defaultArenaChunkBytes = qsizetype(4) << 20;
    static constexpr int defaultRowChunkShift = 12; // 4096 rows a chunk
    // Chunks freed by trimming or clear() are kept up to this much for the next
    // rows: at the memory limit a capture frees one as it needs one.
    static constexpr qint64 maxSpareBytes = qint64(64) << 20;

    // Small chunk sizes are for tests of the trimming arithmetic.
    explicit TrafficStore(qsizetype arenaChunkBytes = defaultArenaChunkBytes,
                          int rowChunkShift = defaultRowChunkShift);
    ~TrafficStore();
    Q_DISABLE_COPY_MOVE(TrafficStore)

    // Copies the event in (its seq included); the caller keeps nothing of it.
    void append(const net::TrafficEvent &event);
    // Removes the oldest rows; count is clamped to size().
    void removeFront(qsizetype count);
    void clear();

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Row bytes plus payload and message bytes of every row.
    qint64 footprint() const { return m_footprint; }
    qint64 footprint(qsizetype row) const;
    static constexpr qint64 rowOverhead();

    quint64 seq(qsizetype row) const { return at(row).seq; }
    qint64 timeMs(qsizetype row) const { return at(row).timeMs; }
    net::EventKind kind(qsizetype row) const { return at(row).kind; }
    bool isReset(qsizetype row) const { return at(row).reset; }
    quint32 sourceId(qsizetype row) const { return at(row).source; }
    qsizetype payloadSize(qsizetype row) const { return at(row).dataSize; }
    // Points into the store: valid until the next append, removeFront or clear.
    QByteArrayView payload(qsizetype row) const;
    QString text(qsizetype row) const;
    bool hasText(qsizetype row) const { return at(row).textSize != 0; }
    // The whole row as an event, payload copied out.
    net::TrafficEvent event(qsizetype row) const;

    qsizetype sourceCount() const { return qsizetype(m_sources.size()); }
    const TrafficSource &source(quint32 id) const { return m_sources[id]; }

    // What is allocated now (tests and benchmarks).
    qsizetype arenaChunkCount() const { return qsizetype(m_chunks.size()); }
    qsizetype rowChunkCount() const { return qsizetype(m_rowChunks.size()); }
    qint64 arenaCapacity() const;
    // Of that, what lives in mappings of its own, outside the malloc heap.
    qint64 mappedBytes() const;
    // Freed chunks kept for reuse, at most maxSpareBytes.
    qint64 spareBytes() const { return m_spareBytes; }

private:
    struct Row
    {
        quint64 seq;
        qint64 timeMs;
        quint32 chunk;    // absolute number of the arena chunk holding the bytes
        quint32 offset;   // where in that chunk: the payload, then the message (UTF-8)
        quint32 dataSize;
        quint32 textSize;
        quint32 source;
        net::EventKind kind;
        bool reset; // in the padding after kind: no bigger row
    };
    // Chunks come from malloc, or (large ones on Linux) from their own
    // mapping, mappedBytes long, asked for as transparent huge pages.
    struct ChunkDeleter
    {
        // Constructors, not a member initializer or a default argument: unique_ptr
        // asks whether the deleter is default-constructible before TrafficStore
        // is complete.
        constexpr ChunkDeleter() noexcept : mappedBytes(0) {}
        explicit constexpr ChunkDeleter(size_t mapped) noexcept : mappedBytes(mapped) {}
        size_t mappedBytes;
        void operator()(char *bytes) const;
    };
    struct Chunk
    {
        std::unique_ptr<char, ChunkDeleter> bytes;
        quint32 capacity = 0;
        quint32 used = 0;
    };
    static constexpr int recentSources = 4;

    const Row &at(qsizetype row) const
    {
        const qsizetype index = m_rowHead + row;
        return m_rowChunks[size_t(index >> m_rowShift)][index & m_rowMask];
    }
    Row &appendRow();
    void releaseRows();
    quint32 intern(const net::TrafficEvent &event);
    // Room for size bytes at the end of the arena; sets where they are.
    char *reserve(quint32 size, quint32 *chunk, quint32 *offset);
    const char *bytesOf(const Row &row) const;
    // Freed chunks are kept, up to maxSpareBytes, and reused: new memory comes
    // zeroed by the kernel page by page, which for a fast download cost more
    // than copying the bytes into it.
    void keepSpare(std::vector<Chunk>::iterator from, std::vector<Chunk>::iterator to);
    // A spare chunk with room for size bytes, else a new one.
    Chunk takeChunk(quint32 size);

    qsizetype m_arenaChunkBytes;
    int m_rowShift;
    qsizetype m_rowMask;

    std::vector<std::unique_ptr<Row[]>> m_rowChunks;
    qsizetype m_rowHead = 0; // index of row 0 in the first row chunk
    qsizetype m_size = 0;
    qint64 m_footprint = 0;

    std::vector<Chunk> m_chunks;
    std::vector<Chunk> m_spare;
    qint64 m_spareBytes = 0;
    quint32 m_firstChunk = 0; // absolute number of m_chunks.front()

    std::vector<TrafficSource> m_sources;
    QHash<TrafficSource, quint32> m_sourceIds;
    quint32 m_recent[recentSources] = {};
    int m_recentNext = 0;
};

constexpr qint64 TrafficStore::rowOverhead()
{
    return qint64(sizeof(Row));
}

} // namespace swb::models
