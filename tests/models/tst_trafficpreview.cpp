#include "models/trafficpreview.h"
#include "net/payload/textcodec.h"

#include <QRegularExpression>
#include <QTest>

using swb::models::TrafficPreview;
using swb::net::TextCodec;
using swb::net::TextEncoding;

Q_DECLARE_METATYPE(TextEncoding)

// The one-line preview of the traffic table. Whatever a peer sends, the result
// is a single inert line: no control character survives, so terminal escapes
// and line breaks are shown, never acted on.
class TestTrafficPreview : public QObject
{
    Q_OBJECT

private slots:
    void make_data();
    void make();
    void noControlCharacterSurvives();
    void neverSplitsASurrogatePair();
};

namespace {

const QChar Ellipsis(0x2026);

} // namespace

void TestTrafficPreview::make_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");

    const int wide = TrafficPreview::defaultLength;
    QTest::newRow("empty") << QByteArray() << TextEncoding::Utf8 << wide << QString();
    QTest::newRow("ascii") << QByteArray("I can see you.") << TextEncoding::Utf8 << wide
                           << QStringLiteral("I can see you.");
    QTest::newRow("crlf") << QByteArray("line\r\n") << TextEncoding::Utf8 << wide
                          << QStringLiteral("line\\r\\n");
    QTest::newRow("tab") << QByteArray("a\tb") << TextEncoding::Utf8 << wide
                         << QStringLiteral("a\\tb");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << TextEncoding::Utf8 << wide
                         << QStringLiteral("a\\x00b");
    QTest::newRow("ansi colour") << QByteArray("\x1b[31mred\x1b[0m") << TextEncoding::Utf8
                                 << wide << QStringLiteral("\\x1b[31mred\\x1b[0m");
    QTest::newRow("clear screen") << QByteArray("\x1b[2J\x1b[H") << TextEncoding::Utf8 << wide
                                  << QStringLiteral("\\x1b[2J\\x1b[H");
    QTest::newRow("del and bell") << QByteArray("\x7f\x07") << TextEncoding::Utf8 << wide
                                  << QStringLiteral("\\x7f\\x07");
    // U+009B is the one-character CSI: as dangerous as ESC [ to a terminal.
    QTest::newRow("c1 csi") << QByteArray("\xc2\x9b" "31m") << TextEncoding::Utf8 << wide
                            << QStringLiteral("\\x9b31m");
    QTest::newRow("utf8 chinese") << QByteArray("欢迎访问菜鸟教程!\r\n") << TextEncoding::Utf8
                                  << wide << QStringLiteral("欢迎访问菜鸟教程!\\r\\n");
    QTest::newRow("invalid utf8") << QByteArray("ok\xff\xfe") << TextEncoding::Utf8 << wide
                                  << QStringLiteral("ok\ufffd");
    QTest::newRow("truncated utf8 at end") << QByteArray("ab\xe4\xb8") << TextEncoding::Utf8
                                           << wide << QStringLiteral("ab\ufffd");
    QTest::newRow("gbk") << TextCodec::encode(QStringLiteral("你好，世界"), TextEncoding::Gbk)
                         << TextEncoding::Gbk << wide << QStringLiteral("你好，世界");
    QTest::newRow("gbk read as utf8")
        << TextCodec::encode(QStringLiteral("你好"), TextEncoding::Gbk) << TextEncoding::Utf8
        << wide << QStringLiteral("\ufffd");
    QTest::newRow("latin1") << QByteArray("caf\xe9") << TextEncoding::Latin1 << wide
                            << QStringLiteral("café");

    QTest::newRow("exactly max") << QByteArray("abcde") << TextEncoding::Utf8 << 5
                                 << QStringLiteral("abcde");
    QTest::newRow("one over max") << QByteArray("abcdef") << TextEncoding::Utf8 << 5
                                  << QStringLiteral("abcde") + Ellipsis;
    QTest::newRow("chinese elided") << QByteArray("一二三四五六") << TextEncoding::Utf8 << 3
                                    << QStringLiteral("一二三") + Ellipsis;
    // The decode window (4 * 3 + 4 = 16 bytes here) ends inside a character:
    // "ab" and four 3-byte characters are 14 bytes, the fifth is cut after two.
    // The broken tail lies beyond what is shown, so no U+FFFD may appear.
    QTest::newRow("cut at window") << QByteArray("ab一二三四五六七") << TextEncoding::Utf8 << 3
                                   << QStringLiteral("ab一") + Ellipsis;
    QTest::newRow("gbk cut at window")
        << TextCodec::encode(QStringLiteral("a一二三四五六七八九十"), TextEncoding::Gbk)
        << TextEncoding::Gbk << 3 << QStringLiteral("a一二") + Ellipsis;
    // An emoji is two QChars; the cut falls before it rather than between its halves.
    QTest::newRow("emoji at the cut") << QByteArray("a😀😀") << TextEncoding::Utf8 << 2
                                      << QStringLiteral("a") + Ellipsis;
    QTest::newRow("emoji fits") << QByteArray("a😀😀") << TextEncoding::Utf8 << 3
                                << QStringLiteral("a😀") + Ellipsis;
    // Escapes take more room than the byte they stand for; eliding counts what is shown.
    QTest::newRow("escapes elided") << QByteArray("\r\n\r\n\r\n") << TextEncoding::Utf8 << 4
                                    << QStringLiteral("\\r\\n") + Ellipsis;
}

