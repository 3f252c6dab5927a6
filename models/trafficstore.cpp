#include "models/trafficstore.h"

#include <QHashFunctions>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

#include <algorithm>
#include <cstring>
#include <limits>
#include <new>

namespace swb::models {

namespace {

#if defined(Q_OS_LINUX)
constexpr size_t hugePage = size_t(2) << 20;
constexpr size_t smallPage = 4096;

size_t roundUp(size_t bytes, size_t unit)
{
    return (bytes + unit - 1) / unit * unit;
}

// A chunk of whole 2 MiB pages in a mapping of its own, aligned to 2 MiB and
// asked for as transparent huge pages. Storing a fast download into fresh
// malloc()ed memory faulted it in 4 KiB at a time, which on this kind of
// virtual machine took three times as long as copying the bytes. Its own
// mapping, unmapped when the chunk goes, so that memory freed by trimming
// really goes back (no huge-page holes left in the heap).
char *mapChunk(size_t bytes)
{
    const size_t length = bytes + hugePage;
    void *memory = ::mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                          -1, 0);
    if (memory == MAP_FAILED)
        return nullptr;
    char *base = static_cast<char *>(memory);
    char *aligned = reinterpret_cast<char *>(
        roundUp(reinterpret_cast<quintptr>(base), hugePage));
    if (aligned > base)
        ::munmap(base, size_t(aligned - base));
    const size_t tail = size_t(base + length - (aligned + bytes));
    if (tail > 0)
        ::munmap(aligned + bytes, tail);
    ::madvise(aligned, bytes, MADV_HUGEPAGE); // a hint: ignored where THP is off
    return aligned;
}
#endif

// Endpoints mostly hand over copies of the same QString, so comparing the
// data pointers first saves comparing the characters on almost every event.
inline bool sameString(const QString &a, const QString &b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

inline bool sameSource(const TrafficSource &source, const net::TrafficEvent &event)
{
    return source.panelId == event.panelId && source.protocol == event.protocol
        && sameString(source.remote, event.remote) && sameString(source.local, event.local)
        && sameString(source.panel, event.panel);
}

quint32 clampedSize(qsizetype size)
{
    return quint32(qMin<qsizetype>(size, std::numeric_limits<quint32>::max()));
}

} // namespace

bool TrafficSource::operator==(const TrafficSource &other) const
{
    return panelId == other.panelId && protocol == other.protocol && remote == other.remote
        && local == other.local && panel == other.panel;
}

size_t qHash(const TrafficSource &source, size_t seed)
{
    return qHashMulti(seed, source.panelId, int(source.protocol), source.panel, source.local,
                      source.remote);
}

TrafficStore::TrafficStore(qsizetype arenaChunkBytes, int rowChunkShift)
    : m_arenaChunkBytes(qBound<qsizetype>(1, arenaChunkBytes, std::numeric_limits<quint32>::max()))
    , m_rowShift(qBound(0, rowChunkShift, 20))
    , m_rowMask((qsizetype(1) << m_rowShift) - 1)
{
}

TrafficStore::~TrafficStore() = default;

TrafficStore::Row &TrafficStore::appendRow()
{
    const qsizetype index = m_rowHead + m_size;
    if (size_t(index >> m_rowShift) == m_rowChunks.size())
        m_rowChunks.emplace_back(new Row[size_t(m_rowMask + 1)]);
    ++m_size;
    return m_rowChunks[size_t(index >> m_rowShift)][index & m_rowMask];
}

quint32 TrafficStore::intern(const net::TrafficEvent &event)
{
    // A flood comes from a handful of connections: a few recent sources catch
    // nearly every event before any hashing.
    const quint32 known = quint32(m_sources.size());
    for (const quint32 id : m_recent) {
        if (id < known && sameSource(m_sources[id], event))
            return id;
    }
    TrafficSource source{event.panelId, event.panel, event.protocol, event.local, event.remote};
    auto it = m_sourceIds.constFind(source);
    quint32 id = 0;
    if (it != m_sourceIds.constEnd()) {
        id = it.value();
    } else {
        id = quint32(m_sources.size());
        m_sourceIds.insert(source, id);
        m_sources.push_back(std::move(source));
    }
    m_recent[m_recentNext] = id;
    m_recentNext = (m_recentNext + 1) % recentSources;
    return id;
}

char *TrafficStore::reserve(quint32 size, quint32 *chunk, quint32 *offset)
{
    if (m_chunks.empty() || m_chunks.back().capacity - m_chunks.back().used < size) {
        if (!m_chunks.empty()) {
            // Give back the unused tail: rows refer to (chunk, offset), never to
            // addresses, so it does not matter if realloc moves the bytes.
            Chunk &last = m_chunks.back();
#if defined(Q_OS_LINUX)
            size_t &mapped = last.bytes.get_deleter().mappedBytes;
            const size_t keep = roundUp(last.used, smallPage);
            if (mapped > 0) {
                if (keep > 0 && keep < mapped) {
                    ::munmap(last.bytes.get() + keep, mapped - keep);
                    mapped = keep;
                    last.capacity = last.used;
                }
            } else
#endif
            if (last.used < last.capacity) {
                if (char *shrunk = static_cast<char *>(std::realloc(last.bytes.get(), last.used))) {
                    (void)last.bytes.release();
                    last.bytes.reset(shrunk);
                    last.capacity = last.used;
                }
            }
        }
        m_chunks.push_back(takeChunk(size));
    }
    Chunk &last = m_chunks.back();
    *chunk = m_firstChunk + quint32(m_chunks.size() - 1);
    *offset = last.used;
    char *where = last.bytes.get() + last.used;
    last.used += size;
    return where;
}

void TrafficStore::append(const net::TrafficEvent &event)
{
    const quint32 dataSize = clampedSize(event.data.size());
    QByteArray text;
    if (!event.text.isEmpty())
        text = event.text.toUtf8();
    const quint32 textSize = clampedSize(text.size());
    const quint32 source = intern(event);

    Row &row = appendRow();
    row.seq = event.seq;
    row.timeMs = event.timeMs;
    row.dataSize = dataSize;
    row.textSize = textSize;
    row.source = source;
    row.kind = event.kind;
    row.reset = event.reset;
    const quint64 total = quint64(dataSize) + textSize;
    if (total == 0 || total > std::numeric_limits<quint32>::max()) {
        // No bytes: the row still names the current chunk, which keeps chunk
        // numbers rising from row to row (trimming relies on it).
        // A full last chunk is not named, so that trimming can free it sooner.
        const bool lastHasRoom =
            !m_chunks.empty() && m_chunks.back().used < m_chunks.back().capacity;
        row.chunk = m_firstChunk + quint32(m_chunks.size() - (lastHasRoom ? 1 : 0));
        row.offset = 0;
        row.dataSize = row.textSize = 0;
    } else {
        char *where = reserve(quint32(total), &row.chunk, &row.offset);
        if (dataSize)
            std::memcpy(where, event.data.constData(), dataSize);
        if (textSize)
            std::memcpy(where + dataSize, text.constData(), textSize);
    }
    m_footprint += rowOverhead() + row.dataSize + row.textSize;
}

void TrafficStore::removeFront(qsizetype count)
{
    count = qBound<qsizetype>(0, count, m_size);
    if (count == 0)
        return;
    if (count == m_size) {
        // Sources stay: their numbers must not change while rows come and go
        // (filters cache what they decided per source).
        const quint32 nextChunk = m_firstChunk + quint32(m_chunks.size());
        releaseRows();
        m_firstChunk = nextChunk;
        return;
    }
    for (qsizetype row = 0; row < count; ++row)
        m_footprint -= footprint(row);
    m_rowHead += count;
    m_size -= count;
    const size_t freeRowChunks = size_t(m_rowHead >> m_rowShift);
    if (freeRowChunks > 0) {
        m_rowChunks.erase(m_rowChunks.begin(), m_rowChunks.begin() + qsizetype(freeRowChunks));
        m_rowHead &= m_rowMask;
    }
    // Chunk numbers rise with the rows, so every chunk before the first row's is unused.
    const quint32 keepFrom = at(0).chunk;
    const size_t freeChunks = qMin<size_t>(keepFrom - m_firstChunk, m_chunks.size());
    if (freeChunks > 0) {
        keepSpare(m_chunks.begin(), m_chunks.begin() + qsizetype(freeChunks));
        m_chunks.erase(m_chunks.begin(), m_chunks.begin() + qsizetype(freeChunks));
        m_firstChunk += quint32(freeChunks);
    }
}

void TrafficStore::releaseRows()
{
    m_rowChunks.clear();
    m_rowHead = 0;
    m_size = 0;
    m_footprint = 0;
    keepSpare(m_chunks.begin(), m_chunks.end());
    m_chunks.clear();
    m_firstChunk = 0;
}

void TrafficStore::keepSpare(std::vector<Chunk>::iterator from, std::vector<Chunk>::iterator to)
{
    for (auto it = from; it != to; ++it) {
        if (m_spareBytes + it->capacity > maxSpareBytes)
            return;
        m_spareBytes += it->capacity;
        it->used = 0;
        m_spare.push_back(std::move(*it));
    }
}

TrafficStore::Chunk TrafficStore::takeChunk(quint32 size)
{
    for (auto it = m_spare.begin(); it != m_spare.end(); ++it) {
        if (it->capacity >= size) {
            Chunk chunk = std::move(*it);
            m_spare.erase(it);
            m_spareBytes -= chunk.capacity;
            return chunk;
        }
    }
    Chunk fresh;
    fresh.capacity = quint32(qMax<qsizetype>(m_arenaChunkBytes, size));
#if defined(Q_OS_LINUX)
    if (fresh.capacity % hugePage == 0) {
        if (char *mapped = mapChunk(fresh.capacity))
            fresh.bytes = std::unique_ptr<char, ChunkDeleter>(mapped, ChunkDeleter{fresh.capacity});
    }
#endif
    if (!fresh.bytes)
        fresh.bytes.reset(static_cast<char *>(std::malloc(fresh.capacity)));
    if (!fresh.bytes)
        throw std::bad_alloc();
    return fresh;
}

void TrafficStore::clear()
{
    releaseRows();
    m_sources.clear();
    m_sourceIds.clear();
    std::fill(std::begin(m_recent), std::end(m_recent), 0);
    m_recentNext = 0;
}

qint64 TrafficStore::footprint(qsizetype row) const
{
    const Row &r = at(row);
    return rowOverhead() + r.dataSize + r.textSize;
}

const char *TrafficStore::bytesOf(const Row &row) const
{
    return m_chunks[row.chunk - m_firstChunk].bytes.get() + row.offset;
}

QByteArrayView TrafficStore::payload(qsizetype row) const
{
    const Row &r = at(row);
    if (r.dataSize == 0)
        return QByteArrayView();
    return QByteArrayView(bytesOf(r), r.dataSize);
}

QString TrafficStore::text(qsizetype row) const
{
    const Row &r = at(row);
    if (r.textSize == 0)
        return QString();
    return QString::fromUtf8(bytesOf(r) + r.dataSize, r.textSize);
}

net::TrafficEvent TrafficStore::event(qsizetype row) const
{
    const Row &r = at(row);
    const TrafficSource &s = m_sources[r.source];
    net::TrafficEvent e;
    e.seq = r.seq;
    e.timeMs = r.timeMs;
    e.panelId = s.panelId;
    e.panel = s.panel;
    e.protocol = s.protocol;
    e.kind = r.kind;
    e.reset = r.reset;
    e.local = s.local;
    e.remote = s.remote;
    if (r.dataSize)
        e.data = QByteArray(bytesOf(r), r.dataSize);
    e.text = text(row);
    return e;
}

qint64 TrafficStore::arenaCapacity() const
{
    qint64 total = 0;
    for (const Chunk &chunk : m_chunks)
        total += chunk.capacity;
    return total;
}

qint64 TrafficStore::mappedBytes() const
{
    qint64 total = 0;
    for (const Chunk &chunk : m_chunks)
        total += qint64(chunk.bytes.get_deleter().mappedBytes);
    return total;
}

void TrafficStore::ChunkDeleter::operator()(char *bytes) const
{
#if defined(Q_OS_LINUX)
    if (mappedBytes > 0) {
        ::munmap(bytes, mappedBytes);
        return;
    }
#endif
    std::free(bytes);
}

} // namespace swb::models
