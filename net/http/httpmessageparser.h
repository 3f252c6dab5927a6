#pragma once

#include "net/http/httptypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace swb::net {

// An incremental HTTP/1.x parser for responses (and requests: same framing,
// different first line). Bytes arrive in any pieces; every part is reported
// with its byte offset in the whole message so views can mark the status line,
// each header line, the blank line and the header/body boundary exactly.
// It never throws, never allocates beyond the limits it is given, and stops at
// the first error with a translated message and the offending offset.
//
// Decisions worth knowing (RFC 9112 leaves some to the recipient):
// - Lines end in CR LF; a bare LF is accepted with one warning per message. A
//   CR not followed by LF inside a line is an error.
// - obs-fold (a header line starting with a space or tab): in a response it is
//   joined to the previous header with one space and warned about, as user
//   agents may; in a request, or as the first header line, it is an error, as
//   a server must reject it.
// - Transfer-Encoding ending in chunked wins over Content-Length (a warning
//   says the length was ignored); Content-Length headers that disagree, or a
//   value that is not a number, are errors at the offending header line.
// - A response without length or chunked framing runs until the connection
//   closes (finish() ends it). A request without either has no body.
// - Once a message is complete, feed() consumes nothing more and returns how
//   much belonged to the message. On a connection that will close
//   (!keepAlive()), whatever else arrives is counted in extraBytes() with the
//   warning "body longer than Content-Length by N bytes", in the same feed()
//   call or a later one: do not feed the same leftover twice. On a keep-alive
//   connection the leftover is the next message: reset(), then feed it.
class HttpMessageParser final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::HttpMessageParser)
public:
    enum class Kind { Response, Request };
    enum class State { FirstLine, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done, Error };

    explicit HttpMessageParser(Kind kind = Kind::Response);

    // A response to HEAD (and 1xx/204/304) has no body whatever its headers say.
    void setRequestMethod(const QByteArray &method);
    // Header section larger than this is an error (default 1 MiB).
    void setMaxHeaderBytes(qint64 bytes);
    // Body bytes beyond this are counted and framed but not kept (default 64 MiB).
    void setMaxKeptBodyBytes(qint64 bytes);

    // Feeds the next bytes. Returns the number consumed: less than given when the
    // message ended (the rest belongs to the next message on a keep-alive
    // connection) or when an error stopped parsing (then: the bytes before the
    // offending one; totalBytes() becomes errorOffset()).
    qint64 feed(const QByteArray &bytes);
    // The peer closed: ends a body framed by the close, flags a truncated one.
    void finish();
    // Ready for the next message on the same connection (keep-alive).
    void reset();

    State state() const { return m_state; }
    bool isComplete() const { return m_state == State::Done; }
    bool hasError() const { return m_state == State::Error; }
    QString errorMessage() const { return m_error; }
    qint64 errorOffset() const { return m_errorOffset; }
    // Warnings that do not stop parsing: body longer than Content-Length, bare LF line ends, …
    QStringList warnings() const { return m_warnings; }

    // First line. Response: version, status code, reason. Request: method, target, version.
    QByteArray firstLine() const { return m_firstLine; }
    qint64 firstLineLength() const { return m_firstLineLength; }
    QByteArray httpVersion() const { return m_version; }
    int statusCode() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    QByteArray method() const { return m_method; }
    QByteArray target() const { return m_target; }

    QList<HttpHeaderLine> headers() const { return m_headers; }
    // The last value of a header, case-insensitive name; empty if absent.
    QByteArray header(const QByteArray &name) const;
    // Offset of the first body byte: just after the blank line. -1 until known.
    qint64 headerEnd() const { return m_headerEnd; }
    qint64 blankLineOffset() const { return m_blankLineOffset; }

    HttpBodyFraming bodyFraming() const { return m_framing; }
    qint64 contentLength() const { return m_contentLength; } // -1 when absent
    QList<HttpChunk> chunks() const { return m_chunks; }
    // The body after de-chunking, still content-encoded (gzip/deflate), up to the kept limit.
    QByteArray body() const { return m_body; }
    // Hands over the kept body bytes and forgets them: a reader that streams
    // the body elsewhere after every feed() keeps the parser's memory to one
    // feed's worth (maxKeptBodyBytes still caps that).
    QByteArray takeKeptBody();
    qint64 bodyBytes() const { return m_bodyBytes; } // all body bytes, kept or not
    qint64 totalBytes() const { return m_consumed; } // bytes of this message consumed so far
    bool keepAlive() const;

    // Trailer fields after the last chunk, with offsets like headers().
    QList<HttpHeaderLine> trailers() const { return m_trailers; }
    // All chunks seen, including the last; chunks() keeps at most maxKeptChunks of them.
    qint64 chunkCount() const { return m_chunkCount; }
    static constexpr int maxKeptChunks = 100000;
    static constexpr int maxHeaderLines = 10000;
    // Bytes after the end of a complete message on a connection that will close.
    qint64 extraBytes() const { return m_extraBytes; }

private:
    qint64 takeLine(const char *data, qint64 size);
    void firstLineComplete(const QByteArray &line, qint64 offset, qint64 length);
    void fieldLineComplete(const QByteArray &line, qint64 offset, qint64 length); // header or trailer
    void chunkSizeLineComplete(const QByteArray &line, qint64 offset, qint64 length);
    qint64 takeBody(const char *data, qint64 size);
    qint64 takeChunkDataEnd(const char *data, qint64 size);
    void countExtra(qint64 bytes);
    void headersDone();
    void keepBody(const char *data, qint64 size);
    void fail(const QString &message, qint64 offset);
    void warnBareLf(qint64 offset);

    Kind m_kind;
    State m_state = State::FirstLine;
    QByteArray m_requestMethod;
    qint64 m_maxHeaderBytes = 1 << 20;
    qint64 m_maxKeptBody = qint64(64) << 20;
    QByteArray m_line;      // partial line being assembled
    qint64 m_lineStart = 0; // its offset
    qint64 m_consumed = 0;
    QString m_error;
    qint64 m_errorOffset = -1;
    QStringList m_warnings;
    bool m_warnedBareLf = false;
    int m_extraWarning = -1; // index in m_warnings
    qint64 m_extraBytes = 0;
    QByteArray m_firstLine;
    qint64 m_firstLineLength = 0;
    QByteArray m_version;
    int m_status = 0;
    QByteArray m_reason;
    QByteArray m_method;
    QByteArray m_target;
    QList<HttpHeaderLine> m_headers;
    QList<HttpHeaderLine> m_trailers;
    qint64 m_headerEnd = -1;
    qint64 m_blankLineOffset = -1;
    qint64 m_trailerStart = 0;
    HttpBodyFraming m_framing = HttpBodyFraming::None;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0;
    bool m_crSeen = false;  // ChunkDataEnd: the CR of the CR LF after chunk data
    QList<HttpChunk> m_chunks;
    qint64 m_chunkCount = 0;
    QByteArray m_body;
    qint64 m_bodyBytes = 0;
};

} // namespace swb::net
