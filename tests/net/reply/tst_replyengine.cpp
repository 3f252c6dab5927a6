#include "net/reply/replyengine.h"

#include <QTest>

using swb::net::ReplyEngine;
using swb::net::ReplyKind;
using swb::net::ServerBehaviour;
using swb::net::TextEncoding;

Q_DECLARE_METATYPE(swb::net::ServerBehaviour)
Q_DECLARE_METATYPE(swb::net::TextEncoding)

// The reply rules of every stream server, checked without sockets: what each
// lesson's server answers to one message, and when it closes.
class TestReplyEngine : public QObject
{
    Q_OBJECT

private slots:
    void onMessage_data();
    void onMessage();
    void onConnect_data();
    void onConnect();
    void isCloseWord_data();
    void isCloseWord();
    void splitLineEnding_data();
    void splitLineEnding();
    void validate_data();
    void validate();
    void validateListsEveryProblem();
};

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

ServerBehaviour withReply(ReplyKind kind)
{
    ServerBehaviour b;
    b.reply = kind;
    return b;
}

// A fixed moment, so timestamp and {time} replies are exact.
QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 3, 7), QTime(9, 5, 4));
}

const QString peer = QStringLiteral("127.0.0.1:50123");

} // namespace

void TestReplyEngine::onMessage_data()
{
    QTest::addColumn<ServerBehaviour>("behaviour");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("reply");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("close");

    const auto utf8 = TextEncoding::Utf8;

    QTest::newRow("none") << withReply(ReplyKind::None) << utf8 << QByteArray("hello\n") << false
                          << QByteArray() << false;
    QTest::newRow("echo") << withReply(ReplyKind::Echo) << utf8 << QByteArray("hello\n") << true
                          << QByteArray("hello\n") << false;
    QTest::newRow("echo binary") << withReply(ReplyKind::Echo) << utf8
                                 << QByteArray("\x00\xff\r\n", 4) << true
                                 << QByteArray("\x00\xff\r\n", 4) << false;
    QTest::newRow("prefix") << withReply(ReplyKind::Prefix) << utf8 << QByteArray("hello")
                            << true << QByteArray("received: hello") << false;
    QTest::newRow("prefix keeps line ending")
        << withReply(ReplyKind::Prefix) << utf8 << QByteArray("hello\r\n") << true
        << QByteArray("received: hello\r\n") << false;
    {
        ServerBehaviour b = withReply(ReplyKind::Prefix);
        b.prefix = QStringLiteral(">\\t");
        QTest::newRow("prefix with escape") << b << utf8 << QByteArray("x") << true
                                            << QByteArray(">\tx") << false;
    }
    QTest::newRow("timestamp") << withReply(ReplyKind::Timestamp) << utf8 << QByteArray("data")
                               << true << QByteArray("[2024-03-07 09:05:04]:data") << false;
    {
        ServerBehaviour b = withReply(ReplyKind::Fixed);
        b.fixedText = QStringLiteral("hi\\r\\n");
        QTest::newRow("fixed with escapes") << b << utf8 << QByteArray("anything") << true
                                            << QByteArray("hi\r\n") << false;
    }
    QTest::newRow("fixed default") << withReply(ReplyKind::Fixed) << utf8 << QByteArray("x")
                                   << true << QByteArray("I can see you.") << false;
    QTest::newRow("template bare") << withReply(ReplyKind::Template) << utf8
                                   << QByteArray("Michael") << true
                                   << QByteArray("Hello, Michael!") << false;
    // The line ending goes after the whole reply, not inside it ("Hello, Michael\n!").
    QTest::newRow("template lf") << withReply(ReplyKind::Template) << utf8
                                 << QByteArray("Michael\n") << true
                                 << QByteArray("Hello, Michael!\n") << false;
    QTest::newRow("template crlf") << withReply(ReplyKind::Template) << utf8
                                   << QByteArray("Michael\r\n") << true
                                   << QByteArray("Hello, Michael!\r\n") << false;
    {
        ServerBehaviour b = withReply(ReplyKind::Template);
        b.templateText = QStringLiteral("#{counter} {peer} {time}: {data}");
        QTest::newRow("template counter peer time")
            << b << utf8 << QByteArray("x\n") << true
            << QByteArray("#7 127.0.0.1:50123 09:05:04: x\n") << false;
    }
    {
        ServerBehaviour b = withReply(ReplyKind::Template);
        b.templateText = u("你好, {data}!");
        // GBK bytes written out by hand so the codec is not checked against itself.
        QTest::newRow("template gbk") << b << TextEncoding::Gbk
                                      << QByteArray::fromHex("cac0bde70a") << true
                                      << QByteArray::fromHex("c4e3bac32c20cac0bde7210a") << false;
    }
    {
        ServerBehaviour b = withReply(ReplyKind::Prefix);
        b.closeWord = QStringLiteral("exit");
        QTest::newRow("close word, no reply") << b << utf8 << QByteArray("exit\n") << false
                                              << QByteArray() << true;
        QTest::newRow("close word as prefix of a word") << b << utf8 << QByteArray("exits\n")
                                                        << true << QByteArray("received: exits\n")
                                                        << false;
    }
    {
        ServerBehaviour b = withReply(ReplyKind::Fixed);
        b.fixedText = QStringLiteral("hi");
        b.closeAfterFirstReply = true;
        QTest::newRow("close after first reply") << b << utf8 << QByteArray("hello!") << true
                                                 << QByteArray("hi") << true;
    }
}

