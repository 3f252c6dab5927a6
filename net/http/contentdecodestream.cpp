#include "net/http/contentdecodestream.h"

#include "net/http/httpsyntax.h"
#include "net/text/counttext.h"

#include <algorithm>

namespace swb::net {

namespace {

QString codingName(InflateStream::Wrapper wrapper, const QByteArray &coding)
{
    switch (wrapper) {
    case InflateStream::Wrapper::Gzip:
        return QString::fromLatin1(coding);
    case InflateStream::Wrapper::Zlib:
        return QStringLiteral("deflate (zlib)");
    case InflateStream::Wrapper::Raw:
        return QStringLiteral("deflate (raw)");
    }
    return QString();
}

qint64 mib(qint64 bytes)
{
    return bytes >> 20;
}

} // namespace

ContentDecodeStream::ContentDecodeStream(const QByteArray &encoding, const Limits &limits)
    : m_limits(limits)
{
    // Codings are listed in the order they were applied; undo them last first.
    QList<QByteArray> codings = HttpSyntax::tokens(encoding.toLower());
    std::reverse(codings.begin(), codings.end());
    for (const QByteArray &coding : std::as_const(codings)) {
        if (coding == "identity")
            continue;
        if (coding != "gzip" && coding != "x-gzip" && coding != "deflate") {
            m_unsupported = QString::fromLatin1(coding);
            continue;
        }
        Stage stage;
        stage.coding = coding;
        m_stages.push_back(std::move(stage));
    }
}

ContentDecodeStream::~ContentDecodeStream() = default;

QString ContentDecodeStream::note() const
{
    for (const Stage &stage : m_stages) {
        if (stage.stream && stage.stream->trailing() > 0)
            return tr("%1 bytes after the end of the %2 data were ignored.", "",
                      CountText::form(qint64(stage.stream->trailing())))
                .arg(stage.stream->trailing())
                .arg(codingName(stage.wrapper, stage.coding));
    }
    return QString();
}

Failure ContentDecodeStream::broken(size_t stage) const
{
    const Stage &s = m_stages[stage];
    return Failure{tr("The %1 data is broken at byte offset %2 of %3 (zlib: %4); the body is "
                      "kept as received.")
                       .arg(codingName(s.wrapper, s.coding))
                       .arg(s.stream->consumed())
                       .arg(stage == 0 ? tr("the body") : tr("the data inside it"))
                       .arg(s.stream->zlibMessage()),
                   0, stage == 0 ? s.stream->consumed() : -1};
}

Result<void> ContentDecodeStream::push(const QByteArray &received, const Sink &out)
{
    if (!m_unsupported.isEmpty())
        return Failure{tr("Content-Encoding \"%1\" is not supported here (gzip and deflate "
                          "are); the body is kept as received.")
                           .arg(m_unsupported),
                       0, -1};
    m_received += received.size();
    return pushTo(0, received.constData(), received.size(), out);
}

Result<void> ContentDecodeStream::pushTo(size_t stage, const char *data, qint64 size, const Sink &out)
{
    if (size <= 0)
        return {};
    if (stage == m_stages.size())
        return deliver(data, size, out);
    Stage &s = m_stages[stage];
    if (!s.stream) {
        // RFC 9110 says zlib-wrapped; some servers send raw deflate: the first
        // two bytes tell, and they may come in two pieces.
        if (s.coding == "deflate") {
            if (s.start.isEmpty() && size < 2) {
                s.start = QByteArray(data, qsizetype(size));
                return {};
            }
            const QByteArray first = s.start.isEmpty() ? QByteArray::fromRawData(data, 2)
                                                       : s.start + QByteArray(data, 1);
            s.wrapper = InflateStream::looksZlibWrapped(first)
                ? InflateStream::Wrapper::Zlib
                : InflateStream::Wrapper::Raw;
        }
        s.stream = std::make_unique<InflateStream>(s.wrapper);
        if (!s.start.isEmpty()) {
            const QByteArray held = std::exchange(s.start, QByteArray());
            if (Result<void> fed = pushTo(stage, held.constData(), held.size(), out); !fed)
                return fed;
        }
    }
    const InflateStream::Status status = s.stream->push(data, size, [&](const char *d, qint64 n) {
        m_stop = pushTo(stage + 1, d, n, out);
        return m_stop.ok();
    });
    if (status == InflateStream::Status::Stopped)
        return std::exchange(m_stop, Result<void>());
    if (status == InflateStream::Status::Broken)
        return broken(stage);
    return {};
}

Result<void> ContentDecodeStream::deliver(const char *data, qint64 size, const Sink &out)
{
    m_decoded += size;
    if (m_decoded > m_limits.maxDecodedBytes)
        return Failure{tr("Decoding stopped: the %1 body of %2 bytes decodes to more than %3 MiB, "
                          "the limit for a decoded body (a decompression bomb?). The body is kept "
                          "as received.")
                           .arg(QString::fromLatin1(m_stages.front().coding))
                           .arg(m_received)
                           .arg(mib(m_limits.maxDecodedBytes))};
    if (m_decoded > m_limits.minRatioBytes && m_decoded > m_limits.maxRatio * m_received)
        return Failure{tr("Decoding stopped: %1 received bytes already decoded to %2 bytes, more "
                          "than %3 times as many, the limit for the expansion of a compressed "
                          "body (a decompression bomb?). The body is kept as received.")
                           .arg(m_received)
                           .arg(m_decoded)
                           .arg(m_limits.maxRatio)};
    return out(QByteArray(data, qsizetype(size)));
}

Result<void> ContentDecodeStream::finish()
{
    for (size_t i = 0; i < m_stages.size(); ++i) {
        const Stage &s = m_stages[i];
        if (s.stream && !s.stream->ended())
            return Failure{tr("The %1 data ends early: its end marker never came; %2 bytes "
                              "were decoded. The body is kept as received.", "",
                              CountText::form(qint64(m_decoded)))
                               .arg(codingName(s.wrapper, s.coding))
                               .arg(m_decoded),
                           0, i == 0 ? m_received : -1};
    }
    return {};
}

} // namespace swb::net
