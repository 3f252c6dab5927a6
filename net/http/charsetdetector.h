#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace swb::net {

// Finds the charset of an HTTP body: the Content-Type header, else a <meta
// charset> / http-equiv in the first 4 KiB, else a BOM, else a guess (valid
// UTF-8? GB18030?) that is labelled as a guess.
class CharsetDetector final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::CharsetDetector)
public:
    enum class Source { Header, Meta, Bom, Guess };
    struct Result
    {
        QByteArray charset; // canonical name usable with QStringDecoder, e.g. "UTF-8", "GBK"
        Source source = Source::Guess;
        QString explanation; // translated: "from the Content-Type header", "guessed: valid UTF-8", …
    };
    static Result detect(const QByteArray &contentTypeHeader, const QByteArray &body);
    // Decodes with any of the override choices: UTF-8, GBK, GB18030, Big5, Shift_JIS, UTF-16, Latin-1.
    static QString decode(const QByteArray &body, const QByteArray &charset);
    static QList<QByteArray> overrideChoices();
    // gb2312/gbk/cp936 -> "GBK", utf8 -> "UTF-8", iso-8859-1 -> "Latin-1", …;
    // an unknown label comes back lower-cased.
    static QByteArray canonicalName(const QByteArray &label);
    // Whether decode() can read this charset (otherwise it falls back to Latin-1).
    static bool isSupported(const QByteArray &charset);
};

} // namespace swb::net
