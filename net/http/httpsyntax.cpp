#include "net/http/httpsyntax.h"

#include <cstring>
#include <algorithm>

namespace swb::net {

namespace {

constexpr int maxMethodLength = 32;
// 2^62: far beyond any real body, and sums of two never overflow a qint64.
constexpr qint64 maxLength = qint64(1) << 62;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

Failure problem(const QString &message, qint64 at)
{
    return Failure{message, 0, at};
}

// "HTTP/1.1" at the start of text; the problem position is inside text.
Result<void> checkVersion(const QByteArray &text, qint64 base)
{
    if (!text.startsWith("HTTP/"))
        return problem(HttpSyntax::tr("expected the HTTP version (HTTP/1.1), found \"%1\"")
                           .arg(HttpSyntax::escaped(text.left(8))),
                       base);
    if (text.size() < 8 || !isDigit(text.at(5)) || text.at(6) != '.' || !isDigit(text.at(7)))
        return problem(HttpSyntax::tr("the HTTP version must look like HTTP/1.1, found \"%1\"")
                           .arg(HttpSyntax::escaped(text.left(8))),
                       base + 5);
    if (text.at(5) != '1')
        return problem(HttpSyntax::tr("HTTP/%1.%2 is not HTTP/1.x; this parser reads HTTP/1.0 "
                                      "and HTTP/1.1 (HTTP/2 and HTTP/3 are binary protocols)")
                           .arg(QString(QLatin1Char(text.at(5))), QString(QLatin1Char(text.at(7)))),
                       base + 5);
    return {};
}

} // namespace

bool HttpSyntax::isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c))
        return true;
    return c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool HttpSyntax::plausibleStart(const QByteArray &firstBytes, bool response)
{
    if (response) {
        static const QByteArray magic("HTTP/");
        const qsizetype n = std::min(firstBytes.size(), magic.size());
        return std::memcmp(firstBytes.constData(), magic.constData(), size_t(n)) == 0;
    }
    // A request begins with a method token and a space.
    const qsizetype n = std::min<qsizetype>(firstBytes.size(), maxMethodLength + 1);
    for (qsizetype i = 0; i < n; ++i) {
        const char c = firstBytes.at(i);
        if (c == ' ')
            return i > 0;
        if (!isTokenChar(c))
            return false;
    }
    return firstBytes.size() <= maxMethodLength;
}

QString HttpSyntax::notHttpMessage(const QByteArray &firstBytes)
{
    return tr("this does not look like HTTP: the first bytes are \"%1\"").arg(escaped(firstBytes, 24));
}

Result<void> HttpSyntax::parseStatusLine(const QByteArray &line, StatusLine *out)
{
    if (Result<void> version = checkVersion(line, 0); !version)
        return version;
    out->version = line.left(8);
    if (line.size() < 9 || line.at(8) != ' ')
        return problem(tr("expected one space after %1").arg(QString::fromLatin1(out->version)), 8);
    for (int i = 9; i < 12; ++i) {
        if (i >= line.size() || !isDigit(line.at(i)))
            return problem(tr("the status code must be three digits, found \"%1\"")
                               .arg(escaped(line.mid(9, 3))),
                           i);
    }
    out->status = line.mid(9, 3).toInt();
    if (out->status < 100)
        return problem(tr("status code %1 is below 100").arg(out->status), 9);
    if (line.size() > 12) {
        if (line.at(12) != ' ')
            return problem(tr("expected a space between the status code and the reason phrase"),
                           12);
        out->reason = line.mid(13);
    }
    return {};
}

Result<void> HttpSyntax::parseRequestLine(const QByteArray &line, RequestLine *out)
{
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace <= 0)
        return problem(notHttpMessage(line), 0);
    out->method = line.left(firstSpace);
    const qsizetype secondSpace = line.indexOf(' ', firstSpace + 1);
    if (secondSpace < 0)
        return problem(tr("the request line has no HTTP version at its end (HTTP/0.9 requests "
                          "are not supported): expected \"METHOD target HTTP/1.1\""),
                       line.size());
    if (secondSpace == firstSpace + 1)
        return problem(tr("the request target is empty (two spaces after the method)"),
                       secondSpace);
    out->target = line.mid(firstSpace + 1, secondSpace - firstSpace - 1);
    for (qsizetype i = firstSpace + 1; i < secondSpace; ++i) {
        const uchar c = uchar(line.at(i));
        if (c < 0x21 || c == 0x7f)
            return problem(tr("control byte 0x%1 in the request target")
                               .arg(c, 2, 16, QLatin1Char('0')),
                           i);
    }
    const QByteArray version = line.mid(secondSpace + 1);
    if (Result<void> versionProblem = checkVersion(version, secondSpace + 1); !versionProblem)
        return versionProblem;
    if (version.size() != 8)
        return problem(tr("unexpected bytes after the HTTP version"), secondSpace + 9);
    out->version = version;
    return {};
}

