#include "net/http/httpframing.h"

#include "net/http/httpsyntax.h"

namespace swb::net {

using Framing = HttpBodyFraming;

HttpFraming::Decision HttpFraming::decide(const QList<HttpHeaderLine> &headers, bool response,
                                          int status, const QByteArray &requestMethod)
{
    Decision d;
    QList<QByteArray> codings;
    qint64 codingsOffset = -1;
    for (const HttpHeaderLine &line : headers) {
        if (line.name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            qint64 length = -1;
            if (!HttpSyntax::parseContentLength(line.value, &length)) {
                d.error = tr("invalid Content-Length \"%1\": expected one decimal number")
                              .arg(HttpSyntax::escaped(line.value));
                d.errorOffset = line.offset;
                return d;
            }
            // Two lengths that disagree are how request smuggling starts: refuse.
            if (d.contentLength >= 0 && length != d.contentLength) {
                d.error = tr("two Content-Length headers disagree: %1 and %2")
                              .arg(d.contentLength)
                              .arg(length);
                d.errorOffset = line.offset;
                return d;
            }
            d.contentLength = length;
        } else if (line.name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            codings += HttpSyntax::tokens(line.value);
            if (codingsOffset < 0)
                codingsOffset = line.offset;
        }
    }

    if (response
        && (requestMethod == "HEAD" || (status >= 100 && status < 200) || status == 204
            || status == 304)) {
        d.framing = Framing::None;
        return d;
    }
    // RFC 9112 section 6.1: a request with both is how request smuggling works
    // (a front end reads one framing, the server the other, and the rest of
    // the body becomes a second request). A server must not serve on after
    // it; refusing it outright is the safe reading.
    if (!response && !codings.isEmpty() && d.contentLength >= 0) {
        d.error = tr("the request has both Transfer-Encoding and Content-Length, which is how "
                     "request smuggling works (RFC 9112 section 6.1): refused, and the "
                     "connection is closed");
        d.errorOffset = codingsOffset;
        return d;
    }
    if (!codings.isEmpty()) {
        for (const QByteArray &coding : std::as_const(codings)) {
            if (coding != "chunked")
                d.warnings << tr("Transfer coding \"%1\" is shown as received, not undone.")
                                  .arg(QString::fromLatin1(coding));
        }
        if (codings.last() == "chunked") {
            d.framing = Framing::Chunked;
            if (d.contentLength >= 0)
                d.warnings << tr("Both Transfer-Encoding: chunked and Content-Length are present; "
                                 "the chunked framing wins and Content-Length is ignored.");
            return d;
        }
        if (!response) {
            d.error = tr("a request whose Transfer-Encoding does not end in chunked has no "
                         "knowable length");
            d.errorOffset = codingsOffset;
            return d;
        }
        d.framing = Framing::UntilClose;
        return d;
    }
    if (d.contentLength >= 0)
        d.framing = Framing::ContentLength;
    else
        d.framing = response ? Framing::UntilClose : Framing::None;
    return d;
}

bool HttpFraming::keepAlive(const QByteArray &version, const QList<HttpHeaderLine> &headers)
{
    QByteArray connection;
    for (const HttpHeaderLine &line : headers) {
        if (line.name.compare("Connection", Qt::CaseInsensitive) == 0)
            connection += ',' + line.value;
    }
    if (HttpSyntax::hasToken(connection, "close"))
        return false;
    if (version == "HTTP/1.0")
        return HttpSyntax::hasToken(connection, "keep-alive");
    return true;
}

} // namespace swb::net
