#include "net/http/contentdecoder.h"

#include "net/http/httpsyntax.h"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace swb::net {

namespace {

enum class Wrapper { Gzip, Zlib, Raw };

struct Inflated
{
    QByteArray bytes;
    bool ok = false;
    bool ended = false;     // the end-of-stream marker arrived
    bool truncated = false; // stopped at maxOutput
    qint64 failedAt = -1;   // input offset where zlib gave up
    qint64 trailing = 0;    // input bytes after the end of the stream(s)
    QString zlibMessage;
};

int windowBits(Wrapper wrapper)
{
    switch (wrapper) {
    case Wrapper::Gzip:
        return 16 + MAX_WBITS;
    case Wrapper::Zlib:
        return MAX_WBITS;
    case Wrapper::Raw:
        return -MAX_WBITS;
    }
    return MAX_WBITS;
}

// Inflates in bounded steps; a gzip body may hold several members back to back
// (what `cat a.gz b.gz` makes), which gunzip and browsers read as one.
Inflated inflateAll(const QByteArray &input, Wrapper wrapper, qint64 maxOutput)
{
    Inflated result;
    z_stream stream{};
    if (inflateInit2(&stream, windowBits(wrapper)) != Z_OK) {
        result.zlibMessage = QStringLiteral("inflateInit2 failed");
        result.failedAt = 0;
        return result;
    }
    constexpr qint64 step = 64 * 1024;
    qint64 inputUsed = 0;
    const qint64 inputSize = input.size();
    QByteArray buffer(int(step), Qt::Uninitialized);
    for (;;) {
        const qint64 inChunk = std::min<qint64>(inputSize - inputUsed, std::numeric_limits<uInt>::max());
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData() + inputUsed));
        stream.avail_in = uInt(inChunk);
        const qint64 room = std::min<qint64>(step, maxOutput - result.bytes.size());
        if (room <= 0) {
            result.truncated = true;
            break;
        }
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = uInt(room);
        const int rc = inflate(&stream, Z_NO_FLUSH);
        const qint64 consumed = inChunk - stream.avail_in;
        inputUsed += consumed;
        result.bytes.append(buffer.constData(), room - stream.avail_out);
        if (rc == Z_STREAM_END) {
            result.ended = true;
            // Another gzip member follows? Only gzip has members; anything else is trailing.
            if (wrapper == Wrapper::Gzip && inputSize - inputUsed >= 2
                && uchar(input.at(inputUsed)) == 0x1f && uchar(input.at(inputUsed + 1)) == 0x8b) {
                inflateReset(&stream);
                result.ended = false;
                continue;
            }
            result.trailing = inputSize - inputUsed;
            result.ok = true;
            break;
        }
        if (rc == Z_BUF_ERROR && stream.avail_in == 0 && consumed == 0
            && stream.avail_out == uInt(room)) {
            // Input exhausted without the end marker.
            result.ok = true;
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            result.failedAt = inputUsed;
            result.zlibMessage = QString::fromLatin1(stream.msg ? stream.msg : "error");
            break;
        }
        if (inputUsed >= inputSize && stream.avail_out != 0) {
            result.ok = true; // all input used, zlib wants more: truncated stream
            break;
        }
    }
    inflateEnd(&stream);
    return result;
}

QString codingName(Wrapper wrapper)
{
    switch (wrapper) {
    case Wrapper::Gzip:
        return QStringLiteral("gzip");
    case Wrapper::Zlib:
        return QStringLiteral("deflate (zlib)");
    case Wrapper::Raw:
        return QStringLiteral("deflate (raw)");
    }
    return QString();
}

} // namespace

Result<ContentDecoder::Decoded> ContentDecoder::decode(const QByteArray &body,
                                                       const QByteArray &encoding, qint64 maxOutput,
                                                       Decoded *partial)
{
    Decoded result;
    result.bytes = body;
    const auto fail = [&](const QString &message, qint64 offset) {
        if (partial)
            *partial = result;
        return Failure{message, 0, offset};
    };
    if (body.isEmpty())
        return result;
    // Codings are listed in the order they were applied; undo them last first.
    QList<QByteArray> codings = HttpSyntax::tokens(encoding);
    std::reverse(codings.begin(), codings.end());
    for (const QByteArray &coding : std::as_const(codings)) {
        if (coding == "identity")
            continue;
        Inflated inflated;
        Wrapper wrapper = Wrapper::Gzip;
        if (coding == "gzip" || coding == "x-gzip") {
            inflated = inflateAll(result.bytes, Wrapper::Gzip, maxOutput);
        } else if (coding == "deflate") {
            // RFC 9110 says zlib-wrapped; some servers send raw deflate. Try both.
            wrapper = Wrapper::Zlib;
            inflated = inflateAll(result.bytes, Wrapper::Zlib, maxOutput);
            if (!inflated.ok && inflated.bytes.isEmpty()) {
                Inflated raw = inflateAll(result.bytes, Wrapper::Raw, maxOutput);
                if (raw.ok || !raw.bytes.isEmpty()) {
                    wrapper = Wrapper::Raw;
                    inflated = std::move(raw);
                }
            }
        } else {
            return fail(tr("Content-Encoding \"%1\" is not supported here (gzip and "
                           "deflate are); the body is shown as received.")
                            .arg(QString::fromLatin1(coding)),
                        -1);
        }
        result.bytes = inflated.bytes;
        result.truncated = result.truncated || inflated.truncated;
        if (!inflated.ok && !inflated.truncated) {
            return fail(tr("The %1 data is broken at byte offset %2 of the body (zlib: "
                           "%3); %4 bytes were decoded before it.")
                            .arg(codingName(wrapper))
                            .arg(inflated.failedAt)
                            .arg(inflated.zlibMessage)
                            .arg(inflated.bytes.size()),
                        inflated.failedAt);
        }
        if (inflated.ok && !inflated.ended && !inflated.truncated) {
            return fail(tr("The %1 data ends early: its end marker never came after "
                           "byte offset %2 of the body; %3 bytes were decoded.")
                            .arg(codingName(wrapper))
                            .arg(body.size())
                            .arg(inflated.bytes.size()),
                        body.size());
        }
        if (inflated.trailing > 0)
            result.note = tr("%1 bytes after the end of the %2 data were ignored.")
                              .arg(inflated.trailing)
                              .arg(codingName(wrapper));
        if (inflated.truncated)
            result.note = tr("Decoding stopped at %1 bytes, the limit for a decoded body.")
                              .arg(maxOutput);
    }
    return result;
}

} // namespace swb::net
