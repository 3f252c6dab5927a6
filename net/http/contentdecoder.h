#pragma once

#include "net/result.h"

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
    struct Decoded
    {
        QByteArray bytes;
        bool truncated = false; // output stopped at maxOutput
        QString note;           // translated, for what is not an error (trailing bytes, the limit)
    };
    // encoding: the Content-Encoding header value ("gzip", "x-gzip", "deflate", "identity", "").
    // A list ("deflate, gzip") is undone last coding first. An empty body stays empty.
    // A broken or cut-off stream fails with the byte offset where it broke in
    // Failure::offset (-1 for a coding not supported); partial, when given, then
    // receives what was decoded before the break, for views that show it anyway.
    static Result<Decoded> decode(const QByteArray &body, const QByteArray &encoding,
                                  qint64 maxOutput = qint64(256) << 20, Decoded *partial = nullptr);
};

} // namespace swb::net
