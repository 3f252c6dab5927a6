#include "net/payload/controltext.h"

namespace swb::net {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

void appendEscaped(QString *out, char32_t c)
{
    const QString hex = QString::number(uint(c), 16).toUpper();
    if (c < 0x100)
        *out += QLatin1String("\\x") + hex.rightJustified(2, QLatin1Char('0'));
    else
        *out += QLatin1String("\\u{") + hex.rightJustified(4, QLatin1Char('0')) + QLatin1Char('}');
}

// Not QString::fromUcs4(): it drops a U+FEFF as a byte-order mark.
void appendCodePoint(QString *out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        *out += QChar(QChar::highSurrogate(c));
        *out += QChar(QChar::lowSurrogate(c));
    } else {
        *out += QChar(char16_t(c));
    }
}

// "\u{...}" at text[at]: the code point and the length, or 0 length.
std::pair<char32_t, qsizetype> braced(const QString &text, qsizetype at)
{
    if (at + 3 >= text.size() || text.at(at + 2) != QLatin1Char('{'))
        return {0, 0};
    char32_t value = 0;
    qsizetype i = at + 3;
    for (; i < text.size() && i < at + 9 && hexValue(text.at(i)) >= 0; ++i)
        value = value * 16 + char32_t(hexValue(text.at(i)));
    if (i == at + 3 || i >= text.size() || text.at(i) != QLatin1Char('}') || value > 0x10FFFF
        || (value >= 0xD800 && value <= 0xDFFF))
        return {0, 0};
    return {value, i + 1 - at};
}

} // namespace

bool ControlText::isHidden(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x180E
        || (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x206F) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB);
}

QString ControlText::escape(const QString &text, Mode mode)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A lone surrogate is what UTF-8 would write as U+FFFD anyway.
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        } else if (QChar::isSurrogate(c))
            c = U'\uFFFD';
        if (c == U'\\' && mode == Mode::Reversible)
            out += QLatin1String("\\\\");
        else if (isHidden(c) && !(mode == Mode::Terminal && (c == U'\n' || c == U'\t')))
            appendEscaped(&out, c);
        else
            appendCodePoint(&out, c);
    }
    return out;
}

QString ControlText::unescape(const QString &text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c != QLatin1Char('\\')) {
            out += c;
        } else if (next == QLatin1Char('\\')) {
            out += c;
            ++i;
        } else if (next == QLatin1Char('x') && i + 3 < text.size()
                   && hexValue(text.at(i + 2)) >= 0 && hexValue(text.at(i + 3)) >= 0) {
            out += QChar(char16_t(hexValue(text.at(i + 2)) * 16 + hexValue(text.at(i + 3))));
            i += 3;
        } else if (next == QLatin1Char('u') && braced(text, i).second > 0) {
            const auto [value, length] = braced(text, i);
            appendCodePoint(&out, value);
            i += length - 1;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray ControlText::forTerminal(const QString &text)
{
    return escape(text, Mode::Terminal).toLocal8Bit();
}

} // namespace swb::net
