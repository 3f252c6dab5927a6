#include "net/payload/textcodec.h"

#include <QRandomGenerator>
#include <QSet>
#include <QStringEncoder>
#include <QTest>

using swb::net::TextCodec;
using swb::net::TextEncoding;

Q_DECLARE_METATYPE(swb::net::TextEncoding)

class TestTextCodec : public QObject
{
    Q_OBJECT

private slots:
    void icuConvertersAvailable();
    void encode_data();
    void encode();
    void decode_data();
    void decode();
    void roundTrip_data();
    void roundTrip();
    void decodeNeverDropsBytes();
    void name_data();
    void name();
    void fromName_data();
    void fromName();
    void all();
};

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The sentence the brief's users test with, in GBK (and GB18030, identical here).
const QByteArray WelcomeGbk = QByteArray::fromHex("bbb6d3adb7c3cecab2cbc4f1bdccb3cc21");

} // namespace

void TestTextCodec::icuConvertersAvailable()
{
    // Without Qt's ICU backend GBK silently falls back to UTF-8; every GBK
    // expectation below would then fail in confusing ways.
    QVERIFY2(QStringEncoder("GBK").isValid(), "Qt was built without ICU: no GBK converter");
    QVERIFY2(QStringEncoder("GB18030").isValid(), "Qt was built without ICU: no GB18030 converter");
}

void TestTextCodec::encode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("expectedHex");

    QTest::newRow("utf8 empty") << QString() << TextEncoding::Utf8 << QByteArray();
    QTest::newRow("utf8 ascii") << u("hello") << TextEncoding::Utf8 << QByteArray("68656c6c6f");
    QTest::newRow("utf8 zhong") << u("中") << TextEncoding::Utf8 << QByteArray("e4b8ad");
    QTest::newRow("utf8 emoji") << u("😀") << TextEncoding::Utf8 << QByteArray("f09f9880");
    QTest::newRow("utf8 bom character encoded as is") << QString(QChar(0xFEFF) + u("A")) << TextEncoding::Utf8 << QByteArray("efbbbf41");
    QTest::newRow("utf8 lone high surrogate at end")
        << (u("a") + QChar(0xD800)) << TextEncoding::Utf8 << QByteArray("61efbfbd");
    QTest::newRow("utf8 lone low surrogate")
        << (u("a") + QChar(0xDC00) + u("b")) << TextEncoding::Utf8 << QByteArray("61efbfbd62");

    QTest::newRow("gbk empty") << QString() << TextEncoding::Gbk << QByteArray();
    QTest::newRow("gbk zhong") << u("中") << TextEncoding::Gbk << QByteArray("d6d0");
    QTest::newRow("gbk zhongwen") << u("中文") << TextEncoding::Gbk << QByteArray("d6d0cec4");
    QTest::newRow("gbk welcome") << u("欢迎访问菜鸟教程!") << TextEncoding::Gbk << WelcomeGbk.toHex();
    QTest::newRow("gbk mixed") << u("Hello, 世界") << TextEncoding::Gbk
                               << QByteArray("48656c6c6f2c20cac0bde7");
    QTest::newRow("gbk e acute") << u("é") << TextEncoding::Gbk << QByteArray("a8a6");
    QTest::newRow("gbk newline") << u("a\r\n") << TextEncoding::Gbk << QByteArray("610d0a");
    // ICU's GBK is Windows code page 936, which has the euro sign at 0x80.
    QTest::newRow("gbk euro") << u("€") << TextEncoding::Gbk << QByteArray("80");
    // Outside GBK: ICU substitutes '?' and carries on with the rest.
    QTest::newRow("gbk emoji") << u("a😀中") << TextEncoding::Gbk << QByteArray("613fd6d0");
    QTest::newRow("gbk lone high surrogate at end")
        << (u("a") + QChar(0xD800)) << TextEncoding::Gbk << QByteArray("613f");

    QTest::newRow("gb18030 zhong") << u("中") << TextEncoding::Gb18030 << QByteArray("d6d0");
    QTest::newRow("gb18030 welcome") << u("欢迎访问菜鸟教程!") << TextEncoding::Gb18030
                                     << WelcomeGbk.toHex();
    QTest::newRow("gb18030 emoji") << u("😀") << TextEncoding::Gb18030 << QByteArray("9439fc36");
    QTest::newRow("gb18030 euro") << u("€") << TextEncoding::Gb18030 << QByteArray("a2e3");
    QTest::newRow("gb18030 lone surrogate")
        << (u("a") + QChar(0xDC00)) << TextEncoding::Gb18030 << QByteArray("618431a437");

    QTest::newRow("latin1 ascii") << u("abc") << TextEncoding::Latin1 << QByteArray("616263");
    QTest::newRow("latin1 accents") << u("Ünïcödé") << TextEncoding::Latin1
                                    << QByteArray("dc6eef63f664e9");
    QTest::newRow("latin1 chinese") << u("中") << TextEncoding::Latin1 << QByteArray("3f");
    QTest::newRow("latin1 lone surrogate")
        << (QString(QChar(0xD800)) + u("b")) << TextEncoding::Latin1 << QByteArray("3f62");
}

