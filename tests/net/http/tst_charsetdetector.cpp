#include "net/http/charsetdetector.h"

#include <QTest>

using swb::net::CharsetDetector;

Q_DECLARE_METATYPE(CharsetDetector::Source)

// The order of the issue: header, then <meta>, then a BOM, then a guess that
// says it is one; names folded to the ones the override menu offers.
class TestCharsetDetector : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void canonicalName_data();
    void canonicalName();
    void decodeOverrides_data();
    void decodeOverrides();
    void unknownCharsetFallsBackWithoutCrash();
    void metaOnlyInTheFirst4KiB();
};

namespace {

// "你好，世界" in GBK and in UTF-8.
const QByteArray helloGbk = QByteArray::fromHex("c4e3bac3a3accac0bde7");
const QByteArray helloUtf8 = QStringLiteral("你好，世界").toUtf8();

} // namespace

void TestCharsetDetector::detect_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<CharsetDetector::Source>("source");
    QTest::addColumn<QString>("explanation");

    using S = CharsetDetector::Source;
    QTest::newRow("header gbk") << QByteArray("text/html; charset=gbk") << helloGbk << QByteArray("GBK")
                                << S::Header << "Content-Type header";
    QTest::newRow("header quoted, odd case") << QByteArray("text/html;Charset=\"UTF-8\"") << helloUtf8
                                             << QByteArray("UTF-8") << S::Header << "charset=UTF-8";
    QTest::newRow("header gb2312 is GBK") << QByteArray("text/html; charset=GB2312") << helloGbk
                                          << QByteArray("GBK") << S::Header << QString();
    QTest::newRow("header wins over meta")
        << QByteArray("text/html; charset=utf-8") << QByteArray("<meta charset=\"gbk\">" + helloUtf8)
        << QByteArray("UTF-8") << S::Header << QString();
    QTest::newRow("meta charset")
        << QByteArray("text/html") << QByteArray("<html><head><META Charset=gbk></head>" + helloGbk)
        << QByteArray("GBK") << S::Meta << "<meta charset>";
    QTest::newRow("meta http-equiv")
        << QByteArray("text/html")
        << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">" + helloGbk)
        << QByteArray("GBK") << S::Meta << QString();
    QTest::newRow("unknown header charset falls through to meta")
        << QByteArray("text/html; charset=klingon") << QByteArray("<meta charset='big5'>abc")
        << QByteArray("Big5") << S::Meta << "unknown";
    QTest::newRow("UTF-8 BOM") << QByteArray() << QByteArray("\xEF\xBB\xBFhello") << QByteArray("UTF-8")
                               << S::Bom << "byte order mark";
    QTest::newRow("UTF-16LE BOM") << QByteArray("text/plain") << QByteArray("\xFF\xFEh\0i\0", 6)
                                  << QByteArray("UTF-16LE") << S::Bom << QString();
    QTest::newRow("UTF-16BE BOM") << QByteArray() << QByteArray("\xFE\xFF\0h\0i", 6) << QByteArray("UTF-16BE")
                                  << S::Bom << QString();
    QTest::newRow("guess ASCII") << QByteArray("text/html") << QByteArray("<html>hi</html>")
                                 << QByteArray("UTF-8") << S::Guess << "guessed: only ASCII";
    QTest::newRow("guess UTF-8") << QByteArray() << helloUtf8 << QByteArray("UTF-8") << S::Guess
                                 << "guessed: valid UTF-8";
    QTest::newRow("guess GB18030") << QByteArray() << QByteArray("<p>" + helloGbk + "</p>")
                                   << QByteArray("GB18030") << S::Guess << "guessed: not UTF-8";
    QTest::newRow("guess Latin-1") << QByteArray() << QByteArray("caf\xE9 \xFF\x80") << QByteArray("Latin-1")
                                   << S::Guess << "guessed: neither";
}

void TestCharsetDetector::detect()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, charset);
    QFETCH(CharsetDetector::Source, source);
    QFETCH(QString, explanation);

    const CharsetDetector::Result result = CharsetDetector::detect(contentType, body);
    QCOMPARE(result.charset, charset);
    QCOMPARE(result.source, source);
    QVERIFY(!result.explanation.isEmpty());
    if (!explanation.isEmpty())
        QVERIFY2(result.explanation.contains(explanation), qPrintable(result.explanation));
    QCOMPARE(result.explanation.startsWith(QLatin1String("guessed")) || result.explanation.contains(QLatin1String("guessed")),
             source == CharsetDetector::Source::Guess);
}

