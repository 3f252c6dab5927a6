#pragma once

// Compressed bodies for the HTTP tests, made with zlib as a server would.

#include <QByteArray>

#include <zlib.h>

namespace swb::tests {

// windowBits: 16 + 15 gzip, 15 zlib-wrapped deflate, -15 raw deflate.
inline QByteArray compress(const QByteArray &data, int windowBits = 16 + MAX_WBITS)
{
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size())) + 64), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace swb::tests
