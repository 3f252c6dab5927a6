#include "net/http/inflatestream.h"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace swb::net {

struct InflateStream::Zlib
{
    z_stream stream{};
    bool ready = false;
};

namespace {

int windowBits(InflateStream::Wrapper wrapper)
{
    switch (wrapper) {
    case InflateStream::Wrapper::Gzip:
        return 16 + MAX_WBITS;
    case InflateStream::Wrapper::Zlib:
        return MAX_WBITS;
    case InflateStream::Wrapper::Raw:
        return -MAX_WBITS;
    }
    return MAX_WBITS;
}

bool startsGzipMember(const char *data, qint64 size)
{
    return size >= 2 && uchar(data[0]) == 0x1f && uchar(data[1]) == 0x8b;
}

} // namespace

InflateStream::InflateStream(Wrapper wrapper)
    : m_zlib(std::make_unique<Zlib>())
    , m_wrapper(wrapper)
    , m_slice(int(sliceBytes), Qt::Uninitialized)
{
    m_zlib->ready = inflateInit2(&m_zlib->stream, windowBits(wrapper)) == Z_OK;
    if (!m_zlib->ready) {
        m_broken = true;
        m_message = QStringLiteral("inflateInit2 failed");
    }
}

InflateStream::~InflateStream()
{
    if (m_zlib->ready)
        inflateEnd(&m_zlib->stream);
}

bool InflateStream::looksZlibWrapped(const QByteArray &start)
{
    if (start.size() < 2)
        return true;
    const uint cmf = uchar(start.at(0));
    const uint flg = uchar(start.at(1));
    return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && (cmf * 256 + flg) % 31 == 0;
}

InflateStream::Status InflateStream::push(const char *data, qint64 size, const Sink &out)
{
    if (m_heldMagic && size > 0) {
        m_heldMagic = false;
        if (uchar(data[0]) == 0x8b) {
            // It was another member: give zlib its first byte, then the rest.
            static const char magic = char(0x1f);
            inflateReset(&m_zlib->stream);
            m_ended = false;
            --m_consumed;
            const Status status = feed(&magic, 1, out);
            if (status == Status::Stopped || status == Status::Broken)
                return status;
        } else {
            ++m_trailing;
        }
    }
    return feed(data, size, out);
}

InflateStream::Status InflateStream::feed(const char *data, qint64 size, const Sink &out)
{
    if (m_broken)
        return Status::Broken;
    z_stream &stream = m_zlib->stream;
    qint64 used = 0;
    while (used < size) {
        if (m_ended) {
            // Another gzip member follows? Only gzip has members; anything else is
            // trailing, and so is all that comes after it, whatever the pieces
            // (decoding the body whole sees one run of trailing bytes too).
            if (m_trailing > 0) {
                m_trailing += size - used;
                m_consumed += size - used;
                return Status::Ended;
            }
            if (m_wrapper == Wrapper::Gzip && size - used == 1 && uchar(data[used]) == 0x1f) {
                m_heldMagic = true; // the next piece tells
                ++m_consumed;
                return Status::Ended;
            }
            if (m_wrapper != Wrapper::Gzip || !startsGzipMember(data + used, size - used)) {
                m_trailing += size - used;
                m_consumed += size - used;
                return Status::Ended;
            }
            inflateReset(&stream);
            m_ended = false;
        }
        const qint64 inChunk = std::min<qint64>(size - used, std::numeric_limits<uInt>::max());
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data + used));
        stream.avail_in = uInt(inChunk);
        stream.next_out = reinterpret_cast<Bytef *>(m_slice.data());
        stream.avail_out = uInt(sliceBytes);
        const int rc = inflate(&stream, Z_NO_FLUSH);
        const qint64 taken = inChunk - stream.avail_in;
        used += taken;
        m_consumed += taken;
        const qint64 produced = sliceBytes - stream.avail_out;
        if (produced > 0 && !out(m_slice.constData(), produced))
            return Status::Stopped;
        if (rc == Z_STREAM_END) {
            m_ended = true;
            continue;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_broken = true;
            m_message = QString::fromLatin1(stream.msg ? stream.msg : "error");
            return Status::Broken;
        }
        if (taken == 0 && produced == 0)
            break; // zlib wants more input than this piece has
    }
    // Output may still wait inside zlib for a piece that is all used up.
    for (;;) {
        if (m_ended)
            return Status::Ended;
        stream.next_in = nullptr;
        stream.avail_in = 0;
        stream.next_out = reinterpret_cast<Bytef *>(m_slice.data());
        stream.avail_out = uInt(sliceBytes);
        const int rc = inflate(&stream, Z_NO_FLUSH);
        const qint64 produced = sliceBytes - stream.avail_out;
        if (produced > 0 && !out(m_slice.constData(), produced))
            return Status::Stopped;
        if (rc == Z_STREAM_END) {
            m_ended = true;
            return Status::Ended;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_broken = true;
            m_message = QString::fromLatin1(stream.msg ? stream.msg : "error");
            return Status::Broken;
        }
        if (produced == 0)
            return Status::More;
    }
}

} // namespace swb::net
