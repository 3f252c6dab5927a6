#pragma once

// What both fuzz targets do with one input: parse it whole, then again cut
// into pieces chosen by the input itself, and insist that both runs report
// exactly the same thing (incremental parsing must not depend on where the
// network happened to split the bytes). Any difference, or a broken
// invariant, aborts: libFuzzer then saves the input as a crash.

#include "fuzz/fuzzcheck.h"

#include "net/http/charsetdetector.h"
#include "net/http/contentdecoder.h"
#include "net/http/contentdecodestream.h"
#include "net/http/httpmessageparser.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace swb::fuzz {

using net::HttpMessageParser;

struct Outcome
{
    QList<QByteArray> summaries;
    QList<QByteArray> bodies;
    QList<QByteArray> encodings;
    QList<QByteArray> contentTypes;
};

inline QByteArray summary(const HttpMessageParser &p)
{
    QByteArray s = QByteArray::number(int(p.state())) + '|' + QByteArray::number(p.errorOffset()) + '|'
        + QByteArray::number(p.totalBytes()) + '|' + QByteArray::number(p.bodyBytes()) + '|'
        + QByteArray::number(p.headerEnd()) + '|' + QByteArray::number(int(p.bodyFraming())) + '|'
        + QByteArray::number(p.contentLength()) + '|' + QByteArray::number(p.chunkCount()) + '|'
        + QByteArray::number(p.extraBytes()) + '|' + QByteArray::number(p.keepAlive()) + '|'
        + p.firstLine() + '|' + QByteArray::number(p.warnings().size());
    for (const net::HttpHeaderLine &h : p.headers())
        s += '|' + h.name + ':' + h.value + '@' + QByteArray::number(h.offset) + '+' + QByteArray::number(h.length);
    for (const net::HttpChunk &c : p.chunks())
        s += '|' + QByteArray::number(c.sizeLineOffset) + ',' + QByteArray::number(c.dataLength);
    for (const QString &w : p.warnings())
        s += '|' + w.toUtf8();
    return s;
}

inline void checkInvariants(const HttpMessageParser &p)
{
    check(p.bodyBytes() >= p.body().size(), "kept body larger than the body");
    check(p.totalBytes() >= 0, "negative total");
    if (p.hasError())
        check(p.errorOffset() >= 0 && p.errorOffset() == p.totalBytes(), "error offset != total");
    qint64 previousEnd = p.firstLineLength();
    for (const net::HttpHeaderLine &h : p.headers()) {
        check(h.offset >= previousEnd && h.length > 0, "header lines out of order");
        previousEnd = h.offset + h.length;
    }
    // An error in the framing headers (a bad Content-Length) is found after
    // the blank line but points back at the header line: skip the bound then.
    if (p.headerEnd() >= 0 && !p.hasError())
        check(p.headerEnd() >= previousEnd && p.headerEnd() <= p.totalBytes(), "header end out of range");
    qint64 chunkEnd = p.headerEnd();
    for (const net::HttpChunk &c : p.chunks()) {
        check(c.sizeLineOffset >= chunkEnd && c.dataOffset == c.sizeLineOffset + c.sizeLineLength,
              "chunk offsets out of order");
        chunkEnd = c.dataOffset + c.dataLength;
    }
}