void TestCharsetDetector::canonicalName_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("utf8") << QByteArray("utf8") << QByteArray("UTF-8");
    QTest::newRow("gb2312") << QByteArray("GB2312") << QByteArray("GBK");
    QTest::newRow("cp936") << QByteArray("cp936") << QByteArray("GBK");
    QTest::newRow("gb18030") << QByteArray("gb18030") << QByteArray("GB18030");
    QTest::newRow("big5") << QByteArray("BIG5") << QByteArray("Big5");
    QTest::newRow("sjis") << QByteArray("sjis") << QByteArray("Shift_JIS");
    QTest::newRow("latin1") << QByteArray("ISO-8859-1") << QByteArray("Latin-1");
    QTest::newRow("unknown") << QByteArray(" X-Custom ") << QByteArray("x-custom");
}

void TestCharsetDetector::canonicalName()
{
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, name);
    QCOMPARE(CharsetDetector::canonicalName(label), name);
}

void TestCharsetDetector::decodeOverrides_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("UTF-8") << QByteArray("UTF-8") << helloUtf8 << QStringLiteral("你好，世界");
    QTest::newRow("GBK") << QByteArray("GBK") << helloGbk << QStringLiteral("你好，世界");
    QTest::newRow("GB18030") << QByteArray("GB18030") << helloGbk << QStringLiteral("你好，世界");
    QTest::newRow("Big5") << QByteArray("Big5") << QByteArray::fromHex("a741a66e") << QStringLiteral("你好");
    QTest::newRow("Shift_JIS") << QByteArray("Shift_JIS") << QByteArray::fromHex("82b182f182c982bf82cd")
                               << QStringLiteral("こんにちは");
    QTest::newRow("UTF-16 with BOM") << QByteArray("UTF-16") << QByteArray("\xFF\xFEh\0i\0", 6) << QStringLiteral("hi");
    QTest::newRow("UTF-16BE") << QByteArray("UTF-16BE") << QByteArray("\0h\0i", 4) << QStringLiteral("hi");
    QTest::newRow("Latin-1") << QByteArray("Latin-1") << QByteArray("caf\xE9") << QStringLiteral("caf\u00e9");
    QTest::newRow("UTF-8 cut mid-character shows U+FFFD")
        << QByteArray("UTF-8") << helloUtf8.left(4) << QStringLiteral("你\ufffd");
    QTest::newRow("GBK cut mid-character shows U+FFFD")
        << QByteArray("GBK") << helloGbk.left(3) << QStringLiteral("你\ufffd");
}

void TestCharsetDetector::decodeOverrides()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QVERIFY(CharsetDetector::overrideChoices().contains(CharsetDetector::canonicalName(charset))
            || charset == "UTF-16BE");
    QCOMPARE(CharsetDetector::decode(bytes, charset), text);
}

void TestCharsetDetector::unknownCharsetFallsBackWithoutCrash()
{
    QVERIFY(!CharsetDetector::isSupported("no-such-charset"));
    QCOMPARE(CharsetDetector::decode("caf\xE9", "no-such-charset"), QStringLiteral("caf\u00e9"));
    QCOMPARE(CharsetDetector::decode(QByteArray(), "GBK"), QString());
}

void TestCharsetDetector::metaOnlyInTheFirst4KiB()
{
    const QByteArray late = QByteArray(5000, ' ') + "<meta charset=\"gbk\">" + helloGbk;
    QCOMPARE(CharsetDetector::detect("text/html", late).source, CharsetDetector::Source::Guess);
    const QByteArray early = QByteArray(3000, ' ') + "<meta charset=\"gbk\">" + helloGbk;
    QCOMPARE(CharsetDetector::detect("text/html", early).source, CharsetDetector::Source::Meta);
}

QTEST_APPLESS_MAIN(TestCharsetDetector)
#include "tst_charsetdetector.moc"