void TestReplyEngine::onMessage()
{
    QFETCH(ServerBehaviour, behaviour);
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, message);
    QFETCH(bool, reply);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, close);

    const ReplyEngine engine(behaviour, encoding);
    QVERIFY2(engine.validate().ok(), qPrintable(engine.validate().message()));
    const ReplyEngine::Action action = engine.onMessage(message, peer, 7, fixedNow());
    QCOMPARE(action.reply, reply);
    QCOMPARE(action.bytes, bytes);
    QCOMPARE(action.close, close);
}

void TestReplyEngine::onConnect_data()
{
    QTest::addColumn<ServerBehaviour>("behaviour");
    QTest::addColumn<bool>("reply");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("close");

    QTest::newRow("no greeting") << ServerBehaviour() << false << QByteArray() << false;
    {
        ServerBehaviour b;
        b.greeting = QStringLiteral("Welcome!");
        QTest::newRow("threaded-hello greeting") << b << true << QByteArray("Welcome!") << false;
    }
    {
        // The welcome lesson: the notes' '欢迎访问菜鸟教程!' + "\r\n", then close.
        ServerBehaviour b;
        b.greeting = u("欢迎访问菜鸟教程!\\r\\n");
        b.closeAfterGreeting = true;
        QTest::newRow("welcome, close after greeting")
            << b << true << QByteArray("欢迎访问菜鸟教程!\r\n") << true;
    }
    {
        // Without a greeting there is nothing to close after.
        ServerBehaviour b;
        b.closeAfterGreeting = true;
        QTest::newRow("close after greeting without greeting") << b << false << QByteArray()
                                                               << false;
    }
}

void TestReplyEngine::onConnect()
{
    QFETCH(ServerBehaviour, behaviour);
    QFETCH(bool, reply);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, close);

    const ReplyEngine engine(behaviour, TextEncoding::Utf8);
    const ReplyEngine::Action action = engine.onConnect();
    QCOMPARE(action.reply, reply);
    QCOMPARE(action.bytes, bytes);
    QCOMPARE(action.close, close);
}

void TestReplyEngine::isCloseWord_data()
{
    QTest::addColumn<QString>("closeWord");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("expected");

    QTest::newRow("bare") << u("exit") << QByteArray("exit") << true;
    QTest::newRow("lf") << u("exit") << QByteArray("exit\n") << true;
    QTest::newRow("crlf") << u("exit") << QByteArray("exit\r\n") << true;
    QTest::newRow("cr") << u("exit") << QByteArray("exit\r") << true;
    QTest::newRow("longer word") << u("exit") << QByteArray("exits") << false;
    QTest::newRow("two line endings") << u("exit") << QByteArray("exit\n\n") << false;
    QTest::newRow("case matters") << u("exit") << QByteArray("EXIT") << false;
    QTest::newRow("leading space") << u("exit") << QByteArray(" exit") << false;
    QTest::newRow("chat q") << u("q") << QByteArray("q") << true;
    QTest::newRow("off") << QString() << QByteArray("") << false;
    QTest::newRow("off, any text") << QString() << QByteArray("exit") << false;
    QTest::newRow("chinese word") << u("再见") << QByteArray("再见\r\n") << true;
}

