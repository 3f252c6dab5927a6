#include "app/languagemanager.h"
#include "course/coach/portcheck.h"
#include "net/text/counttext.h"
#include "net/udp/udpmessages.h"
#include "net/udp/udpsocketcalls.h"

#include <QTest>

#include <cerrno>

using swb::net::CountText;

// English says "1 byte" and "2 bytes"; Chinese has one form. The English
// translation holds both forms of every counted message.
class TestPlurals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countedWords_data();
    void countedWords();
    void sentences_data();
    void sentences();
    void chineseHasOneForm();

private:
    swb::app::LanguageManager m_languages;
};

void TestPlurals::initTestCase()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestPlurals::countedWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1 byte") << CountText::bytes(1) << QStringLiteral("1 byte");
    QTest::newRow("2 bytes") << CountText::bytes(2) << QStringLiteral("2 bytes");
    QTest::newRow("0 bytes") << CountText::bytes(0) << QStringLiteral("0 bytes");
    QTest::newRow("5 GB") << CountText::bytes(5'000'000'000) << QStringLiteral("5,000,000,000 bytes");
    QTest::newRow("1 message") << CountText::messages(1) << QStringLiteral("1 message");
    QTest::newRow("2 messages") << CountText::messages(2) << QStringLiteral("2 messages");
    QTest::newRow("1 event") << CountText::events(1) << QStringLiteral("1 event");
    QTest::newRow("2 events") << CountText::events(2) << QStringLiteral("2 events");
}

void TestPlurals::countedWords()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(text, expected);
}

namespace {

QString translated(const char *context, const char *source, int n)
{
    return QCoreApplication::translate(context, source, "", n);
}

} // namespace

void TestPlurals::sentences_data()
{
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("two");
    QTest::addColumn<QString>("expectedOne");
    QTest::addColumn<QString>("expectedTwo");
    swb::net::IcmpReport report;
    report.errorNumber = ECONNREFUSED;
    report.address = QHostAddress(QHostAddress::LocalHost);
    report.port = 9;
    // "(2 times)" is the only form the message ever shows (one is not repeated).
    QTest::newRow("times")
        << translated("swb::net::UdpMessages", "(%n times)", 1)
        << swb::net::UdpMessages::icmp(report, 2).section(QLatin1Char(' '), -2)
        << QStringLiteral("(1 time)") << QStringLiteral("(2 times)");
    QTest::newRow("datagrams were waiting")
        << translated("swb::net::UdpEndpoint", "(%n datagram(s) were waiting for it.)", 1)
        << translated("swb::net::UdpEndpoint", "(%n datagram(s) were waiting for it.)", 2)
        << QStringLiteral("(1 datagram was waiting for it.)")
        << QStringLiteral("(2 datagrams were waiting for it.)");
    QTest::newRow("connections open")
        << translated("swb::course::PortCheck", "%n connection(s) open on this port.", 1)
        << translated("swb::course::PortCheck", "%n connection(s) open on this port.", 2)
        << QStringLiteral("1 connection open on this port.")
        << QStringLiteral("2 connections open on this port.");
    QTest::newRow("rows")
        << translated("swb::widgets::TrafficFilterBar", "%1 of %2 rows", 1).arg(1).arg(1)
        << translated("swb::widgets::TrafficFilterBar", "%1 of %2 rows", 2).arg(1).arg(2)
        << QStringLiteral("1 of 1 row") << QStringLiteral("1 of 2 rows");
    QTest::newRow("datagrams sent")
        << translated("swb::widgets::UdpPanel", "Burst done: %1 of %2 datagrams sent.", 1).arg(1).arg(1)
        << translated("swb::widgets::UdpPanel", "Burst done: %1 of %2 datagrams sent.", 2).arg(2).arg(2)
        << QStringLiteral("Burst done: 1 of 1 datagram sent.")
        << QStringLiteral("Burst done: 2 of 2 datagrams sent.");
    QTest::newRow("trailing bytes")
        << translated("swb::net::ContentDecoder", "%1 bytes after the end of the %2 data were ignored.", 1)
               .arg(1).arg(QStringLiteral("gzip"))
        << translated("swb::net::ContentDecoder", "%1 bytes after the end of the %2 data were ignored.", 2)
               .arg(2).arg(QStringLiteral("gzip"))
        << QStringLiteral("1 byte after the end of the gzip data was ignored.")
        << QStringLiteral("2 bytes after the end of the gzip data were ignored.");
}

void TestPlurals::sentences()
{
    QFETCH(QString, one);
    QFETCH(QString, two);
    QFETCH(QString, expectedOne);
    QFETCH(QString, expectedTwo);
    QCOMPARE(one, expectedOne);
    QCOMPARE(two, expectedTwo);
}

void TestPlurals::chineseHasOneForm()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
    const QString one = CountText::bytes(1);
    const QString two = CountText::bytes(2);
    const QString panel = QCoreApplication::translate("swb::widgets::Panel", "RX %1 in %2 \u00b7 TX %3 in %4");
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(one, QStringLiteral("1 字节"));
    QCOMPARE(two, QStringLiteral("2 字节"));
    QVERIFY2(!panel.contains(QLatin1String("RX")), qPrintable(panel));
}

QTEST_GUILESS_MAIN(TestPlurals)
#include "tst_plurals.moc"
