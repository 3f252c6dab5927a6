#include "net/payload/textcodec.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace swb::net {

namespace {

// A '\n' appended before decoding and stripped afterwards. Converters keep an
// incomplete multi-byte sequence at the end of the input in their state and
// emit nothing for it, so a packet ending in half a character would silently
// lose bytes. Behind the sentinel that sequence is complete-but-invalid and
// shows up as U+FFFD. No encoding we offer uses 0x0A inside a multi-byte
// sequence, so the sentinel always decodes to exactly the final '\n'.
constexpr char DecodeSentinel = '\n';

// An encoder keeps a high surrogate at the end of the text in its state,
// waiting for the other half, so it silently vanishes. Replacing unpaired
// surrogates up front makes every encoding treat them like any other
// unencodable character.
QString withPairedSurrogates(const QString &text)
{
    const qsizetype size = text.size();
    QString result;
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        bool bad = false;
        if (c.isHighSurrogate()) {
            if (i + 1 < size && text.at(i + 1).isLowSurrogate()) {
                if (!result.isNull()) {
                    result.append(c);
                    result.append(text.at(i + 1));
                }
                ++i;
                continue;
            }
            bad = true;
        } else if (c.isLowSurrogate()) {
            bad = true;
        }
        if (bad && result.isNull()) {
            // Copy lazily: almost all text is well formed.
            result.reserve(size);
            result.append(QStringView(text).left(i));
        }
        if (!result.isNull())
            result.append(bad ? QChar(QChar::ReplacementCharacter) : c);
    }
    return result.isNull() ? text : result;
}

// Without this flag Qt's decoders drop a U+FEFF at the start of the data. In
// a debugger a BOM is payload like any other: what the peer sent is shown.
constexpr auto KeepBom = QStringConverter::Flag::ConvertInitialBom;

// The ICU converters know these names; Qt without ICU does not, in which case
// we fall back to UTF-8 rather than producing nothing.
const char *icuName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Gbk:
        return "GBK";
    case TextEncoding::Gb18030:
        return "GB18030";
    case TextEncoding::Utf8:
    case TextEncoding::Latin1:
        break;
    }
    return nullptr;
}

QStringConverter::Encoding builtinEncoding(TextEncoding encoding)
{
    return encoding == TextEncoding::Latin1 ? QStringConverter::Latin1 : QStringConverter::Utf8;
}

} // namespace

QByteArray TextCodec::encode(const QString &text, TextEncoding encoding)
{
    const QString clean = withPairedSurrogates(text);
    if (const char *name = icuName(encoding)) {
        QStringEncoder encoder(name);
        if (encoder.isValid())
            return encoder.encode(clean);
    }
    QStringEncoder encoder(builtinEncoding(encoding));
    return encoder.encode(clean);
}

QString TextCodec::decode(const QByteArray &bytes, TextEncoding encoding)
{
    if (bytes.isEmpty())
        return QString();

    QByteArray input = bytes;
    input.append(DecodeSentinel);

    QString text;
    bool done = false;
    if (const char *name = icuName(encoding)) {
        QStringDecoder decoder(name, KeepBom);
        if (decoder.isValid()) {
            text = decoder.decode(input);
            done = true;
        }
    }
    if (!done) {
        QStringDecoder decoder(builtinEncoding(encoding), KeepBom);
        text = decoder.decode(input);
    }
    if (text.endsWith(QLatin1Char(DecodeSentinel)))
        text.chop(1);
    return text;
}

QString TextCodec::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Gbk:
        return QStringLiteral("GBK");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Latin1:
        return QStringLiteral("Latin-1");
    }
    return QStringLiteral("UTF-8");
}

std::optional<TextEncoding> TextCodec::fromName(const QString &name)
{
    // Workspace files written by hand use all sorts of spellings; compare
    // without case, spaces, dashes and underscores.
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            continue;
        key.append(c.toLower());
    }
    if (key == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("gbk") || key == QLatin1String("cp936"))
        return TextEncoding::Gbk;
    if (key == QLatin1String("gb18030"))
        return TextEncoding::Gb18030;
    if (key == QLatin1String("latin1") || key == QLatin1String("iso88591"))
        return TextEncoding::Latin1;
    return std::nullopt;
}

QList<TextEncoding> TextCodec::all()
{
    return {TextEncoding::Utf8, TextEncoding::Gbk, TextEncoding::Gb18030, TextEncoding::Latin1};
}

} // namespace swb::net
