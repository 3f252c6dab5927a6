#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace swb::net {

// A raw request as the notes write it in Python: escapes are the bytes (\r\n is
// CR LF), line breaks of the text are only layout, and {host} becomes the URL's
// host[:port].
class RawRequest final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::RawRequest)
public:
    // The bytes to send, or a failure that says where and what (the offset is
    // in the text once line breaks are dropped and {host} is filled in).
    static Result<QByteArray> compose(const QString &text, const QUrl &url);
};

} // namespace swb::net
