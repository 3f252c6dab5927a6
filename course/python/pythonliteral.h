#pragma once

#include "net/payload/textcodec.h"

#include <QByteArray>
#include <QString>

namespace swb::course {

// Python source literals for the generated scripts. Kept apart from the
// generator so that the quoting rules (the part that must never be wrong) are
// tested on their own.
class PythonLiteral final
{
public:
    // 'text' with \\ \' \n \r \t and \xNN/\uNNNN for other control characters;
    // printable non-ASCII (Chinese) stays as it is, the script is UTF-8.
    static QString str(const QString &text);
    // b'...' with printable ASCII as is and \xNN for everything else.
    static QString bytes(const QByteArray &data);
    // The most readable Python expression for these bytes: b'hello' for ASCII,
    // '欢迎'.encode(ENCODING) for text that round-trips through the panel's
    // encoding, else a b'\x..' literal. encodingName is the Python expression
    // naming the codec (usually the script's ENCODING constant).
    static QString encoded(const QByteArray &data, net::TextEncoding encoding,
                           const QString &encodingName);
    // Python's codec name: 'utf-8', 'gbk', 'gb18030', 'latin-1'.
    static QString codecName(net::TextEncoding encoding);
    // A host for a Python address tuple: brackets of an IPv6 literal removed.
    static QString host(const QString &text);
    // True for an IPv6 literal (the script then needs AF_INET6).
    static bool isIpv6(const QString &host);
};

} // namespace swb::course
