#pragma once

#include "net/http/httptypes.h"
#include "net/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace swb::net {

// The line-level grammar of HTTP/1.x (RFC 9112), kept apart from the
// incremental state machine in HttpMessageParser so each can be read alone.
// Every check works on one complete line (without its line end) and fails with
// a translated message (without the offset) and Failure::offset, a position
// inside that line; the parser adds the line's offset.
class HttpSyntax final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::HttpSyntax)
public:
    struct StatusLine
    {
        QByteArray version;
        int status = 0;
        QByteArray reason;
    };
    struct RequestLine
    {
        QByteArray method;
        QByteArray target;
        QByteArray version;
    };
    struct Field
    {
        QByteArray name;
        QByteArray value;
    };
    struct ChunkSize
    {
        qint64 size = 0;
        QByteArray extension; // after the ';', as received
    };

    static bool isTokenChar(char c);

    // Whether these first bytes of a message (a prefix of its first line) can
    // still begin an HTTP response/request. Lets the parser name a non-HTTP
    // peer (SSH banner, TLS record, binary) at once instead of waiting for a
    // line end that may never come.
    static bool plausibleStart(const QByteArray &firstBytes, bool response);
    static QString notHttpMessage(const QByteArray &firstBytes);

    // On failure out keeps what was read before the problem.
    static Result<void> parseStatusLine(const QByteArray &line, StatusLine *out);
    static Result<void> parseRequestLine(const QByteArray &line, RequestLine *out);
    static Result<Field> parseField(const QByteArray &line);
    // What a field line beginning with white space (obs-fold) does.
    enum class Fold { Join, Refuse };
    // Appends one header or trailer line to fields (offset, length: the line's
    // place in the message). Join continues the previous field, with a warning.
    static Result<void> addFieldLine(QList<HttpHeaderLine> *fields, const QByteArray &line,
                                     qint64 offset, qint64 length, Fold fold, int maxLines,
                                     QStringList *warnings);
    static Result<ChunkSize> parseChunkSize(const QByteArray &line);

    // "42" or a repeated list "42, 42"; false when a member is not all digits,
    // the members disagree, or the value does not fit.
    static bool parseContentLength(const QByteArray &value, qint64 *out);
    // Comma-separated, trimmed and lower-cased: "Keep-Alive, Upgrade" -> {"keep-alive", "upgrade"}.
    static QList<QByteArray> tokens(const QByteArray &list);
    static bool hasToken(const QByteArray &list, const QByteArray &lowerToken);
    // Bytes shown in a message: printable ASCII as is, the rest as \r, \n, \xNN.
    static QString escaped(const QByteArray &bytes, int maxBytes = 32);
    // Removes leading and trailing spaces and tabs (not other white space).
    static QByteArray trimmedOws(const QByteArray &value);
};

} // namespace swb::net
