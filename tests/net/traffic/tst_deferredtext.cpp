#include "net/traffic/deferredtext.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using swb::net::DeferredText::isDeferred;
using swb::net::DeferredText::make;
using swb::net::DeferredText::render;

namespace {

// Translates one context into upper case, as a language switch would.
class ShoutingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        if (qstrcmp(context, "Test") != 0)
            return QString();
        QString text = QString::fromUtf8(source).toUpper().replace(QLatin1String("%N"),
                                                                    QLatin1String("%n"));
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        return text;
    }
};

} // namespace

// Words kept as a tr() call render in the language installed when shown.
class TestDeferredText : public QObject
{
    Q_OBJECT

private slots:
    void plainTextIsItself();
    void argumentsAndNesting();
    void rendersInTheLanguageNow();
    void hostileTextStaysBounded();
};

void TestDeferredText::plainTextIsItself()
{
    QVERIFY(!isDeferred(QStringLiteral("closed by the peer")));
    QCOMPARE(render(QStringLiteral("closed by the peer %1")), QStringLiteral("closed by the peer %1"));
    QCOMPARE(render(QString()), QString());
}

void TestDeferredText::argumentsAndNesting()
{
    // An argument holding "%1" is not replaced again, as QString::arg(a, b) does.
    const QString reason = make("Test", "closed by %1", {QStringLiteral("the peer")});
    const QString line = make("Test", "Connection from %1 closed (%2).",
                              {QStringLiteral("100%1 \"x\"\n"), reason});
    QVERIFY(isDeferred(line));
    QCOMPARE(render(line), QStringLiteral("Connection from 100%1 \"x\"\n closed (closed by the peer)."));
    QCOMPARE(render(make("Test", "%n byte(s) from %1", {QStringLiteral("a")}, 3)),
             QStringLiteral("3 byte(s) from a"));
    QCOMPARE(render(make("Test", "%2 before %1", {QStringLiteral("one"), QStringLiteral("two")})),
             QStringLiteral("two before one"));
}

void TestDeferredText::rendersInTheLanguageNow()
{
    const QString line = make("Test", "closed by %1", {make("Test", "the peer")});
    QCOMPARE(render(line), QStringLiteral("closed by the peer"));
    ShoutingTranslator shouting;
    QCoreApplication::installTranslator(&shouting);
    QCOMPARE(render(line), QStringLiteral("CLOSED BY THE PEER"));
    QCoreApplication::removeTranslator(&shouting);
    QCOMPARE(render(line), QStringLiteral("closed by the peer"));
}

void TestDeferredText::hostileTextStaysBounded()
{
    // A traffic file may hold anything: a marker with garbage, or deep nesting.
    const QString marker = make("Test", "x").left(1);
    QCOMPARE(render(marker + QStringLiteral("not json")), QString());
    QCOMPARE(render(marker), QString());
    QString deep = QStringLiteral("bottom");
    for (int i = 0; i < 12; ++i)
        deep = make("Test", "<%1>", {deep});
    QCOMPARE(render(deep), QStringLiteral("<<<<<>>>>>")); // the depth limit, then nothing
}

QTEST_MAIN(TestDeferredText)
#include "tst_deferredtext.moc"