void TestTextCodec::encode()
{
    QFETCH(QString, text);
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, expectedHex);
    QCOMPARE(TextCodec::encode(text, encoding).toHex(), expectedHex);
}

void TestTextCodec::decode_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("expected");

    const QString fffd(QChar(QChar::ReplacementCharacter));

    QTest::newRow("utf8 empty") << QByteArray() << TextEncoding::Utf8 << QString();
    QTest::newRow("utf8 zhong") << QByteArray("e4b8ad") << TextEncoding::Utf8 << u("中");
    QTest::newRow("utf8 trailing newline kept") << QByteArray("610a") << TextEncoding::Utf8 << u("a\n");
    QTest::newRow("utf8 only newlines") << QByteArray("0a0a") << TextEncoding::Utf8 << u("\n\n");
    QTest::newRow("utf8 nul") << QByteArray("610062") << TextEncoding::Utf8 << QString(u("a") + QChar(0) + u("b"));
    QTest::newRow("utf8 invalid byte") << QByteArray("61ff62") << TextEncoding::Utf8
                                       << QString(u("a") + fffd + u("b"));
    QTest::newRow("utf8 truncated at end") << QByteArray("61e4") << TextEncoding::Utf8
                                           << QString(u("a") + fffd);
    // A BOM is data the peer sent; a debugger must not hide it.
    QTest::newRow("utf8 bom kept") << QByteArray("efbbbf41") << TextEncoding::Utf8
                                   << QString(QChar(0xFEFF) + u("A"));

    QTest::newRow("gbk zhong") << QByteArray("d6d0") << TextEncoding::Gbk << u("中");
    QTest::newRow("gbk welcome") << WelcomeGbk.toHex() << TextEncoding::Gbk << u("欢迎访问菜鸟教程!");
    QTest::newRow("gbk utf8 bytes misread") << QByteArray("e4b8ad") << TextEncoding::Gbk
                                            << QString(u("涓") + fffd);
    QTest::newRow("gbk truncated at end") << QByteArray("61d6") << TextEncoding::Gbk
                                          << QString(u("a") + fffd);
    QTest::newRow("gbk lone lead byte") << QByteArray("d6") << TextEncoding::Gbk << fffd;
    QTest::newRow("gbk lead then newline") << QByteArray("d60a") << TextEncoding::Gbk
                                           << QString(fffd + u("\n"));

    QTest::newRow("gb18030 four bytes") << QByteArray("9439fc36") << TextEncoding::Gb18030 << u("😀");
    QTest::newRow("gb18030 truncated four bytes") << QByteArray("9439fc") << TextEncoding::Gb18030
                                                  << QString(fffd + u("9") + fffd);
    QTest::newRow("gb18030 invalid ff") << QByteArray("ff") << TextEncoding::Gb18030 << fffd;

    QTest::newRow("latin1 all high") << QByteArray("e9ff") << TextEncoding::Latin1 << u("éÿ");
    QTest::newRow("latin1 utf8 bytes") << QByteArray("e4b8ad") << TextEncoding::Latin1 << u("ä¸\u00ad");
}

void TestTextCodec::decode()
{
    QFETCH(QByteArray, hex);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, expected);
    QCOMPARE(TextCodec::decode(QByteArray::fromHex(hex), encoding), expected);
}

void TestTextCodec::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextEncoding>("encoding");

    const QString chinese = u("欢迎访问菜鸟教程! 你好，世界。\r\n");
    QTest::newRow("utf8 chinese") << chinese << TextEncoding::Utf8;
    QTest::newRow("gbk chinese") << chinese << TextEncoding::Gbk;
    QTest::newRow("gb18030 chinese") << chinese << TextEncoding::Gb18030;
    QTest::newRow("utf8 emoji") << u("ok 😀👍") << TextEncoding::Utf8;
    QTest::newRow("gb18030 emoji") << u("ok 😀👍") << TextEncoding::Gb18030;
    QTest::newRow("latin1 accents") << u("déjà vu ÿ\t") << TextEncoding::Latin1;
    QTest::newRow("gbk control chars") << QString(u("a") + QChar(0) + u("\x01\x7f")) << TextEncoding::Gbk;
}

