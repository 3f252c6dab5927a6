#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace swb::net {

// One header line as it appeared on the wire.
struct HttpHeaderLine
{
    QByteArray name;   // as received (case kept)
    QByteArray value;  // leading/trailing spaces and tabs removed
    qint64 offset = 0; // of the line's first byte in the whole message
    qint64 length = 0; // including its CRLF (or bare LF)
};

// One chunk of a chunked body: the size line and the data, by byte offset.
struct HttpChunk
{
    qint64 sizeLineOffset = 0;
    qint64 sizeLineLength = 0; // including CRLF and any chunk extension
    qint64 dataOffset = 0;
    qint64 dataLength = 0;     // the declared size; 0 for the last chunk
};

// How the end of a message body is found (RFC 9112 section 6.3).
enum class HttpBodyFraming { None, ContentLength, Chunked, UntilClose };

} // namespace swb::net