void TestReplyEngine::isCloseWord()
{
    QFETCH(QString, closeWord);
    QFETCH(QByteArray, message);
    QFETCH(bool, expected);

    ServerBehaviour b;
    b.closeWord = closeWord;
    QCOMPARE(ReplyEngine(b, TextEncoding::Utf8).isCloseWord(message), expected);
}

void TestReplyEngine::splitLineEnding_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("ending");

    QTest::newRow("crlf") << QByteArray("abc\r\n") << QByteArray("abc") << QByteArray("\r\n");
    QTest::newRow("lf") << QByteArray("abc\n") << QByteArray("abc") << QByteArray("\n");
    QTest::newRow("cr") << QByteArray("abc\r") << QByteArray("abc") << QByteArray("\r");
    QTest::newRow("none") << QByteArray("abc") << QByteArray("abc") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("only crlf") << QByteArray("\r\n") << QByteArray() << QByteArray("\r\n");
    QTest::newRow("lf cr is one cr") << QByteArray("abc\n\r") << QByteArray("abc\n")
                                     << QByteArray("\r");
    QTest::newRow("only the last ending") << QByteArray("a\r\n\r\n") << QByteArray("a\r\n")
                                          << QByteArray("\r\n");
    QTest::newRow("inner newline kept") << QByteArray("a\nb") << QByteArray("a\nb")
                                        << QByteArray();
}

void TestReplyEngine::splitLineEnding()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, ending);

    QByteArray actualEnding("stale");
    QCOMPARE(ReplyEngine::splitLineEnding(message, &actualEnding), body);
    QCOMPARE(actualEnding, ending);
    // The caller may not care about the ending.
    QCOMPARE(ReplyEngine::splitLineEnding(message, nullptr), body);
}

void TestReplyEngine::validate_data()
{
    QTest::addColumn<ServerBehaviour>("behaviour");
    QTest::addColumn<QStringList>("mentions"); // empty: valid

    QTest::newRow("defaults") << ServerBehaviour() << QStringList();
    QTest::newRow("every reply kind") << withReply(ReplyKind::Template) << QStringList();
    {
        ServerBehaviour b = withReply(ReplyKind::Fixed);
        b.fixedText = QStringLiteral("\\x4");
        QTest::newRow("fixed broken \\x") << b << QStringList{u("Fixed reply"), u("\\x")};
    }
    {
        // A text of a kind not in use is not the user's problem right now.
        ServerBehaviour b = withReply(ReplyKind::Echo);
        b.fixedText = QStringLiteral("\\x4");
        QTest::newRow("unused fixed text ignored") << b << QStringList();
    }
    {
        ServerBehaviour b = withReply(ReplyKind::Prefix);
        b.prefix = QStringLiteral("bad \\q");
        QTest::newRow("prefix unknown escape") << b << QStringList{u("Prefix"), u("\\q")};
    }
    {
        ServerBehaviour b;
        b.greeting = QStringLiteral("Welcome\\");
        QTest::newRow("greeting lone backslash") << b << QStringList{u("Greeting")};
    }
    {
        ServerBehaviour b = withReply(ReplyKind::Timestamp);
        b.timestampFormat = QStringLiteral("[%Y-%Q]:");
        QTest::newRow("bad time format") << b << QStringList{u("Time format"), u("%Q")};
    }
}

void TestReplyEngine::validate()
{
    QFETCH(ServerBehaviour, behaviour);
    QFETCH(QStringList, mentions);

    const QString problems = ReplyEngine(behaviour, TextEncoding::Utf8).validate().message();
    if (mentions.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        return;
    }
    for (const QString &word : std::as_const(mentions))
        QVERIFY2(problems.contains(word), qPrintable(problems));
}

void TestReplyEngine::validateListsEveryProblem()
{
    ServerBehaviour b = withReply(ReplyKind::Timestamp);
    b.greeting = QStringLiteral("\\x4");
    b.timestampFormat = QStringLiteral("%Q");
    const QStringList lines =
        ReplyEngine(b, TextEncoding::Utf8).validate().message().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u("Greeting")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u("Time format")), qPrintable(lines.at(1)));
}

QTEST_GUILESS_MAIN(TestReplyEngine)
#include "tst_replyengine.moc"
