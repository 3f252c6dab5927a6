#include "net/http/httpmessageparser.h"

#include "net/http/httpframing.h"
#include "net/http/httpsyntax.h"
#include "net/text/counttext.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace swb::net {

namespace {

// A chunk-size line is a few hex digits; extensions are rare and short. The
// limit stops a peer that streams one endless line.
constexpr qint64 maxChunkLineBytes = 16 * 1024;

} // namespace

HttpMessageParser::HttpMessageParser(Kind kind)
    : m_kind(kind)
{
}

void HttpMessageParser::setRequestMethod(const QByteArray &method)
{
    // Methods are case-sensitive (RFC 9110 section 9.1): "head" is not HEAD
    // to a server, which then answers with a body.
    m_requestMethod = method;
}

void HttpMessageParser::setMaxHeaderBytes(qint64 bytes)
{
    m_maxHeaderBytes = std::max<qint64>(bytes, 16);
}

void HttpMessageParser::setMaxKeptBodyBytes(qint64 bytes)
{
    m_maxKeptBody = std::max<qint64>(bytes, 0);
}

void HttpMessageParser::reset()
{
    // Configuration (kind, limits, request method) stays; the message goes.
    HttpMessageParser fresh(m_kind);
    fresh.m_requestMethod = m_requestMethod;
    fresh.m_maxHeaderBytes = m_maxHeaderBytes;
    fresh.m_maxKeptBody = m_maxKeptBody;
    *this = std::move(fresh);
}

QByteArray HttpMessageParser::header(const QByteArray &name) const
{
    for (auto it = m_headers.crbegin(); it != m_headers.crend(); ++it) {
        if (it->name.compare(name, Qt::CaseInsensitive) == 0)
            return it->value;
    }
    return QByteArray();
}

QByteArray HttpMessageParser::takeKeptBody()
{
    return std::exchange(m_body, QByteArray());
}

bool HttpMessageParser::keepAlive() const
{
    if (m_state == State::Error || m_version.isEmpty() || m_framing == HttpBodyFraming::UntilClose)
        return false;
    return HttpFraming::keepAlive(m_version, m_headers);
}

void HttpMessageParser::fail(const QString &message, qint64 offset)
{
    if (m_state == State::Error)
        return;
    m_state = State::Error;
    m_errorOffset = offset;
    // The message ends before the offending byte, however the bytes were split.
    m_consumed = std::min(m_consumed, offset);
    m_error = tr("At byte offset %1: %2").arg(offset).arg(message);
}

void HttpMessageParser::warnBareLf(qint64 offset)
{
    if (m_warnedBareLf)
        return;
    m_warnedBareLf = true;
    m_warnings << tr("A line ends in a bare LF at byte offset %1; HTTP asks for CR LF "
                     "(accepted, as most clients do).")
                      .arg(offset);
}

qint64 HttpMessageParser::feed(const QByteArray &bytes)
{
    const char *data = bytes.constData();
    const qint64 size = bytes.size();
    const qint64 start = m_consumed;
    qint64 pos = 0;
    while (pos < size) {
        const qint64 before = pos;
        switch (m_state) {
        case State::Error:
            return std::clamp<qint64>(m_consumed - start, 0, size);
        case State::Done:
            countExtra(size - pos);
            return pos;
        case State::FirstLine:
        case State::Headers:
        case State::ChunkSize:
        case State::Trailers:
            pos += takeLine(data + pos, size - pos);
            break;
        case State::Body:
        case State::ChunkData:
            pos += takeBody(data + pos, size - pos);
            break;
        case State::ChunkDataEnd:
            pos += takeChunkDataEnd(data + pos, size - pos);
            break;
        }
        if (pos == before && m_state != State::Done && m_state != State::Error)
            break; // cannot happen; guards against a loop that would hang
    }
    if (m_state == State::Error)
        return std::clamp<qint64>(m_consumed - start, 0, size);
    return pos;
}

void HttpMessageParser::countExtra(qint64 bytes)
{
    // On a keep-alive connection the rest is the next message, not ours to judge.
    if (bytes <= 0 || keepAlive())
        return;
    m_extraBytes += bytes;
    const QString text = m_framing == HttpBodyFraming::ContentLength
        ? tr("The body is longer than Content-Length by %1 bytes: they arrived after byte "
             "offset %2, where the declared body ends.", "", CountText::form(m_extraBytes))
              .arg(m_extraBytes)
              .arg(m_consumed)
        : tr("%1 bytes arrived after the end of the message at byte offset %2.", "",
             CountText::form(m_extraBytes))
              .arg(m_extraBytes)
              .arg(m_consumed);
    if (m_extraWarning < 0) {
        m_extraWarning = int(m_warnings.size());
        m_warnings << text;
    } else {
        m_warnings[m_extraWarning] = text;
    }
}

