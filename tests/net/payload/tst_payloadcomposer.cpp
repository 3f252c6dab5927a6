#include "net/payload/payloadcomposer.h"

#include <QTest>

using swb::Result;
using swb::net::InputMode;
using swb::net::LineEnding;
using swb::net::PayloadComposer;
using swb::net::TextEncoding;

Q_DECLARE_METATYPE(swb::net::InputMode)
Q_DECLARE_METATYPE(swb::net::LineEnding)
Q_DECLARE_METATYPE(swb::net::TextEncoding)

class TestPayloadComposer : public QObject
{
    Q_OBJECT

private slots:
    void parseHex_data();
    void parseHex();
    void parseEscapes_data();
    void parseEscapes();
    void compose_data();
    void compose();
    void modeNames_data();
    void modeNames();
    void modeFromName_data();
    void modeFromName();
    void lineEndings_data();
    void lineEndings();
    void lineEndingFromName_data();
    void lineEndingFromName();
    void neverCrashesOnOddInput();
};

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Shared columns for the two parser tables: on success the bytes, on failure
// the 0-based position and a piece of text the message must show.
void addResultColumns()
{
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("expectedHex");
    QTest::addColumn<int>("errorPosition");
    QTest::addColumn<QString>("shown");
}

void checkResult(const Result<QByteArray> &result)
{
    QFETCH(bool, ok);
    QFETCH(QByteArray, expectedHex);
    QFETCH(int, errorPosition);
    QFETCH(QString, shown);

    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(result->toHex(), expectedHex);
        QVERIFY(result.message().isEmpty());
        return;
    }
    QCOMPARE(result.failure().offset, qint64(errorPosition));
    // A parse error is in the text, not in a system call.
    QCOMPARE(result.failure().errorNumber, 0);
    // Humans count from 1.
    const QString humanPosition = QStringLiteral("position %1").arg(errorPosition + 1);
    const QString message = result.message();
    QVERIFY2(message.contains(humanPosition), qPrintable(message));
    QVERIFY2(message.contains(shown), qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
}

const QByteArray WelcomeGbk = QByteArray::fromHex("bbb6d3adb7c3cecab2cbc4f1bdccb3cc21");

} // namespace

void TestPayloadComposer::parseHex_data()
{
    QTest::addColumn<QString>("text");
    addResultColumns();

    auto good = [](const char *tag, const QString &text, const QByteArray &hex) {
        QTest::newRow(tag) << text << true << hex << -1 << QString();
    };
    auto bad = [](const char *tag, const QString &text, int position, const QString &shown) {
        QTest::newRow(tag) << text << false << QByteArray() << position << shown;
    };

    good("empty", QString(), QByteArray());
    good("only whitespace", u(" \t\r\n "), QByteArray());
    good("only commas", u(",, ,"), QByteArray());
    good("spaced", u("68 65 6c 6c 6f"), "68656c6c6f");
    good("packed", u("68656c6c6f"), "68656c6c6f");
    good("0x with commas", u("0x68,0x65"), "6865");
    good("0X upper with spaces", u("0X68, 0X65"), "6865");
    good("0x multi-byte run", u("0x6865"), "6865");
    good("mixed case", u("DE AD be Ef"), "deadbeef");
    good("newlines and tabs", u("68\n65\t6c\r\n6c\n"), "68656c6c");
    good("leading and trailing space", u("  00 ff  "), "00ff");
    good("repeated commas", u(",,68,,65,,"), "6865");
    good("zero byte with prefix", u("0x00"), "00");
    good("double zero is not a prefix", u("00"), "00");
    good("zero-led run", u("0a0b"), "0a0b");
    good("ideographic space", u("68\u300065"), "6865");
    good("no-break space", u("68\u00a065"), "6865");
    good("all byte values edge", u("00 7f 80 ff"), "007f80ff");

    bad("single digit", u("6"), 0, u("'6'"));
    bad("odd packed run", u("686"), 2, u("'6'"));
    bad("odd spaced run", u("68 6 65"), 3, u("'6'"));
    bad("odd after prefix", u("0x6"), 2, u("'6'"));
    bad("odd at end", u("68 65 a"), 6, u("'a'"));
    bad("non-hex low nibble", u("6g"), 1, u("'g'"));
    bad("non-hex high nibble", u("zz"), 0, u("'z'"));
    bad("non-hex later", u("68 65 xy"), 6, u("'x'"));
    bad("dash separator", u("68-65"), 2, u("'-'"));
    bad("semicolon separator", u("68;65"), 2, u("';'"));
    bad("bare prefix", u("0x"), 0, u("'0x'"));
    bad("prefix then comma", u("0x,68"), 0, u("'0x'"));
    bad("prefix then space", u("68 0x 65"), 3, u("'0x'"));
    bad("prefix then non-hex", u("0xg1"), 2, u("'g'"));
    bad("double prefix", u("0x0x12"), 3, u("'x'"));
    bad("prefix inside run", u("680x65"), 3, u("'x'"));
    bad("x without zero", u("x68"), 0, u("'x'"));
    bad("chinese", u("68 中"), 3, u("'中'"));
    bad("emoji shown whole", u("68 😀"), 3, u("'😀'"));
    bad("control char spelled out", u("68") + QChar(0x01), 2, u("U+0001"));
    bad("lone surrogate spelled out", u("68") + QChar(0xD800), 2, u("U+D800"));
    bad("first error wins", u("6z 6"), 1, u("'z'"));
}

