#include "models/trafficpreview.h"

#include <algorithm>

namespace swb::models {

namespace {

// C0, DEL and C1 controls (ESC, BEL, CSI 0x9b...) could act on a terminal the
// text is pasted or exported into; shown as escapes they are only text.
void appendInert(QString &out, QChar c)
{
    const ushort u = c.unicode();
    if (u == '\r')
        out += QLatin1String("\\r");
    else if (u == '\n')
        out += QLatin1String("\\n");
    else if (u == '\t')
        out += QLatin1String("\\t");
    else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
        out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    else
        out += c;
}

} // namespace

QString TrafficPreview::inert(const QString &text)
{
    const auto live = [](QChar c) {
        const ushort u = c.unicode();
        return u < 0x20 || (u >= 0x7f && u < 0xa0);
    };
    if (std::none_of(text.cbegin(), text.cend(), live))
        return text; // the usual case: no copy
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text)
        appendInert(out, c);
    return out;
}

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
        appendInert(preview, c);
    }
    if (window < data.size())
        preview += QChar(0x2026);
    return preview;
}

} // namespace swb::models
