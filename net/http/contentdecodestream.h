#pragma once

#include "net/http/inflatestream.h"
#include "net/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace swb::net {

// Undoes Content-Encoding (gzip, deflate, a list such as "gzip, gzip") as the
// body is read piece by piece, handing the page out in 64 KiB slices: a
// decompression bomb (1 GiB of zeros gzip'd to 1 MiB, gzip inside gzip) never
// sits in memory, and it is stopped by two limits, on the decoded size and on
// the expansion ratio, with a message naming the limit hit.
class ContentDecodeStream final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::ContentDecodeStream)
public:
    struct Limits
    {
        // More than any page a student fetches; a bomb goes far past it.
        qint64 maxDecodedBytes = qint64(512) << 20;
        // Text compresses 3-10 times, very repetitive markup rarely over 100:
        // 1 GiB of zeros is over 1000. Checked once minRatioBytes are decoded.
        qint64 maxRatio = 200;
        qint64 minRatioBytes = qint64(8) << 20;
    };
    // Receives the next decoded slice; a failure stops decoding with its message.
    using Sink = std::function<Result<void>(const QByteArray &bytes)>;

    ContentDecodeStream(const QByteArray &encoding, const Limits &limits);
    ~ContentDecodeStream();

    // The next piece of the body as received.
    Result<void> push(const QByteArray &received, const Sink &out);
    // After the last piece: fails when a stream ended early.
    Result<void> finish();
    qint64 receivedBytes() const { return m_received; }
    qint64 decodedBytes() const { return m_decoded; }
    // Translated, for what is not an error (bytes after the end of the data).
    QString note() const;

private:
    Result<void> pushTo(size_t stage, const char *data, qint64 size, const Sink &out);
    Result<void> deliver(const char *data, qint64 size, const Sink &out);
    Failure broken(size_t stage) const;

    struct Stage
    {
        QByteArray coding;
        std::unique_ptr<InflateStream> stream; // made on the first bytes (deflate: which wrapper)
        InflateStream::Wrapper wrapper = InflateStream::Wrapper::Gzip;
        QByteArray start; // deflate: a first byte, until the second tells the wrapper
    };
    Limits m_limits;
    std::vector<Stage> m_stages; // in the order they are undone
    QString m_unsupported;
    qint64 m_received = 0;
    qint64 m_decoded = 0;
    Result<void> m_stop; // why a stage's sink said stop
};

} // namespace swb::net