void TestTrafficPreview::make()
{
    QFETCH(QByteArray, data);
    QFETCH(TextEncoding, encoding);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    // How many U+FFFD an invalid sequence becomes is the decoder's business
    // (and differs between Qt versions); that it shows up, and where, is ours.
    static const QRegularExpression replacements(QStringLiteral("\uFFFD+"));
    QString actual = TrafficPreview::make(data, encoding, maxChars);
    actual.replace(replacements, QStringLiteral("\uFFFD"));
    expected.replace(replacements, QStringLiteral("\uFFFD"));
    QCOMPARE(actual, expected);
}

void TestTrafficPreview::noControlCharacterSurvives()
{
    QByteArray every;
    for (int b = 0; b < 256; ++b)
        every.append(char(b));
    for (TextEncoding encoding : TextCodec::all()) {
        const QString preview = TrafficPreview::make(every, encoding, 4096);
        for (const QChar c : preview) {
            const ushort u = c.unicode();
            QVERIFY2(u >= 0x20 && u != 0x7f && !(u >= 0x80 && u < 0xa0),
                     qPrintable(QStringLiteral("U+%1 in %2 preview")
                                    .arg(u, 4, 16, QLatin1Char('0'))
                                    .arg(TextCodec::name(encoding))));
        }
    }
}

void TestTrafficPreview::neverSplitsASurrogatePair()
{
    // Characters outside the BMP are two QChars. Cutting between them would
    // leave half a character, which later turns into '?' or U+FFFD.
    const QByteArray emoji = QByteArray("a") + QString(QStringLiteral("😀😀😀")).toUtf8();
    for (int maxChars = 1; maxChars <= 6; ++maxChars) {
        const QString preview = TrafficPreview::make(emoji, TextEncoding::Utf8, maxChars);
        for (qsizetype i = 0; i < preview.size(); ++i) {
            const QChar c = preview.at(i);
            if (c.isHighSurrogate())
                QVERIFY2(i + 1 < preview.size() && preview.at(i + 1).isLowSurrogate(),
                         qPrintable(QStringLiteral("maxChars %1: lone high surrogate").arg(maxChars)));
            if (c.isLowSurrogate())
                QVERIFY2(i > 0 && preview.at(i - 1).isHighSurrogate(),
                         qPrintable(QStringLiteral("maxChars %1: lone low surrogate").arg(maxChars)));
        }
    }
}

QTEST_GUILESS_MAIN(TestTrafficPreview)
#include "tst_trafficpreview.moc"
