#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace swb::net {

// Undoes Content-Encoding (gzip, deflate — both the zlib-wrapped form and the
// raw form some servers send) with zlib, bounded in output size.
class ContentDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::ContentDecoder)
public:
    struct Result
    {
        QByteArray bytes;
        bool ok = true;
        QString errorMessage;   // translated, with the byte offset where the stream broke
        bool truncated = false; // output stopped at maxOutput
        QString note;           // translated, for what is not an error (trailing bytes, the limit)
    };
    // encoding: the Content-Encoding header value ("gzip", "x-gzip", "deflate", "identity", "").
    // A list ("deflate, gzip") is undone last coding first. An empty body stays empty.
    // On a broken or cut-off stream, bytes holds what was decoded before the break.
    static Result decode(const QByteArray &body, const QByteArray &encoding,
                         qint64 maxOutput = qint64(256) << 20);
};

} // namespace swb::net
