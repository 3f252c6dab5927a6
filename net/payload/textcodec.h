#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace swb::net {

// The text encodings a panel can send and show. GBK/GB18030 come from Qt's ICU
// backend (QStringConverter alone only knows UTF and Latin-1).
enum class TextEncoding { Utf8, Gbk, Gb18030, Latin1 };

class TextCodec final
{
public:
    static QByteArray encode(const QString &text, TextEncoding encoding);
    // Invalid sequences become U+FFFD; decoding never fails.
    static QString decode(const QByteArray &bytes, TextEncoding encoding);

    // Stable, untranslated names used in workspace files and menus: "UTF-8", "GBK", "GB18030", "Latin-1".
    static QString name(TextEncoding encoding);
    static std::optional<TextEncoding> fromName(const QString &name);
    static QList<TextEncoding> all();
};

} // namespace swb::net
