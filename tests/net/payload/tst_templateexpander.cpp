#include "net/payload/templateexpander.h"

#include <QTest>

#include <limits>

using swb::net::TemplateContext;
using swb::net::TemplateExpander;

class TestTemplateExpander : public QObject
{
    Q_OBJECT

private slots:
    void expand_data();
    void expand();
    void dataIsNotReexpanded_data();
    void dataIsNotReexpanded();
    void invalidTime();
    void counterLimits();
    void containsToken_data();
    void containsToken();
    void tokens();
};

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

TemplateContext sampleContext()
{
    TemplateContext context;
    context.data = u("hello");
    context.now = QDateTime(QDate(2024, 3, 7), QTime(9, 5, 4, 321));
    context.counter = 42;
    context.peer = u("192.168.1.20:50123");
    return context;
}

} // namespace

void TestTemplateExpander::expand_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no tokens") << u("plain text") << u("plain text");
    QTest::newRow("data") << u("{data}") << u("hello");
    QTest::newRow("echo") << u("echo: {data}\r\n") << u("echo: hello\r\n");
    QTest::newRow("time") << u("{time}") << u("09:05:04");
    QTest::newRow("date") << u("{date}") << u("2024-03-07");
    QTest::newRow("datetime") << u("{datetime}") << u("2024-03-07 09:05:04");
    QTest::newRow("counter") << u("#{counter}") << u("#42");
    QTest::newRow("peer") << u("from {peer}") << u("from 192.168.1.20:50123");
    QTest::newRow("all tokens") << u("[{datetime}] {peer} #{counter} {date} {time}: {data}")
                                << u("[2024-03-07 09:05:04] 192.168.1.20:50123 #42 2024-03-07 "
                                     "09:05:04: hello");
    QTest::newRow("repeated") << u("{data}{data}") << u("hellohello");
    QTest::newRow("adjacent text") << u("a{counter}b") << u("a42b");
    QTest::newRow("chinese around") << u("收到{data}。") << u("收到hello。");
    QTest::newRow("unknown word kept") << u("{name} {data}") << u("{name} hello");
    QTest::newRow("case sensitive") << u("{DATA} {Time}") << u("{DATA} {Time}");
    QTest::newRow("space inside braces") << u("{ data }") << u("{ data }");
    QTest::newRow("lone open brace") << u("{") << u("{");
    QTest::newRow("lone close brace") << u("}") << u("}");
    QTest::newRow("unclosed token") << u("{data") << u("{data");
    QTest::newRow("token at end unclosed") << u("x {time") << u("x {time");
    QTest::newRow("extra open brace") << u("{{data}") << u("{hello");
    QTest::newRow("extra close brace") << u("{data}}") << u("hello}");
    QTest::newRow("doubled braces") << u("{{data}}") << u("{hello}");
    QTest::newRow("brace before unknown") << u("{x{data}") << u("{xhello");
    QTest::newRow("date is not datetime prefix") << u("{date}time}") << u("2024-03-07time}");
    QTest::newRow("datetime not split") << u("{datetime") << u("{datetime");
    QTest::newRow("empty braces") << u("{}") << u("{}");
}

void TestTemplateExpander::expand()
{
    QFETCH(QString, pattern);
    QFETCH(QString, expected);
    QCOMPARE(TemplateExpander::expand(pattern, sampleContext()), expected);
}

void TestTemplateExpander::dataIsNotReexpanded_data()
{
    QTest::addColumn<QString>("data");

    QTest::newRow("time") << u("{time}");
    QTest::newRow("data") << u("{data}");
    QTest::newRow("all") << u("{data}{time}{date}{datetime}{counter}{peer}");
    QTest::newRow("split token") << u("{da");
    QTest::newRow("closing half") << u("ta}");
    QTest::newRow("braces") << u("{{}}");
}

void TestTemplateExpander::dataIsNotReexpanded()
{
    // A peer controls {data}: whatever it sends must come back literally,
    // and must not combine with the pattern's own text into a token.
    QFETCH(QString, data);
    TemplateContext context = sampleContext();
    context.data = data;
    QCOMPARE(TemplateExpander::expand(u("{data}"), context), data);
    QCOMPARE(TemplateExpander::expand(u("<{data}>"), context), u("<") + data + u(">"));
    QCOMPARE(TemplateExpander::expand(u("{{data}ta}"), context), u("{") + data + u("ta}"));

    context.peer = data;
    QCOMPARE(TemplateExpander::expand(u("{peer}|{data}"), context), data + u("|") + data);
}

void TestTemplateExpander::invalidTime()
{
    TemplateContext context = sampleContext();
    context.now = QDateTime();
    QCOMPARE(TemplateExpander::expand(u("[{time}][{date}][{datetime}]"), context), u("[][][]"));
}

void TestTemplateExpander::counterLimits()
{
    TemplateContext context = sampleContext();
    context.counter = 0;
    QCOMPARE(TemplateExpander::expand(u("{counter}"), context), u("0"));
    context.counter = std::numeric_limits<quint64>::max();
    QCOMPARE(TemplateExpander::expand(u("{counter}"), context), u("18446744073709551615"));
}

void TestTemplateExpander::containsToken_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("plain") << u("hello") << false;
    QTest::newRow("unknown word") << u("{name}") << false;
    QTest::newRow("unclosed") << u("{data") << false;
    QTest::newRow("case") << u("{Data}") << false;
    QTest::newRow("lone braces") << u("} {") << false;
    QTest::newRow("data") << u("{data}") << true;
    QTest::newRow("time") << u("x{time}") << true;
    QTest::newRow("date") << u("{date}") << true;
    QTest::newRow("datetime") << u("{datetime}") << true;
    QTest::newRow("counter") << u("{counter}") << true;
    QTest::newRow("peer") << u("{peer}") << true;
    QTest::newRow("after unknown") << u("{x} {{peer}") << true;
    QTest::newRow("chinese") << u("你好{data}") << true;
}

void TestTemplateExpander::containsToken()
{
    QFETCH(QString, pattern);
    QFETCH(bool, expected);
    QCOMPARE(TemplateExpander::containsToken(pattern), expected);
    // Consistent with expand: a pattern without tokens comes back unchanged.
    if (!expected)
        QCOMPARE(TemplateExpander::expand(pattern, sampleContext()), pattern);
}

void TestTemplateExpander::tokens()
{
    const QStringList expected{u("{data}"), u("{time}"), u("{date}"), u("{datetime}"), u("{counter}"),
                               u("{peer}")};
    QCOMPARE(TemplateExpander::tokens(), expected);
    for (const QString &token : expected) {
        QVERIFY(TemplateExpander::containsToken(token));
        QVERIFY2(TemplateExpander::expand(token, sampleContext()) != token, qPrintable(token));
    }
}

QTEST_GUILESS_MAIN(TestTemplateExpander)
#include "tst_templateexpander.moc"
