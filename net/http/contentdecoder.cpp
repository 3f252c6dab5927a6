#include "net/http/contentdecoder.h"

#include "net/http/httpsyntax.h"
#include "net/http/inflatestream.h"
#include "net/text/counttext.h"

#include <algorithm>

namespace swb::net {

namespace {

using Wrapper = InflateStream::Wrapper;

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

// The whole input at once, through the same stream the fetch client uses piece by piece.
Inflated inflateAll(const QByteArray &input, Wrapper wrapper, qint64 maxOutput)
{
    Inflated result;
    InflateStream stream(wrapper);
    const InflateStream::Status status =
        stream.push(input.constData(), input.size(), [&](const char *data, qint64 size) {
            const qint64 room = maxOutput - result.bytes.size();
            result.bytes.append(data, qsizetype(std::min(room, size)));
            if (size < room)
                return true;
            result.truncated = true;
            return false;
        });
    result.ended = stream.ended();
    result.trailing = stream.trailing();
    if (status == InflateStream::Status::Broken) {
        result.failedAt = stream.consumed();
        result.zlibMessage = stream.zlibMessage();
        return result;
    }
    result.ok = true;
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
            result.note = tr("%1 bytes after the end of the %2 data were ignored.", "",
                             CountText::form(qint64(inflated.trailing)))
                              .arg(inflated.trailing)
                              .arg(codingName(wrapper));
        if (inflated.truncated)
            result.note = tr("Decoding stopped at %1 bytes, the limit for a decoded body.")
                              .arg(maxOutput);
    }
    return result;
}

} // namespace swb::net