qint64 HttpMessageParser::takeLine(const char *data, qint64 size)
{
    const void *found = std::memchr(data, '\n', size_t(size));
    const qint64 take = found ? static_cast<const char *>(found) - data + 1 : size;

    // Judge the first bytes as soon as they arrive, and the same first bytes
    // whether they came one by one or in one piece with the rest of the line
    // (before the size limit, which a long non-HTTP line would hit first).
    constexpr qsizetype judged = 40;
    if (m_state == State::FirstLine && m_line.size() < judged) {
        const qint64 more = std::min<qint64>(take, judged - m_line.size());
        QByteArray start = m_line + QByteArray(data, more);
        if (found && more == take)
            start.chop(1); // the line's LF
        if (!HttpSyntax::plausibleStart(start, m_kind == Kind::Response)) {
            m_consumed += take;
            fail(HttpSyntax::notHttpMessage(start), 0);
            return take;
        }
    }

    qint64 allowance = 0;
    switch (m_state) {
    case State::FirstLine:
    case State::Headers:
        allowance = m_maxHeaderBytes - m_consumed;
        break;
    case State::Trailers:
        allowance = m_maxHeaderBytes - (m_consumed - m_trailerStart);
        break;
    default:
        allowance = maxChunkLineBytes - m_line.size();
        break;
    }
    if (take > allowance) {
        m_consumed += std::max<qint64>(allowance, 0);
        if (m_state == State::ChunkSize)
            fail(tr("a chunk-size line longer than %1 bytes").arg(maxChunkLineBytes), m_consumed);
        else
            fail(tr("the header section is larger than the limit of %1 bytes and has not ended "
                    "(no blank line yet)")
                     .arg(m_maxHeaderBytes),
                 m_consumed);
        return std::max<qint64>(allowance, 0);
    }
    m_line.append(data, take);
    m_consumed += take;

    if (!found)
        return take;

    const qint64 offset = m_lineStart;
    const qint64 length = m_line.size();
    qint64 contentLength = length - 1;
    if (contentLength > 0 && m_line.at(contentLength - 1) == '\r')
        --contentLength;
    else
        warnBareLf(offset + contentLength);
    m_line.truncate(contentLength);
    const qsizetype cr = m_line.indexOf('\r');
    if (cr >= 0) {
        fail(tr("a CR byte (0x0d) that is not followed by LF"), offset + cr);
        return take;
    }
    m_lineStart = m_consumed;
    const QByteArray line = std::exchange(m_line, QByteArray());
    if (m_state == State::FirstLine)
        firstLineComplete(line, offset, length);
    else if (m_state == State::ChunkSize)
        chunkSizeLineComplete(line, offset, length);
    else
        fieldLineComplete(line, offset, length);
    return take;
}

void HttpMessageParser::firstLineComplete(const QByteArray &line, qint64 offset, qint64 length)
{
    if (line.isEmpty()) {
        fail(tr("the first line is empty"), offset);
        return;
    }
    Result<void> problem;
    if (m_kind == Kind::Response) {
        HttpSyntax::StatusLine status;
        problem = HttpSyntax::parseStatusLine(line, &status);
        m_version = status.version;
        m_status = status.status;
        m_reason = status.reason;
    } else {
        HttpSyntax::RequestLine request;
        problem = HttpSyntax::parseRequestLine(line, &request);
        m_method = request.method;
        m_target = request.target;
        m_version = request.version;
    }
    if (!problem) {
        m_version.clear();
        fail(problem.message(), offset + problem.failure().offset);
        return;
    }
    m_firstLine = line;
    m_firstLineLength = length;
    m_state = State::Headers;
}

void HttpMessageParser::fieldLineComplete(const QByteArray &line, qint64 offset, qint64 length)
{
    const bool trailer = m_state == State::Trailers;
    if (line.isEmpty()) {
        if (trailer) {
            m_state = State::Done;
        } else {
            m_blankLineOffset = offset;
            m_headerEnd = offset + length;
            headersDone();
        }
        return;
    }
    // A user agent may unfold; a server must refuse (RFC 9112 section 5.2).
    const auto fold = !trailer && m_kind == Kind::Response ? HttpSyntax::Fold::Join
                                                            : HttpSyntax::Fold::Refuse;
    const Result<void> added = HttpSyntax::addFieldLine(
        trailer ? &m_trailers : &m_headers, line, offset, length, fold, maxHeaderLines, &m_warnings);
    if (!added)
        fail(added.message(), offset + added.failure().offset);
}

