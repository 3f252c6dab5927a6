#include "course/python/pythonliteral.h"

#include <QHostAddress>

namespace swb::course {

namespace {

bool isPrintableAscii(char c)
{
    return c >= 0x20 && c < 0x7f;
}

QString hexEscape(uint value, int digits, char kind)
{
    return QStringLiteral("\\%1%2").arg(QLatin1Char(kind)).arg(value, digits, 16, QLatin1Char('0'));
}

} // namespace

QString PythonLiteral::str(const QString &text)
{
    QString out = QStringLiteral("'");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case '\'': out += QLatin1String("\\'"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += hexEscape(c.unicode(), 2, 'x');
            else if (!c.isPrint() || c.isSurrogate())
                // Invisible or half of a pair: spelled out so the script shows it.
                out += hexEscape(c.unicode(), 4, 'u');
            else
                out += c;
        }
    }
    out += QLatin1Char('\'');
    return out;
}

QString PythonLiteral::bytes(const QByteArray &data)
{
    QString out = QStringLiteral("b'");
    for (const char c : data) {
        switch (c) {
        case '\\': out += QLatin1String("\\\\"); break;
        case '\'': out += QLatin1String("\\'"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default:
            if (isPrintableAscii(c))
                out += QLatin1Char(c);
            else
                out += hexEscape(uchar(c), 2, 'x');
        }
    }
    out += QLatin1Char('\'');
    return out;
}

QString PythonLiteral::encoded(const QByteArray &data, net::TextEncoding encoding,
                               const QString &encodingName)
{
    bool ascii = true;
    for (const char c : data) {
        if (!isPrintableAscii(c) && c != '\r' && c != '\n' && c != '\t') {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return bytes(data);
    const QString text = net::TextCodec::decode(data, encoding);
    bool readable = net::TextCodec::encode(text, encoding) == data;
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter
            || (c.unicode() < 0x20 && c != QLatin1Char('\r') && c != QLatin1Char('\n')
                && c != QLatin1Char('\t'))) {
            readable = false;
            break;
        }
    }
    // Like the notes: msg = '欢迎访问菜鸟教程!' + "\r\n"; msg.encode('utf-8').
    return readable ? QStringLiteral("%1.encode(%2)").arg(str(text), encodingName) : bytes(data);
}

QString PythonLiteral::codecName(net::TextEncoding encoding)
{
    switch (encoding) {
    case net::TextEncoding::Utf8: return QStringLiteral("utf-8");
    case net::TextEncoding::Gbk: return QStringLiteral("gbk");
    case net::TextEncoding::Gb18030: return QStringLiteral("gb18030");
    case net::TextEncoding::Latin1: return QStringLiteral("latin-1");
    }
    return QStringLiteral("utf-8");
}

QString PythonLiteral::host(const QString &text)
{
    QString h = text.trimmed();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    return h;
}

bool PythonLiteral::isIpv6(const QString &text)
{
    const QHostAddress address(host(text));
    return !address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol;
}

} // namespace swb::course
