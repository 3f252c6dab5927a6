#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace swb::net {

// One zlib stream (gzip, zlib-wrapped or raw deflate) undone piece by piece:
// the input may come in any number of pieces, and the output leaves in slices
// of at most sliceBytes, so that neither side is ever held whole. A gzip body
// may hold several members back to back (what `cat a.gz b.gz` makes), which
// gunzip and browsers read as one; so does this.
class InflateStream final
{
public:
    enum class Wrapper { Gzip, Zlib, Raw };
    enum class Status { More, Ended, Stopped, Broken };
    static constexpr qint64 sliceBytes = 64 * 1024;
    // Receives the next decoded slice; false stops the stream (push() says Stopped).
    using Sink = std::function<bool(const char *data, qint64 size)>;

    explicit InflateStream(Wrapper wrapper);
    ~InflateStream();
    InflateStream(const InflateStream &) = delete;
    InflateStream &operator=(const InflateStream &) = delete;

    Status push(const char *data, qint64 size, const Sink &out);
    // Input bytes taken so far (up to the break, when Broken).
    qint64 consumed() const { return m_consumed; }
    bool ended() const { return m_ended; }
    // Input bytes after the end of the stream(s).
    qint64 trailing() const { return m_trailing + (m_heldMagic ? 1 : 0); }
    QString zlibMessage() const { return m_message; }
    // Whether the first bytes of a deflate body look like the zlib wrapper (RFC 1950).
    static bool looksZlibWrapped(const QByteArray &start);

private:
    Status feed(const char *data, qint64 size, const Sink &out);

    struct Zlib;
    std::unique_ptr<Zlib> m_zlib;
    Wrapper m_wrapper;
    qint64 m_consumed = 0;
    qint64 m_trailing = 0;
    bool m_ended = false;
    bool m_broken = false;
    // A piece ended with the first byte of what may be another gzip member.
    bool m_heldMagic = false;
    QString m_message;
    QByteArray m_slice;
};

} // namespace swb::net
