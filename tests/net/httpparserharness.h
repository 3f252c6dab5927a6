#pragma once

// Shared by the HTTP parser tests: runs a parser over the input cut into
// pieces and describes everything it reports in one string, so that a run
// split at any byte position can be compared with the run in one piece.

#include "net/http/httpmessageparser.h"
#include "net/http/httpsyntax.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace swb::tests {

using net::HttpMessageParser;

struct ParserSetup
{
    HttpMessageParser::Kind kind = HttpMessageParser::Kind::Response;
    QByteArray requestMethod;
    qint64 maxHeaderBytes = 0; // 0: default
    bool finishAtEnd = false;  // the peer closes after the last byte
};

inline QString describeLines(const QList<net::HttpHeaderLine> &lines)
{
    QStringList parts;
    for (const net::HttpHeaderLine &line : lines)
        parts << QStringLiteral("%1=%2@%3+%4")
                     .arg(QString::fromLatin1(line.name), QString::fromLatin1(line.value))
                     .arg(line.offset)
                     .arg(line.length);
    return parts.join(QLatin1Char(' '));
}

inline QString describe(const HttpMessageParser &p)
{
    QStringList out;
    out << QStringLiteral("state=%1").arg(int(p.state()));
    out << QStringLiteral("first=%1 len=%2").arg(QString::fromLatin1(p.firstLine())).arg(p.firstLineLength());
    out << QStringLiteral("version=%1 status=%2 reason=%3 method=%4 target=%5")
               .arg(QString::fromLatin1(p.httpVersion()))
               .arg(p.statusCode())
               .arg(QString::fromLatin1(p.reasonPhrase()), QString::fromLatin1(p.method()),
                    QString::fromLatin1(p.target()));
    out << QStringLiteral("headers=[%1]").arg(describeLines(p.headers()));
    out << QStringLiteral("headerEnd=%1 blank=%2").arg(p.headerEnd()).arg(p.blankLineOffset());
    out << QStringLiteral("framing=%1 cl=%2").arg(int(p.bodyFraming())).arg(p.contentLength());
    QStringList chunks;
    for (const net::HttpChunk &c : p.chunks())
        chunks << QStringLiteral("%1+%2:%3+%4")
                      .arg(c.sizeLineOffset)
                      .arg(c.sizeLineLength)
                      .arg(c.dataOffset)
                      .arg(c.dataLength);
    out << QStringLiteral("chunks=[%1] count=%2").arg(chunks.join(QLatin1Char(' '))).arg(p.chunkCount());
    out << QStringLiteral("trailers=[%1]").arg(describeLines(p.trailers()));
    out << QStringLiteral("body=%1 bodyBytes=%2 total=%3")
               .arg(net::HttpSyntax::escaped(p.body(), 400))
               .arg(p.bodyBytes())
               .arg(p.totalBytes());
    out << QStringLiteral("keepAlive=%1 extra=%2").arg(p.keepAlive()).arg(p.extraBytes());
    out << QStringLiteral("warnings=[%1]").arg(p.warnings().join(QLatin1Char('|')));
    // What a non-HTTP peer's first bytes look like depends on how many had arrived.
    QString error = p.errorMessage();
    const qsizetype cut = error.indexOf(QLatin1String("the first bytes are"));
    if (cut >= 0)
        error.truncate(cut);
    out << QStringLiteral("error@%1=%2").arg(p.errorOffset()).arg(error);
    return out.join(QLatin1Char('\n'));
}

// Feeds pieces as a connection would deliver them. A complete keep-alive
// message is described, then the parser is reset for the next one; on a
// closing connection the rest is left to the parser (extra bytes).
inline QStringList runPieces(const ParserSetup &setup, const QList<QByteArray> &pieces,
                             HttpMessageParser *last = nullptr)
{
    HttpMessageParser p(setup.kind);
    p.setRequestMethod(setup.requestMethod);
    if (setup.maxHeaderBytes > 0)
        p.setMaxHeaderBytes(setup.maxHeaderBytes);
    QStringList messages;
    for (const QByteArray &piece : pieces) {
        QByteArray rest = piece;
        while (!rest.isEmpty() && !p.hasError()) {
            if (p.isComplete() && p.keepAlive()) {
                messages << describe(p);
                p.reset();
            }
            const qint64 n = p.feed(rest);
            if (n < 0 || n > rest.size())
                return {QStringLiteral("feed returned %1 of %2").arg(n).arg(rest.size())};
            rest = rest.mid(n);
            if (p.isComplete() && !p.keepAlive())
                break;
            if (n == 0 && !p.isComplete() && !p.hasError())
                return {QStringLiteral("feed consumed nothing in state %1").arg(int(p.state()))};
        }
    }
    if (setup.finishAtEnd)
        p.finish();
    messages << describe(p);
    if (last)
        *last = p;
    return messages;
}

inline QList<QByteArray> splitAt(const QByteArray &input, QList<qsizetype> cuts)
{
    QList<QByteArray> pieces;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        pieces << input.mid(from, cut - from);
        from = cut;
    }
    pieces << input.mid(from);
    return pieces;
}

inline QList<QByteArray> bytewise(const QByteArray &input)
{
    QList<QByteArray> pieces;
    for (const char c : input)
        pieces << QByteArray(1, c);
    return pieces;
}

} // namespace swb::tests