Result<HttpSyntax::Field> HttpSyntax::parseField(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return problem(tr("header line without a colon: \"%1\"").arg(escaped(line, 40)), 0);
    if (colon == 0)
        return problem(tr("header line with an empty name"), 0);
    for (qsizetype i = 0; i < colon; ++i) {
        const char c = line.at(i);
        if (c == ' ' || c == '\t')
            return problem(tr("white space inside or after a header name (before the colon) "
                              "is not allowed"),
                           i);
        if (!isTokenChar(c))
            return problem(tr("byte 0x%1 is not allowed in a header name")
                               .arg(uchar(c), 2, 16, QLatin1Char('0')),
                           i);
    }
    const qsizetype nul = line.indexOf('\0', colon);
    if (nul >= 0)
        return problem(tr("NUL byte in a header value"), nul);
    return Field{line.left(colon), trimmedOws(line.mid(colon + 1))};
}

Result<void> HttpSyntax::addFieldLine(QList<HttpHeaderLine> *fields, const QByteArray &line,
                                      qint64 offset, qint64 length, Fold fold, int maxLines,
                                      QStringList *warnings)
{
    if (line.at(0) == ' ' || line.at(0) == '\t') {
        if (fields->isEmpty())
            return problem(tr("the first field line begins with white space (a continuation of "
                              "nothing)"),
                           0);
        if (fold == Fold::Refuse)
            return problem(tr("obsolete line folding (a field line beginning with white space) is "
                              "not allowed in a request or a trailer"),
                           0);
        HttpHeaderLine &previous = fields->last();
        const QByteArray more = trimmedOws(line);
        if (!more.isEmpty())
            previous.value += (previous.value.isEmpty() ? "" : " ") + more;
        previous.length += length;
        *warnings << tr("Obsolete line folding at byte offset %1: the line continues the header "
                        "\"%2\" and was joined to it with a space.")
                         .arg(offset)
                         .arg(QString::fromLatin1(previous.name));
        return {};
    }
    if (fields->size() >= maxLines)
        return problem(tr("more than %1 header or trailer lines").arg(maxLines), 0);
    const Result<Field> field = parseField(line);
    if (!field)
        return field.failure();
    fields->append(HttpHeaderLine{field->name, field->value, offset, length});
    return {};
}

Result<HttpSyntax::ChunkSize> HttpSyntax::parseChunkSize(const QByteArray &line)
{
    qint64 size = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        const int digit = hexValue(line.at(i));
        if (digit < 0)
            break;
        if (size > (maxLength >> 4))
            return problem(tr("chunk size too large"), 0);
        size = size * 16 + digit;
    }
    if (i == 0)
        return problem(tr("invalid chunk size \"%1\": expected hexadecimal digits")
                           .arg(escaped(line, 24)),
                       0);
    // Bad white space before the extension is tolerated, as RFC 9112 asks.
    qsizetype j = i;
    while (j < line.size() && (line.at(j) == ' ' || line.at(j) == '\t'))
        ++j;
    if (j < line.size() && line.at(j) != ';')
        return problem(tr("invalid chunk size \"%1\": byte 0x%2 after the hexadecimal digits")
                           .arg(escaped(line, 24))
                           .arg(uchar(line.at(j)), 2, 16, QLatin1Char('0')),
                       j);
    return ChunkSize{size, j < line.size() ? line.mid(j + 1) : QByteArray()};
}

bool HttpSyntax::parseContentLength(const QByteArray &value, qint64 *out)
{
    qint64 result = -1;
    const QList<QByteArray> members = value.split(',');
    for (const QByteArray &raw : members) {
        const QByteArray member = trimmedOws(raw);
        if (member.isEmpty() || member.size() > 18)
            return false;
        qint64 number = 0;
        for (const char c : member) {
            if (!isDigit(c))
                return false;
            number = number * 10 + (c - '0');
        }
        if (number > maxLength || (result >= 0 && number != result))
            return false;
        result = number;
    }
    *out = result;
    return result >= 0;
}

QList<QByteArray> HttpSyntax::tokens(const QByteArray &list)
{
    QList<QByteArray> result;
    const QList<QByteArray> parts = list.split(',');
    for (const QByteArray &part : parts) {
        const QByteArray token = trimmedOws(part).toLower();
        if (!token.isEmpty())
            result << token;
    }
    return result;
}

bool HttpSyntax::hasToken(const QByteArray &list, const QByteArray &lowerToken)
{
    return tokens(list).contains(lowerToken);
}

QString HttpSyntax::escaped(const QByteArray &bytes, int maxBytes)
{
    QString result;
    const qsizetype n = std::min<qsizetype>(bytes.size(), maxBytes);
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(bytes.at(i));
        if (c == '\r')
            result += QLatin1String("\\r");
        else if (c == '\n')
            result += QLatin1String("\\n");
        else if (c == '\t')
            result += QLatin1String("\\t");
        else if (c == '\\')
            result += QLatin1String("\\\\");
        else if (c >= 0x20 && c < 0x7f)
            result += QLatin1Char(char(c));
        else
            result += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > n)
        result += QChar(0x2026);
    return result;
}

QByteArray HttpSyntax::trimmedOws(const QByteArray &value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && (value.at(begin) == ' ' || value.at(begin) == '\t'))
        ++begin;
    while (end > begin && (value.at(end - 1) == ' ' || value.at(end - 1) == '\t'))
        --end;
    return value.mid(begin, end - begin);
}

} // namespace swb::net