void TestPayloadComposer::parseHex()
{
    QFETCH(QString, text);
    checkResult(PayloadComposer::parseHex(text));
}

void TestPayloadComposer::parseEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextEncoding>("encoding");
    addResultColumns();

    auto good = [](const char *tag, const QString &text, TextEncoding encoding, const QByteArray &hex) {
        QTest::newRow(tag) << text << encoding << true << hex << -1 << QString();
    };
    auto bad = [](const char *tag, const QString &text, int position, const QString &shown) {
        QTest::newRow(tag) << text << TextEncoding::Utf8 << false << QByteArray() << position << shown;
    };
    const TextEncoding utf8 = TextEncoding::Utf8;

    good("empty", QString(), utf8, QByteArray());
    good("plain", u("hello"), utf8, "68656c6c6f");
    good("cr lf", u("a\\r\\n"), utf8, "610d0a");
    good("tab", u("\\t"), utf8, "09");
    good("backslash", u("\\\\"), utf8, "5c");
    good("nul", u("a\\0b"), utf8, "610062");
    good("quotes", u("\\\"\\'"), utf8, "2227");
    good("hex lower", u("\\xff"), utf8, "ff");
    good("hex upper", u("\\xFF"), utf8, "ff");
    good("hex zero", u("\\x00"), utf8, "00");
    good("hex takes exactly two digits", u("\\x414"), utf8, "4134");
    good("escaped backslash then n", u("a\\\\nb"), utf8, "615c6e62");
    good("all escapes back to back", u("\\r\\n\\t\\\\\\0\\x7f"), utf8, "0d0a095c007f");
    good("chinese utf8", u("中\\r\\n"), utf8, "e4b8ad0d0a");
    good("chinese gbk", u("中\\r\\n"), TextEncoding::Gbk, "d6d00d0a");
    good("welcome gbk", u("欢迎访问菜鸟教程!\\n"), TextEncoding::Gbk, WelcomeGbk.toHex() + "0a");
    good("emoji gb18030", u("😀\\n"), TextEncoding::Gb18030, "9439fc360a");
    good("latin1", u("é\\n"), TextEncoding::Latin1, "e90a");
    // \xNN is a raw byte, not a code point: the encoding must not touch it.
    good("raw bytes utf8", u("\\xd6\\xd0"), utf8, "d6d0");
    good("raw bytes gbk", u("\\xe9"), TextEncoding::Gbk, "e9");
    good("raw high byte latin1", u("\\x80"), TextEncoding::Latin1, "80");
    good("text between escapes", u("\\x02中文\\x03"), TextEncoding::Gbk, "02d6d0cec403");

    bad("lone backslash", u("\\"), 0, u("backslash"));
    bad("trailing backslash", u("abc\\"), 3, u("backslash"));
    bad("odd backslashes", u("\\\\\\"), 2, u("backslash"));
    bad("unknown escape", u("\\q"), 0, u("'\\q'"));
    bad("unknown escape later", u("ab\\q"), 2, u("'\\q'"));
    bad("escapes are case sensitive", u("\\N"), 0, u("'\\N'"));
    bad("backslash space", u("a\\ b"), 1, u("'\\ '"));
    bad("backslash chinese", u("\\中"), 0, u("'\\中'"));
    bad("backslash newline", u("a\\\n"), 1, u("U+000A"));
    bad("first error wins", u("\\r\\z\\q"), 2, u("'\\z'"));
    bad("hex no digits", u("\\x"), 0, u("\\x"));
    bad("hex one digit at end", u("\\x4"), 0, u("\\x"));
    bad("hex one digit then text", u("\\x4g"), 0, u("\\x"));
    bad("hex non-digit first", u("\\xg4"), 0, u("\\x"));
    bad("hex one digit then space", u("\\x4 1"), 0, u("\\x"));
    bad("hex after text", u("ok\\x"), 2, u("\\x"));
    bad("uppercase X unknown", u("\\X41"), 0, u("'\\X'"));
}

