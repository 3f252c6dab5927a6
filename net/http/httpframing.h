#pragma once

#include "net/http/httptypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace swb::net {

// How a message's body is delimited and whether its connection stays open,
// decided from the complete header section (RFC 9112 sections 6.3 and 9.3).
// Kept apart from the byte-by-byte state machine in HttpMessageParser.
class HttpFraming final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::HttpFraming)
public:
    struct Decision
    {
        HttpBodyFraming framing = HttpBodyFraming::None;
        qint64 contentLength = -1; // as declared, even when chunked or HEAD overrides it
        QStringList warnings;      // translated
        QString error;             // translated; empty when the framing is usable
        qint64 errorOffset = -1;   // the offending header line
    };
    // response: status and the method of the request it answers (HEAD: no body).
    static Decision decide(const QList<HttpHeaderLine> &headers, bool response, int status,
                           const QByteArray &requestMethod);
    // HTTP/1.1 stays open unless "Connection: close"; HTTP/1.0 only with "keep-alive".
    static bool keepAlive(const QByteArray &version, const QList<HttpHeaderLine> &headers);
};

} // namespace swb::net
