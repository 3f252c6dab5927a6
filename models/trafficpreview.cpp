#include "models/trafficpreview.h"

namespace swb::models {

QString TrafficPreview::make(const QByteArray &data, net::TextEncoding encoding, int maxChars)
{
    // Decode a little more than we show: multi-byte characters need their whole sequence.
    const qsizetype window = qMin<qsizetype>(data.size(), qsizetype(maxChars) * 4 + 4);
    const QString text = net::TextCodec::decode(data.left(window), encoding);
    QString preview;
    preview.reserve(qMin<qsizetype>(text.size(), maxChars) + 8);
    for (const QChar c : text) {
        if (preview.size() >= maxChars) {
            // Cutting between the halves of a surrogate pair (emoji) would leave
            // a lone high surrogate, which shows and exports as garbage.
            if (!preview.isEmpty() && preview.back().isHighSurrogate())
                preview.chop(1);
            preview += QChar(0x2026); // …
            return preview;
        }
        const ushort u = c.unicode();
        if (u == '\r')
            preview += QLatin1String("\\r");
        else if (u == '\n')
            preview += QLatin1String("\\n");
        else if (u == '\t')
            preview += QLatin1String("\\t");
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            preview += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            preview += c;
    }
    if (window < data.size())
        preview += QChar(0x2026);
    return preview;
}

} // namespace swb::models