void TestPayloadComposer::parseEscapes()
{
    QFETCH(QString, text);
    QFETCH(TextEncoding, encoding);
    checkResult(PayloadComposer::parseEscapes(text, encoding));
}

void TestPayloadComposer::compose_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<InputMode>("mode");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<LineEnding>("ending");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("expectedHex");

    const TextEncoding utf8 = TextEncoding::Utf8;
    QTest::newRow("text none") << u("hi") << InputMode::Text << utf8 << LineEnding::None << true
                               << QByteArray("6869");
    QTest::newRow("text lf") << u("hi") << InputMode::Text << utf8 << LineEnding::Lf << true
                             << QByteArray("68690a");
    QTest::newRow("text crlf") << u("hi") << InputMode::Text << utf8 << LineEnding::CrLf << true
                               << QByteArray("68690d0a");
    QTest::newRow("text empty lf") << QString() << InputMode::Text << utf8 << LineEnding::Lf << true
                                   << QByteArray("0a");
    QTest::newRow("text gbk crlf") << u("中") << InputMode::Text << TextEncoding::Gbk
                                   << LineEnding::CrLf << true << QByteArray("d6d00d0a");
    QTest::newRow("text keeps backslashes") << u("a\\n\\q") << InputMode::Text << utf8
                                            << LineEnding::None << true << QByteArray("615c6e5c71");
    QTest::newRow("text keeps hex digits") << u("68 69") << InputMode::Text << utf8
                                           << LineEnding::None << true << QByteArray("3638203639");
    QTest::newRow("escapes crlf") << u("a\\tb") << InputMode::Escapes << utf8 << LineEnding::CrLf
                                  << true << QByteArray("6109620d0a");
    QTest::newRow("escapes gbk lf") << u("中\\x00") << InputMode::Escapes << TextEncoding::Gbk
                                    << LineEnding::Lf << true << QByteArray("d6d0000a");
    QTest::newRow("escapes error drops ending") << u("\\q") << InputMode::Escapes << utf8
                                                << LineEnding::Lf << false << QByteArray();
    QTest::newRow("hex ignores ending") << u("68 69") << InputMode::Hex << utf8 << LineEnding::CrLf
                                        << true << QByteArray("6869");
    QTest::newRow("hex ignores encoding") << u("d6d0") << InputMode::Hex << TextEncoding::Latin1
                                          << LineEnding::Lf << true << QByteArray("d6d0");
    QTest::newRow("hex error") << u("6") << InputMode::Hex << utf8 << LineEnding::CrLf << false
                               << QByteArray();
    QTest::newRow("hex empty") << QString() << InputMode::Hex << utf8 << LineEnding::Lf << true
                               << QByteArray();
}

void TestPayloadComposer::compose()
{
    QFETCH(QString, text);
    QFETCH(InputMode, mode);
    QFETCH(TextEncoding, encoding);
    QFETCH(LineEnding, ending);
    QFETCH(bool, ok);
    QFETCH(QByteArray, expectedHex);

    const Result<QByteArray> result = PayloadComposer::compose(text, mode, encoding, ending);
    QCOMPARE(result.ok(), ok);
    QCOMPARE(result.valueOr(QByteArray()).toHex(), expectedHex);
    QCOMPARE(result.message().isEmpty(), ok);
    if (!ok)
        QVERIFY(result.failure().offset >= 0);
}

void TestPayloadComposer::modeNames_data()
{
    QTest::addColumn<InputMode>("mode");
    QTest::addColumn<QString>("name");
    QTest::newRow("text") << InputMode::Text << u("text");
    QTest::newRow("escapes") << InputMode::Escapes << u("escapes");
    QTest::newRow("hex") << InputMode::Hex << u("hex");
}

