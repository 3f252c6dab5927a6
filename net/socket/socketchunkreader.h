#pragma once

#include <QByteArray>

#include <functional>

class QAbstractSocket;

namespace swb::net {

// Reads what a socket has in chunks of up to 1 MiB into one reused buffer,
// for a download that must go fast (the HTTP panel's raw mode):
//
//   SocketChunkReader::limitQtBuffer(socket);          // plain TCP, before connecting
//   reader.readAvailable(socket, true, [&](const QByteArray &chunk) { ...; return alive; });
//
// Why not readAll(): it hands out a fresh array per readyRead and grows it by
// realloc, and at hundreds of MB/s the allocations, the page faults on new
// memory and the extra copies cost more than the work. A receiver that keeps
// a chunk shares it (copy-on-write), and the next read takes a new buffer.
// With direct reads (plain TCP on Unix) Qt keeps only 64 KiB itself; after
// that is drained the descriptor is read straight into the buffer, which
// saves copying every byte once more through Qt's ring buffer.
class SocketChunkReader final
{
public:
    static constexpr qint64 maxChunkBytes = qint64(1) << 20;
    static constexpr qint64 qtBufferBytes = qint64(64) << 10;
    // Per call, so that a fast download still lets the event loop run.
    static constexpr qint64 maxDirectBytesPerCall = qint64(16) << 20;

    // For a socket that will be read with direct reads (not TLS: those bytes
    // must go through Qt to be decrypted).
    static void limitQtBuffer(QAbstractSocket *socket);

    // Qt's buffer first, all of it (that keeps the order, and reading it empty
    // is what turns Qt's read notifications back on), then with direct the
    // descriptor, until it has nothing more. take() returns false when the
    // socket has gone away (closed in the handler), and reading stops. End of
    // stream and errors are left for Qt's own next read to report.
    void readAvailable(QAbstractSocket *socket, bool direct,
                       const std::function<bool(const QByteArray &)> &take);

private:
    char *reserve(qint64 bytes);

    QByteArray m_buffer;
};

} // namespace swb::net