void HttpMessageParser::chunkSizeLineComplete(const QByteArray &line, qint64 offset,
                                              qint64 length)
{
    const Result<HttpSyntax::ChunkSize> parsed = HttpSyntax::parseChunkSize(line);
    if (!parsed) {
        fail(parsed.message(), offset + parsed.failure().offset);
        return;
    }
    const HttpSyntax::ChunkSize &chunk = *parsed;
    if (m_chunks.size() < maxKeptChunks)
        m_chunks.append(HttpChunk{offset, length, offset + length, chunk.size});
    ++m_chunkCount;
    if (chunk.size == 0) {
        m_state = State::Trailers;
        m_trailerStart = m_consumed;
    } else {
        m_remaining = chunk.size;
        m_state = State::ChunkData;
    }
}

void HttpMessageParser::headersDone()
{
    const HttpFraming::Decision decision = HttpFraming::decide(
        m_headers, m_kind == Kind::Response, m_status, m_requestMethod);
    m_warnings += decision.warnings;
    m_contentLength = decision.contentLength;
    if (!decision.error.isEmpty()) {
        fail(decision.error, decision.errorOffset);
        return;
    }
    m_framing = decision.framing;
    switch (m_framing) {
    case HttpBodyFraming::None:
        m_state = State::Done;
        break;
    case HttpBodyFraming::ContentLength:
        m_remaining = m_contentLength;
        m_state = m_remaining == 0 ? State::Done : State::Body;
        // The kept part of the body is known in advance: one allocation
        // instead of a copy on every doubling of a megabytes-long array (up to
        // 4 MiB, the panel's limit: a lying Content-Length costs no more).
        if (m_body.isEmpty() && m_maxKeptBody > 0)
            m_body.reserve(qsizetype(std::min({m_contentLength, m_maxKeptBody,
                                               qint64(4) << 20})));
        break;
    case HttpBodyFraming::Chunked:
        m_state = State::ChunkSize;
        break;
    case HttpBodyFraming::UntilClose:
        m_state = State::Body;
        break;
    }
}

void HttpMessageParser::keepBody(const char *data, qint64 size)
{
    const qint64 room = m_maxKeptBody - m_body.size();
    if (room > 0)
        m_body.append(data, std::min(room, size));
    m_bodyBytes += size;
}

qint64 HttpMessageParser::takeBody(const char *data, qint64 size)
{
    if (m_framing == HttpBodyFraming::UntilClose && m_state == State::Body) {
        keepBody(data, size);
        m_consumed += size;
        return size;
    }
    const qint64 take = std::min(m_remaining, size);
    keepBody(data, take);
    m_consumed += take;
    m_remaining -= take;
    if (m_remaining == 0) {
        if (m_state == State::ChunkData) {
            m_state = State::ChunkDataEnd;
            m_crSeen = false;
        } else {
            m_state = State::Done;
        }
    }
    return take;
}

qint64 HttpMessageParser::takeChunkDataEnd(const char *data, qint64 size)
{
    qint64 i = 0;
    while (i < size && m_state == State::ChunkDataEnd) {
        const char c = data[i];
        if (c == '\r' && !m_crSeen) {
            m_crSeen = true;
        } else if (c == '\n') {
            if (!m_crSeen)
                warnBareLf(m_consumed);
            m_state = State::ChunkSize;
            m_lineStart = m_consumed + 1;
        } else {
            const qint64 declared = m_chunks.isEmpty() ? 0 : m_chunks.last().dataLength;
            fail(tr("the chunk data does not end where its size (%1 bytes) says: expected CR "
                    "LF, found byte 0x%2", "", CountText::form(declared))
                     .arg(declared)
                     .arg(uchar(c), 2, 16, QLatin1Char('0')),
                 m_consumed);
            return i;
        }
        ++m_consumed;
        ++i;
    }
    return i;
}

void HttpMessageParser::finish()
{
    switch (m_state) {
    case State::Done:
    case State::Error:
        return;
    case State::FirstLine:
        if (m_consumed == 0)
            fail(tr("the connection closed before the message began"), 0);
        else
            fail(tr("the connection closed in the middle of the first line"), m_consumed);
        return;
    case State::Headers:
        fail(tr("the connection closed in the header section, before the blank line that ends it"),
             m_consumed);
        return;
    case State::Body:
        if (m_framing == HttpBodyFraming::UntilClose) {
            m_state = State::Done; // the close is the framing
            return;
        }
        fail(tr("the connection closed after %1 of %2 body bytes: the body is truncated", "",
                CountText::form(m_contentLength))
                 .arg(m_bodyBytes)
                 .arg(m_contentLength),
             m_consumed);
        return;
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
        fail(tr("the connection closed inside the chunked body after %1 body bytes in %2 "
                "chunks: the last chunk (size 0) never came", "", CountText::form(m_chunkCount))
                 .arg(m_bodyBytes)
                 .arg(m_chunkCount),
             m_consumed);
        return;
    case State::Trailers:
        fail(tr("the connection closed in the trailer section, before the blank line that "
                "ends the chunked body"),
             m_consumed);
        return;
    }
}

} // namespace swb::net