void TestPayloadComposer::modeNames()
{
    QFETCH(InputMode, mode);
    QFETCH(QString, name);
    QCOMPARE(PayloadComposer::modeName(mode), name);
    // A fallback different from the answer proves the name was recognised.
    const InputMode other = mode == InputMode::Hex ? InputMode::Text : InputMode::Hex;
    QCOMPARE(PayloadComposer::modeFromName(name, other), mode);
}

void TestPayloadComposer::modeFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<InputMode>("fallback");
    QTest::addColumn<InputMode>("expected");
    QTest::newRow("upper") << u("HEX") << InputMode::Text << InputMode::Hex;
    QTest::newRow("padded") << u(" escapes ") << InputMode::Text << InputMode::Escapes;
    QTest::newRow("unknown uses fallback") << u("binary") << InputMode::Escapes << InputMode::Escapes;
    QTest::newRow("empty uses fallback") << QString() << InputMode::Hex << InputMode::Hex;
    QTest::newRow("prefix is not enough") << u("he") << InputMode::Text << InputMode::Text;
}

void TestPayloadComposer::modeFromName()
{
    QFETCH(QString, name);
    QFETCH(InputMode, fallback);
    QFETCH(InputMode, expected);
    QCOMPARE(PayloadComposer::modeFromName(name, fallback), expected);
}

void TestPayloadComposer::lineEndings_data()
{
    QTest::addColumn<LineEnding>("ending");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("none") << LineEnding::None << u("none") << QByteArray();
    QTest::newRow("lf") << LineEnding::Lf << u("lf") << QByteArray("\n");
    QTest::newRow("crlf") << LineEnding::CrLf << u("crlf") << QByteArray("\r\n");
}

void TestPayloadComposer::lineEndings()
{
    QFETCH(LineEnding, ending);
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QCOMPARE(PayloadComposer::lineEndingName(ending), name);
    QCOMPARE(PayloadComposer::lineEndingBytes(ending), bytes);
    const LineEnding other = ending == LineEnding::CrLf ? LineEnding::None : LineEnding::CrLf;
    QCOMPARE(PayloadComposer::lineEndingFromName(name, other), ending);
}

void TestPayloadComposer::lineEndingFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<LineEnding>("fallback");
    QTest::addColumn<LineEnding>("expected");
    QTest::newRow("upper") << u("CRLF") << LineEnding::None << LineEnding::CrLf;
    QTest::newRow("padded") << u(" lf\n") << LineEnding::None << LineEnding::Lf;
    QTest::newRow("unknown uses fallback") << u("cr") << LineEnding::Lf << LineEnding::Lf;
    QTest::newRow("empty uses fallback") << QString() << LineEnding::CrLf << LineEnding::CrLf;
    QTest::newRow("default fallback is none") << u("?") << LineEnding::None << LineEnding::None;
}

void TestPayloadComposer::lineEndingFromName()
{
    QFETCH(QString, name);
    QFETCH(LineEnding, fallback);
    QFETCH(LineEnding, expected);
    QCOMPARE(PayloadComposer::lineEndingFromName(name, fallback), expected);
    if (fallback == LineEnding::None)
        QCOMPARE(PayloadComposer::lineEndingFromName(name), expected);
}

void TestPayloadComposer::neverCrashesOnOddInput()
{
    // Every prefix of awkward input: parsers must stop at the end of the
    // text, whatever state they are in.
    const QStringList inputs{u("0x0x\\x\\xA\\\\\\"), u("6 0x6 \\x6"), u("😀\\😀0x😀"),
                             QString(QChar(0xD800)) + u("\\") + QChar(0xDC00)};
    for (const QString &input : inputs) {
        for (qsizetype length = 0; length <= input.size(); ++length) {
            const QString text = input.left(length);
            for (const InputMode mode : {InputMode::Text, InputMode::Escapes, InputMode::Hex}) {
                const Result<QByteArray> result =
                    PayloadComposer::compose(text, mode, TextEncoding::Gbk, LineEnding::CrLf);
                QVERIFY(result.ok()
                        || (result.failure().offset >= 0 && result.failure().offset < length));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestPayloadComposer)
#include "tst_payloadcomposer.moc"