// pieces: 0 = the whole input at once; otherwise cut by a small generator seeded with it.
inline Outcome run(HttpMessageParser::Kind kind, const QByteArray &input, uint8_t flags, uint32_t pieces)
{
    Outcome outcome;
    HttpMessageParser p(kind);
    p.setMaxHeaderBytes(flags & 1 ? 200 : 16 * 1024);
    p.setMaxKeptBodyBytes(flags & 2 ? 7 : 1 << 20);
    if (flags & 4)
        p.setRequestMethod("HEAD");
    uint32_t state = pieces;
    qsizetype at = 0;
    int messages = 0;
    while (at < input.size() && !p.hasError() && messages < 32) {
        qsizetype length = input.size() - at;
        if (pieces != 0) {
            state = state * 1103515245u + 12345u;
            length = std::min<qsizetype>(length, 1 + (state >> 16) % 37);
        }
        QByteArray piece = input.mid(at, length);
        at += length;
        while (!piece.isEmpty() && !p.hasError() && messages < 32) {
            if (p.isComplete() && p.keepAlive()) {
                checkInvariants(p);
                outcome.summaries << summary(p);
                outcome.bodies << p.body();
                outcome.encodings << p.header("Content-Encoding");
                outcome.contentTypes << p.header("Content-Type");
                p.reset();
                ++messages;
            }
            const qint64 used = p.feed(piece);
            check(used >= 0 && used <= piece.size(), "feed returned more than given");
            piece = piece.mid(used);
            if (p.isComplete() && !p.keepAlive())
                break;
            check(used > 0 || p.isComplete() || p.hasError(), "feed consumed nothing");
        }
    }
    if (flags & 8)
        p.finish();
    checkInvariants(p);
    outcome.summaries << summary(p);
    outcome.bodies << p.body();
    outcome.encodings << p.header("Content-Encoding");
    outcome.contentTypes << p.header("Content-Type");
    return outcome;
}

// The layers above the parser get what the parser produced, as the panel would.
inline void decodeBodies(const Outcome &outcome, uint8_t flags)
{
    for (qsizetype i = 0; i < outcome.bodies.size(); ++i) {
        const QByteArray &body = outcome.bodies.at(i);
        QByteArray encoding = outcome.encodings.at(i);
        if (encoding.isEmpty() && (flags & 16))
            encoding = flags & 32 ? "gzip" : "deflate";
        net::ContentDecoder::Decoded partial;
        const Result<net::ContentDecoder::Decoded> decoded =
            net::ContentDecoder::decode(body, encoding, 1 << 20, &partial);
        check(!decoded || decoded->bytes.size() <= (1 << 20), "decoder ignored its limit");
        check(decoded.ok() || decoded.failure().offset <= body.size(), "broken beyond the body");
        // Fetch mode's streaming decoder, fed in pieces the seed picks, bounded the same way.
        net::ContentDecodeStream::Limits limits;
        limits.maxDecodedBytes = 1 << 20;
        net::ContentDecodeStream stream(encoding, limits);
        QByteArray streamed;
        Result<void> fed;
        const qsizetype piece = 1 + qsizetype(flags % 61);
        for (qsizetype at = 0; fed && at < body.size(); at += piece)
            fed = stream.push(body.mid(at, piece), [&streamed](const QByteArray &bytes) -> Result<void> {
                streamed += bytes;
                return {};
            });
        check(streamed.size() <= (1 << 20) + net::InflateStream::sliceBytes, "stream ignored its limit");
        if (fed && decoded && !decoded->truncated && stream.finish().ok())
            check(streamed == decoded->bytes, "streamed and whole decoding differ");
        const QByteArray text = (decoded ? decoded->bytes : partial.bytes).left(64 * 1024);
        const net::CharsetDetector::Result charset = net::CharsetDetector::detect(outcome.contentTypes.at(i), text);
        check(!charset.charset.isEmpty(), "no charset");
        (void)net::CharsetDetector::decode(text, charset.charset);
        const QList<QByteArray> choices = net::CharsetDetector::overrideChoices();
        (void)net::CharsetDetector::decode(text.left(512), choices.at(int(flags >> 5) % choices.size()));
    }
}

inline int fuzzOne(HttpMessageParser::Kind kind, const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const uint8_t flags = data[0];
    const uint32_t seed = uint32_t(data[1]) << 8 | data[2];
    const QByteArray input(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));
    const Outcome whole = run(kind, input, flags, 0);
    const Outcome split = run(kind, input, flags, seed | 1);
    check(whole.summaries == split.summaries, "split run reports differently from whole run");
    check(whole.bodies == split.bodies, "split run has another body");
    decodeBodies(whole, flags);
    return 0;
}

} // namespace swb::fuzz
