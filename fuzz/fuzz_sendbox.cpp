// libFuzzer target: what a user types into a send box (text, escapes, hex in
// every encoding and line ending) and a reply template with a peer's message
// in it. Input layout: a flags byte, a split byte, then the text; the split
// byte cuts the text into the template and the received message.

#include "fuzz/fuzzcheck.h"

#include "net/payload/payloadcomposer.h"
#include "net/payload/templateexpander.h"

#include <QTimeZone>

namespace {

using namespace swb::net;
using swb::Result;
using swb::fuzz::check;

QString asHexText(const QByteArray &bytes, int style)
{
    switch (style % 3) {
    case 0:
        return QString::fromLatin1(bytes.toHex(' '));
    case 1:
        return QString::fromLatin1(bytes.toHex().toUpper());
    default: {
        QString text;
        for (const char byte : bytes)
            text += QStringLiteral("0x") + QString::fromLatin1(QByteArray(1, byte).toHex()) + QLatin1Char(',');
        return text;
    }
    }
}

QString asEscapes(const QByteArray &bytes)
{
    QString text;
    for (const char byte : bytes)
        text += QStringLiteral("\\x") + QString::fromLatin1(QByteArray(1, byte).toHex());
    return text;
}

void checkResult(const Result<QByteArray> &result, const QString &text)
{
    if (!result) {
        check(!result.message().isEmpty(), "a failure without a message");
        check(result.failure().offset >= 0 && result.failure().offset < text.size(),
              "error position outside the text");
    }
}

void composeAll(const QString &text, TextEncoding encoding, LineEnding ending, int style)
{
    const QByteArray endingBytes = PayloadComposer::lineEndingBytes(ending);

    const Result<QByteArray> plain = PayloadComposer::compose(text, InputMode::Text, encoding, ending);
    check(plain.ok(), "text mode failed");
    check(*plain == TextCodec::encode(text, encoding) + endingBytes, "text mode is not the encoded text");

    const Result<QByteArray> hex = PayloadComposer::compose(text, InputMode::Hex, encoding, ending);
    checkResult(hex, text);
    if (hex) {
        // Two digits per byte at least, and hex ignores the line ending.
        check(hex->size() <= text.size() / 2, "hex made more bytes than digit pairs");
        const Result<QByteArray> again = PayloadComposer::parseHex(asHexText(*hex, style));
        check(again && *again == *hex, "hex does not round-trip");
    }

    const Result<QByteArray> escapes = PayloadComposer::compose(text, InputMode::Escapes, encoding, ending);
    checkResult(escapes, text);
    if (escapes) {
        // No QChar encodes to more than 4 bytes (GB18030) and escapes only shrink.
        check(escapes->size() <= 4 * text.size() + endingBytes.size(), "escapes output unbounded");
        check(escapes->endsWith(endingBytes), "escapes lost the line ending");
        const QByteArray body = escapes->left(escapes->size() - endingBytes.size());
        const Result<QByteArray> again = PayloadComposer::parseEscapes(asEscapes(body), encoding);
        check(again && *again == body, "\\xNN does not round-trip");
        if (!text.contains(QLatin1Char('\\')))
            check(body == TextCodec::encode(text, encoding), "escapes changed text without a backslash");
    }
}

void expandTemplate(const QString &pattern, const QString &data, uint8_t flags)
{
    const QDateTime now = flags & 0x40
        ? QDateTime()
        : QDateTime::fromMSecsSinceEpoch(qint64(flags) * 86'400'000 * 97, QTimeZone::utc());
    const TemplateContext context{data, now, flags & 0x80 ? ~quint64(0) : 41, QStringLiteral("[::1]:5")};
    const QString out = TemplateExpander::expand(pattern, context);
    if (!TemplateExpander::containsToken(pattern))
        check(out == pattern, "text without tokens was changed");
    // Tokens are at least 6 characters; each value is at most the message or
    // a 20-digit counter.
    const qsizetype longest = std::max<qsizetype>(data.size(), 20);
    check(out.size() <= pattern.size() + pattern.size() / 6 * longest, "template output unbounded");
    // A message is inserted as is, never expanded again.
    check(TemplateExpander::expand(QStringLiteral("{data}"), context) == data, "{data} re-expanded");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    swb::fuzz::FuzzInput input(data, size);
    const uint8_t flags = input.byte();
    const uint8_t split = input.byte();
    const QString text = swb::fuzz::FuzzInput::text(input.rest(), flags & 1);
    const QList<TextEncoding> encodings = TextCodec::all();
    const TextEncoding encoding = encodings.at((flags >> 1) % encodings.size());
    const LineEnding ending = LineEnding((flags >> 3) % 3);
    composeAll(text, encoding, ending, flags >> 5);

    const qsizetype cut = text.size() * split / 256;
    expandTemplate(text.left(cut), text.mid(cut), flags);
    return 0;
}
