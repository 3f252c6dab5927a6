#include "net/payload/payloadcomposer.h"

namespace swb::net {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isHexSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char(',');
}

// The character at index as the user sees it: a whole surrogate pair rather
// than half of one, and control characters spelled out instead of printed.
QString displayChar(const QString &text, qsizetype index)
{
    const QChar c = text.at(index);
    if (c.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
        return text.mid(index, 2);
    if (!c.isPrint())
        return QStringLiteral("U+%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
    return QString(c);
}

Failure failure(qsizetype position, const QString &message)
{
    return Failure{message, 0, position};
}

} // namespace

Result<QByteArray> PayloadComposer::compose(const QString &text, InputMode mode,
                                            TextEncoding encoding, LineEnding ending)
{
    switch (mode) {
    case InputMode::Hex:
        return parseHex(text);
    case InputMode::Escapes: {
        Result<QByteArray> result = parseEscapes(text, encoding);
        if (result)
            result->append(lineEndingBytes(ending));
        return result;
    }
    case InputMode::Text:
        break;
    }
    QByteArray bytes = TextCodec::encode(text, encoding);
    bytes.append(lineEndingBytes(ending));
    return bytes;
}

Result<QByteArray> PayloadComposer::parseHex(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size() / 2);
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (isHexSeparator(c)) {
            ++i;
            continue;
        }
        // A run starts here. "0x" counts as a prefix only at the start of a
        // run, so "0x0x12" and "120x34" are reported rather than guessed at.
        const qsizetype runStart = i;
        if (c == QLatin1Char('0') && i + 1 < size
            && (text.at(i + 1) == QLatin1Char('x') || text.at(i + 1) == QLatin1Char('X'))) {
            i += 2;
            if (i >= size || hexValue(text.at(i)) < 0) {
                if (i < size && !isHexSeparator(text.at(i))) {
                    return failure(i, tr("Not a hex digit: '%1' at position %2.")
                                          .arg(displayChar(text, i), QString::number(i + 1)));
                }
                return failure(runStart, tr("'0x' at position %1 is not followed by hex digits.")
                                             .arg(runStart + 1));
            }
        }
        while (i < size && !isHexSeparator(text.at(i))) {
            const int high = hexValue(text.at(i));
            if (high < 0) {
                return failure(i, tr("Not a hex digit: '%1' at position %2.")
                                      .arg(displayChar(text, i), QString::number(i + 1)));
            }
            if (i + 1 >= size || isHexSeparator(text.at(i + 1))) {
                return failure(i, tr("Odd number of hex digits: '%1' at position %2 has no partner; "
                                     "write each byte as two digits.")
                                      .arg(QString(text.at(i)), QString::number(i + 1)));
            }
            const int low = hexValue(text.at(i + 1));
            if (low < 0) {
                return failure(i + 1, tr("Not a hex digit: '%1' at position %2.")
                                          .arg(displayChar(text, i + 1), QString::number(i + 2)));
            }
            bytes.append(char(high * 16 + low));
            i += 2;
        }
    }
    return bytes;
}

Result<QByteArray> PayloadComposer::parseEscapes(const QString &text, TextEncoding encoding)
{
    QByteArray bytes;
    const qsizetype size = text.size();
    qsizetype plainStart = 0;

    // Plain runs are encoded whole so multi-byte encodings see complete text.
    auto flushPlain = [&](qsizetype end) {
        if (end > plainStart)
            bytes.append(TextCodec::encode(text.mid(plainStart, end - plainStart), encoding));
    };

    qsizetype i = 0;
    while (i < size) {
        if (text.at(i) != QLatin1Char('\\')) {
            ++i;
            continue;
        }
        flushPlain(i);
        const qsizetype backslash = i;
        if (i + 1 >= size) {
            return failure(backslash, tr("Lone backslash at the end (position %1). "
                                         "Write \\\\ for a literal backslash.")
                                          .arg(backslash + 1));
        }
        const QChar next = text.at(i + 1);
        char byte = 0;
        qsizetype length = 2;
        switch (next.unicode()) {
        case u'r':
            byte = '\r';
            break;
        case u'n':
            byte = '\n';
            break;
        case u't':
            byte = '\t';
            break;
        case u'\\':
            byte = '\\';
            break;
        case u'0':
            byte = '\0';
            break;
        case u'"':
            byte = '"';
            break;
        case u'\'':
            byte = '\'';
            break;
        case u'x': {
            const int high = i + 2 < size ? hexValue(text.at(i + 2)) : -1;
            const int low = i + 3 < size ? hexValue(text.at(i + 3)) : -1;
            if (high < 0 || low < 0) {
                return failure(backslash, tr("\\x at position %1 must be followed by exactly two hex "
                                             "digits, e.g. \\x0A.")
                                              .arg(backslash + 1));
            }
            byte = char(high * 16 + low);
            length = 4;
            break;
        }
        default:
            if (!next.isPrint()) {
                // A backslash before "U+000A" would read like yet another escape.
                return failure(backslash, tr("Backslash at position %1 is followed by %2, not an "
                                             "escape letter. Write \\\\ for a literal backslash.")
                                              .arg(QString::number(backslash + 1),
                                                   displayChar(text, i + 1)));
            }
            return failure(backslash, tr("Unknown escape '\\%1' at position %2. Known escapes: "
                                         "\\r \\n \\t \\\\ \\0 \\\" \\' \\xNN.")
                                          .arg(displayChar(text, i + 1), QString::number(backslash + 1)));
        }
        bytes.append(byte);
        i += length;
        plainStart = i;
    }
    flushPlain(size);
    return bytes;
}

QString PayloadComposer::modeName(InputMode mode)
{
    switch (mode) {
    case InputMode::Text:
        return QStringLiteral("text");
    case InputMode::Escapes:
        return QStringLiteral("escapes");
    case InputMode::Hex:
        return QStringLiteral("hex");
    }
    return QStringLiteral("text");
}

InputMode PayloadComposer::modeFromName(const QString &name, InputMode fallback)
{
    const QString key = name.trimmed().toLower();
    for (const InputMode mode : {InputMode::Text, InputMode::Escapes, InputMode::Hex}) {
        if (key == modeName(mode))
            return mode;
    }
    return fallback;
}

QString PayloadComposer::lineEndingName(LineEnding ending)
{
    switch (ending) {
    case LineEnding::None:
        return QStringLiteral("none");
    case LineEnding::Lf:
        return QStringLiteral("lf");
    case LineEnding::CrLf:
        return QStringLiteral("crlf");
    }
    return QStringLiteral("none");
}

LineEnding PayloadComposer::lineEndingFromName(const QString &name, LineEnding fallback)
{
    const QString key = name.trimmed().toLower();
    for (const LineEnding ending : {LineEnding::None, LineEnding::Lf, LineEnding::CrLf}) {
        if (key == lineEndingName(ending))
            return ending;
    }
    return fallback;
}

QByteArray PayloadComposer::lineEndingBytes(LineEnding ending)
{
    switch (ending) {
    case LineEnding::None:
        return QByteArray();
    case LineEnding::Lf:
        return QByteArrayLiteral("\n");
    case LineEnding::CrLf:
        return QByteArrayLiteral("\r\n");
    }
    return QByteArray();
}

} // namespace swb::net
