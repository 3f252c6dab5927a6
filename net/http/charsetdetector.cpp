#include "net/http/charsetdetector.h"

#include "net/http/httpsyntax.h"

#include <QStringDecoder>

namespace swb::net {

namespace {

constexpr qsizetype metaScanBytes = 4096;
// Enough text to judge; a 50 MB body need not be decoded twice to guess.
constexpr qsizetype guessBytes = 256 * 1024;

struct Alias
{
    const char *label;
    const char *canonical;
};

// WHATWG-style labels folded to the names we offer. Latin-1 labels stay
// Latin-1 (not windows-1252 as browsers do): this is a byte workbench, and
// Latin-1 maps every byte to the code point of the same value.
constexpr Alias aliases[] = {
    {"utf-8", "UTF-8"},          {"utf8", "UTF-8"},         {"unicode-1-1-utf-8", "UTF-8"},
    {"gbk", "GBK"},              {"gb2312", "GBK"},         {"gb_2312", "GBK"},
    {"gb_2312-80", "GBK"},       {"csgb2312", "GBK"},       {"x-gbk", "GBK"},
    {"cp936", "GBK"},            {"windows-936", "GBK"},    {"euc-cn", "GBK"},
    {"chinese", "GBK"},          {"iso-ir-58", "GBK"},      {"gb18030", "GB18030"},
    {"big5", "Big5"},            {"big5-hkscs", "Big5"},    {"cn-big5", "Big5"},
    {"csbig5", "Big5"},          {"x-x-big5", "Big5"},      {"shift_jis", "Shift_JIS"},
    {"shift-jis", "Shift_JIS"},  {"sjis", "Shift_JIS"},     {"x-sjis", "Shift_JIS"},
    {"ms_kanji", "Shift_JIS"},   {"ms932", "Shift_JIS"},    {"windows-31j", "Shift_JIS"},
    {"cp932", "Shift_JIS"},      {"csshiftjis", "Shift_JIS"}, {"utf-16", "UTF-16"},
    {"utf16", "UTF-16"},         {"utf-16le", "UTF-16LE"},  {"utf-16be", "UTF-16BE"},
    {"iso-8859-1", "Latin-1"},   {"iso8859-1", "Latin-1"},  {"iso_8859-1", "Latin-1"},
    {"latin1", "Latin-1"},       {"latin-1", "Latin-1"},    {"l1", "Latin-1"},
    {"us-ascii", "Latin-1"},     {"ascii", "Latin-1"},      {"windows-1252", "windows-1252"},
    {"cp1252", "windows-1252"},
};

QByteArray canonical(const QByteArray &label)
{
    const QByteArray lower = HttpSyntax::trimmedOws(label).toLower();
    for (const Alias &alias : aliases) {
        if (lower == alias.label)
            return alias.canonical;
    }
    return lower;
}

// The charset parameter of a media type: text/html; Charset="gbk" -> gbk.
QByteArray charsetParameter(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        if (!part.toLower().startsWith("charset"))
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq < 0 || part.left(eq).trimmed().toLower() != "charset")
            continue;
        QByteArray value = part.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith('"') || value.startsWith('\''))
            && value.endsWith(value.at(0)))
            value = value.mid(1, value.size() - 2);
        return value.trimmed();
    }
    return QByteArray();
}

// <meta charset="gbk"> and <meta http-equiv="Content-Type" content="text/html;
// charset=gbk"> alike: the word charset inside a meta tag, then = and a value.
QByteArray metaCharset(const QByteArray &body)
{
    const QByteArray head = body.left(metaScanBytes).toLower();
    qsizetype from = 0;
    for (;;) {
        const qsizetype tag = head.indexOf("<meta", from);
        if (tag < 0)
            return QByteArray();
        qsizetype end = head.indexOf('>', tag);
        if (end < 0)
            end = head.size();
        const QByteArray text = head.mid(tag, end - tag);
        qsizetype at = text.indexOf("charset");
        while (at >= 0) {
            qsizetype i = at + 7;
            while (i < text.size() && (text.at(i) == ' ' || text.at(i) == '\t'))
                ++i;
            if (i < text.size() && text.at(i) == '=') {
                ++i;
                while (i < text.size() && (text.at(i) == ' ' || text.at(i) == '"' || text.at(i) == '\''))
                    ++i;
                qsizetype j = i;
                while (j < text.size() && !QByteArray(" \t\"';/>").contains(text.at(j)))
                    ++j;
                if (j > i)
                    return text.mid(i, j - i);
            }
            at = text.indexOf("charset", at + 7);
        }
        from = end;
    }
}