void TestTextCodec::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(TextEncoding, encoding);
    QCOMPARE(TextCodec::decode(TextCodec::encode(text, encoding), encoding), text);
}

void TestTextCodec::decodeNeverDropsBytes()
{
    // Random packets, cut anywhere: every non-empty input must show up as
    // something, and nothing may crash.
    QRandomGenerator random(20240601);
    for (int round = 0; round < 500; ++round) {
        QByteArray bytes(random.bounded(1, 12), Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        for (const TextEncoding encoding : TextCodec::all()) {
            const QString text = TextCodec::decode(bytes, encoding);
            QVERIFY2(!text.isEmpty(), bytes.toHex().constData());
            if (bytes.endsWith('\n'))
                QVERIFY2(text.endsWith(QLatin1Char('\n')), bytes.toHex().constData());
        }
    }
}

void TestTextCodec::name_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("name");

    QTest::newRow("utf8") << TextEncoding::Utf8 << u("UTF-8");
    QTest::newRow("gbk") << TextEncoding::Gbk << u("GBK");
    QTest::newRow("gb18030") << TextEncoding::Gb18030 << u("GB18030");
    QTest::newRow("latin1") << TextEncoding::Latin1 << u("Latin-1");
}

void TestTextCodec::name()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, name);
    QCOMPARE(TextCodec::name(encoding), name);
    const std::optional<TextEncoding> parsed = TextCodec::fromName(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, encoding);
}

void TestTextCodec::fromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<TextEncoding>("encoding");

    QTest::newRow("utf-8 lower") << u("utf-8") << true << TextEncoding::Utf8;
    QTest::newRow("utf8") << u("utf8") << true << TextEncoding::Utf8;
    QTest::newRow("UTF8") << u("UTF8") << true << TextEncoding::Utf8;
    QTest::newRow("utf_8 spaced") << u(" utf_8 ") << true << TextEncoding::Utf8;
    QTest::newRow("gbk lower") << u("gbk") << true << TextEncoding::Gbk;
    QTest::newRow("cp936") << u("CP936") << true << TextEncoding::Gbk;
    QTest::newRow("gb18030 lower") << u("gb18030") << true << TextEncoding::Gb18030;
    QTest::newRow("gb-18030") << u("GB-18030") << true << TextEncoding::Gb18030;
    QTest::newRow("latin1") << u("latin1") << true << TextEncoding::Latin1;
    QTest::newRow("LATIN-1") << u("LATIN-1") << true << TextEncoding::Latin1;
    QTest::newRow("iso-8859-1") << u("iso-8859-1") << true << TextEncoding::Latin1;
    QTest::newRow("ISO8859-1") << u("ISO8859-1") << true << TextEncoding::Latin1;

    QTest::newRow("empty") << QString() << false << TextEncoding::Utf8;
    QTest::newRow("only dashes") << u("--") << false << TextEncoding::Utf8;
    QTest::newRow("utf-16") << u("UTF-16") << false << TextEncoding::Utf8;
    QTest::newRow("big5") << u("Big5") << false << TextEncoding::Utf8;
    QTest::newRow("gb2312") << u("GB2312") << false << TextEncoding::Utf8;
    QTest::newRow("latin") << u("latin") << false << TextEncoding::Utf8;
    QTest::newRow("utf-8 with junk") << u("utf-8x") << false << TextEncoding::Utf8;
}

void TestTextCodec::fromName()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(TextEncoding, encoding);
    const std::optional<TextEncoding> result = TextCodec::fromName(name);
    QCOMPARE(result.has_value(), known);
    if (known)
        QCOMPARE(*result, encoding);
}

void TestTextCodec::all()
{
    const QList<TextEncoding> encodings = TextCodec::all();
    const QList<TextEncoding> expected{TextEncoding::Utf8, TextEncoding::Gbk, TextEncoding::Gb18030,
                                       TextEncoding::Latin1};
    QCOMPARE(encodings, expected);

    QSet<QString> names;
    for (const TextEncoding encoding : encodings) {
        const QString name = TextCodec::name(encoding);
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), encodings.size());
}

QTEST_GUILESS_MAIN(TestTextCodec)
#include "tst_textcodec.moc"
