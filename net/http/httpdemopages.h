#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace swb::net {

class HttpMessageParser;

using HttpFields = QList<QPair<QByteArray, QByteArray>>;

// What the demo site answers to one request, before framing: HttpDemoSite
// adds the status line, Date, Server, Connection and the length or chunked
// framing, and delivers it (at once, chunk by chunk, streamed, or dripped).
struct HttpDemoResponse
{
    enum class Delivery {
        Whole,   // Content-Length, one write
        Chunked, // Transfer-Encoding: chunked, one chunk per timer tick
        Stream,  // Content-Length, generated block by block with backpressure (/large)
        Drip     // Content-Length, a few bytes per timer tick (/drip)
    };
    int status = 200;
    QByteArray reason = "OK";
    HttpFields headers;
    QByteArray body;               // Whole and Drip
    QList<QByteArray> chunks;      // Chunked
    QList<QByteArray> extensions;  // Chunked: ";name=value" for the chunk of the same index, or empty
    HttpFields trailers;           // Chunked
    qint64 streamBytes = 0;        // Stream
    Delivery delivery = Delivery::Whole;
    bool close = false;            // close after answering (bad requests)
};

// The pages of the built-in HTTP demo site, pure: no sockets, no timers. The
// pages are fixed bytes in both English and Chinese rather than tr() texts:
// their lengths, chunk sizes and GBK bytes are what the lessons study, and
// they must not change with the language of the user interface.
class HttpDemoPages final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::HttpDemoPages)
public:
    struct Page
    {
        QByteArray path;
        QString description; // translated
    };
    static QList<Page> pages();

    static constexpr int defaultLargeMegabytes = 50;
    static constexpr int maxLargeMegabytes = 1024;
    static constexpr int dripPieceBytes = 20;
    static constexpr int defaultDripSeconds = 3;

    // request: a complete request; raw: its bytes as received (for /echo).
    static HttpDemoResponse respond(const HttpMessageParser &request, const QByteArray &raw);
    // A request that could not be parsed: 400 with the parser's message, then close.
    static HttpDemoResponse badRequest(const QString &why);
    // size bytes of the /large body starting at offset: 64-byte numbered lines.
    static QByteArray largeBody(qint64 offset, qint64 size);
    static QByteArray gzip(const QByteArray &data);
    // Whether an Accept-Encoding value allows gzip (a q=0 refuses it).
    static bool acceptsGzip(const QByteArray &acceptEncoding);
};

} // namespace swb::net