bool decodesCleanly(const QByteArray &bytes, const char *name)
{
    QStringDecoder decoder(name);
    if (!decoder.isValid())
        return false;
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.contains(QChar(QChar::ReplacementCharacter));
}

bool isAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QList<QByteArray> CharsetDetector::overrideChoices()
{
    return {"UTF-8", "GBK", "GB18030", "Big5", "Shift_JIS", "UTF-16", "Latin-1"};
}

QByteArray CharsetDetector::canonicalName(const QByteArray &label)
{
    return canonical(label);
}

bool CharsetDetector::isSupported(const QByteArray &charset)
{
    const QByteArray name = canonical(charset);
    if (name == "Latin-1" || name.startsWith("UTF-"))
        return true;
    return !name.isEmpty() && QStringDecoder(name.constData()).isValid();
}

CharsetDetector::Result CharsetDetector::detect(const QByteArray &contentTypeHeader,
                                                const QByteArray &body)
{
    Result result;
    QString skipped;
    const QByteArray declared = charsetParameter(contentTypeHeader);
    if (!declared.isEmpty()) {
        if (isSupported(declared)) {
            result.charset = canonical(declared);
            result.source = Source::Header;
            result.explanation = tr("from the Content-Type header (charset=%1)")
                                     .arg(QString::fromLatin1(declared));
            return result;
        }
        skipped = tr("the header's charset \"%1\" is unknown; ").arg(QString::fromLatin1(declared));
    }
    const QByteArray meta = metaCharset(body);
    if (!meta.isEmpty() && isSupported(meta)) {
        result.charset = canonical(meta);
        result.source = Source::Meta;
        result.explanation = skipped
            + tr("from <meta charset> in the page (%1); the header names no charset")
                  .arg(QString::fromLatin1(meta));
        return result;
    }
    if (body.startsWith("\xEF\xBB\xBF") || body.startsWith("\xFF\xFE") || body.startsWith("\xFE\xFF")) {
        result.source = Source::Bom;
        result.charset = body.startsWith("\xEF\xBB\xBF") ? "UTF-8"
            : body.startsWith("\xFF\xFE")                 ? "UTF-16LE"
                                                          : "UTF-16BE";
        result.explanation = skipped + tr("from the byte order mark (BOM) at the start of the body");
        return result;
    }
    result.source = Source::Guess;
    const QByteArray sample = body.left(guessBytes);
    if (isAscii(sample)) {
        result.charset = "UTF-8";
        result.explanation = skipped + tr("guessed: only ASCII bytes, read as UTF-8");
    } else if (decodesCleanly(sample, "UTF-8")) {
        result.charset = "UTF-8";
        result.explanation = skipped + tr("guessed: valid UTF-8");
    } else if (decodesCleanly(sample, "GB18030")) {
        result.charset = "GB18030";
        result.explanation = skipped + tr("guessed: not UTF-8, but decodes as GB18030 (GBK) without errors");
    } else {
        result.charset = "Latin-1";
        result.explanation = skipped + tr("guessed: neither UTF-8 nor GB18030; shown as Latin-1, one character per byte");
    }
    return result;
}

QString CharsetDetector::decode(const QByteArray &body, const QByteArray &charset)
{
    const QByteArray name = canonical(charset);
    if (name == "Latin-1")
        return QString::fromLatin1(body);
    std::optional<QStringConverter::Encoding> builtIn;
    if (name == "UTF-8")
        builtIn = QStringConverter::Utf8;
    else if (name == "UTF-16")
        builtIn = QStringConverter::Utf16;
    else if (name == "UTF-16LE")
        builtIn = QStringConverter::Utf16LE;
    else if (name == "UTF-16BE")
        builtIn = QStringConverter::Utf16BE;
    // Stateless: a sequence cut off at the end of the body shows as U+FFFD
    // instead of silently vanishing in the decoder's state.
    if (builtIn) {
        QStringDecoder decoder(*builtIn, QStringConverter::Flag::Stateless);
        return decoder.decode(body);
    }
    QStringDecoder decoder(name.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return QString::fromLatin1(body);
    // ICU keeps a cut-off multi-byte character in its state even when
    // stateless. Behind a '\n' (never a trail byte in GBK, Big5, Shift_JIS,
    // GB18030) it becomes complete-but-invalid and shows as U+FFFD.
    QString text = decoder.decode(body + '\n');
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

} // namespace swb::net
