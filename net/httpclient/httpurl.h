#pragma once

#include "net/result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace swb::net {

// Checks what the user typed as a URL before anything touches the network, and
// says what is wrong in words a student can act on.
class HttpUrl final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::HttpUrl)
public:
    // http:// or https:// with a host; otherwise a failure that says what to write.
    static Result<QUrl> parse(const QString &text);
    // The Host header for a URL: host, plus :port when not the scheme's default.
    static QString hostHeader(const QUrl &url);
    // host:port as traffic rows name an endpoint (an IPv6 host in brackets).
    static QString endpoint(const QUrl &url);
    // The request target: path (at least "/") and query.
    static QString target(const QUrl &url);
    static bool isHttps(const QUrl &url);
    static quint16 port(const QUrl &url);
};

} // namespace swb::net
