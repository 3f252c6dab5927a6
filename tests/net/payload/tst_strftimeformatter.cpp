#include "net/payload/strftimeformatter.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using swb::net::StrftimeFormatter;
using swb::Result;

class TestStrftimeFormatter : public QObject
{
    Q_OBJECT

private slots:
    void directives_data();
    void directives();
    void patterns_data();
    void patterns();
    void utcOffset_data();
    void utcOffset();
    void zoneAbbreviation();
    void unusualYears_data();
    void unusualYears();
    void errors_data();
    void errors();
    void invalidDateTime();
    void fuzz();
};

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QDateTime at(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// Python's time.strftime output for one moment, directive by directive, in
// the order "aAbBcdHIjmMpSuwxXyY" (captured from CPython 3 on glibc).
void addReference(const char *tag, const QDateTime &when, const QStringList &expected)
{
    const QString letters = u("aAbBcdHIjmMpSuwxXyY");
    QCOMPARE(expected.size(), letters.size());
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const QString pattern = QLatin1Char('%') + letters.at(i);
        QTest::addRow("%s %s", tag, qPrintable(pattern)) << pattern << when << expected.at(i);
    }
}

} // namespace

void TestStrftimeFormatter::directives_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");

    addReference("go reference", at(2006, 1, 2, 15, 4, 5),
                 {u("Mon"), u("Monday"), u("Jan"), u("January"), u("Mon Jan  2 15:04:05 2006"),
                  u("02"), u("15"), u("03"), u("002"), u("01"), u("04"), u("PM"), u("05"), u("1"),
                  u("1"), u("01/02/06"), u("15:04:05"), u("06"), u("2006")});
    addReference("leap year end", at(2024, 12, 31, 0, 0, 0),
                 {u("Tue"), u("Tuesday"), u("Dec"), u("December"), u("Tue Dec 31 00:00:00 2024"),
                  u("31"), u("00"), u("12"), u("366"), u("12"), u("00"), u("AM"), u("00"), u("2"),
                  u("2"), u("12/31/24"), u("00:00:00"), u("24"), u("2024")});
    addReference("sunday noon", at(2023, 1, 1, 12, 30, 0),
                 {u("Sun"), u("Sunday"), u("Jan"), u("January"), u("Sun Jan  1 12:30:00 2023"),
                  u("01"), u("12"), u("12"), u("001"), u("01"), u("30"), u("PM"), u("00"), u("7"),
                  u("0"), u("01/01/23"), u("12:30:00"), u("23"), u("2023")});
    addReference("last second", at(1999, 7, 4, 23, 59, 59),
                 {u("Sun"), u("Sunday"), u("Jul"), u("July"), u("Sun Jul  4 23:59:59 1999"),
                  u("04"), u("23"), u("11"), u("185"), u("07"), u("59"), u("PM"), u("59"), u("7"),
                  u("0"), u("07/04/99"), u("23:59:59"), u("99"), u("1999")});
    addReference("leap day", at(2024, 2, 29, 1, 2, 3),
                 {u("Thu"), u("Thursday"), u("Feb"), u("February"), u("Thu Feb 29 01:02:03 2024"),
                  u("29"), u("01"), u("01"), u("060"), u("02"), u("02"), u("AM"), u("03"), u("4"),
                  u("4"), u("02/29/24"), u("01:02:03"), u("24"), u("2024")});

    QTest::newRow("%F %T") << u("%F %T") << at(2026, 12, 7, 17, 27, 58) << u("2026-12-07 17:27:58");
    QTest::newRow("%e %k %l %P") << u("%e|%k|%l|%P") << at(2006, 1, 2, 5, 4, 5) << u(" 2| 5| 5|am");
    QTest::newRow("%G %V across new year") << u("%G-W%V-%u %g") << at(2024, 12, 30, 0, 0, 0)
                                           << u("2025-W01-1 25");
    QTest::newRow("%s in UTC") << u("%s") << at(2026, 12, 7, 17, 27, 58) << u("1796664478");
    QTest::newRow("flags") << u("%-d %_m %^a %010Y") << at(2006, 1, 2, 15, 4, 5)
                           << u("2  1 MON 0000002006");
    QTest::newRow("%% literal") << u("%%") << at(2006, 1, 2, 15, 4, 5) << u("%");
    QTest::newRow("%I at 1 am") << u("%I %p") << at(2006, 1, 2, 1, 0, 0) << u("01 AM");
    QTest::newRow("%I at 11:59 am") << u("%I:%M %p") << at(2006, 1, 2, 11, 59, 0) << u("11:59 AM");
    QTest::newRow("%I at 1 pm") << u("%I %p") << at(2006, 1, 2, 13, 0, 0) << u("01 PM");
    QTest::newRow("%c double-digit day") << u("%c") << at(2006, 1, 12, 9, 0, 0)
                                         << u("Thu Jan 12 09:00:00 2006");
    QTest::newRow("every month %b") << u("%b") << at(2006, 5, 1, 0, 0, 0) << u("May");
    QTest::newRow("september %B") << u("%B") << at(2006, 9, 1, 0, 0, 0) << u("September");
    QTest::newRow("saturday %a %u %w") << u("%a %u %w") << at(2006, 1, 7, 0, 0, 0) << u("Sat 6 6");
}

void TestStrftimeFormatter::directives()
{
    QFETCH(QString, pattern);
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    const Result<QString> result = StrftimeFormatter::format(pattern, when);
    QVERIFY(result.ok());
    QCOMPARE(*result, expected);
    QVERIFY(result.message().isEmpty());
}

void TestStrftimeFormatter::patterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no directives") << u("hello world") << u("hello world");
    QTest::newRow("iso") << u("%Y-%m-%d %H:%M:%S") << u("2006-01-02 15:04:05");
    QTest::newRow("chinese") << u("%Y年%m月%d日") << u("2006年01月02日");
    QTest::newRow("chinese time") << u("现在是%H点%M分") << u("现在是15点04分");
    QTest::newRow("emoji text") << u("😀 %Y 😀") << u("😀 2006 😀");
    QTest::newRow("percent signs") << u("100%% at %H%%") << u("100% at 15%");
    QTest::newRow("double percent then letter") << u("%%Y") << u("%Y");
    QTest::newRow("adjacent directives") << u("%Y%m%d%H%M%S") << u("20060102150405");
    QTest::newRow("log line") << u("[%x %X] ") << u("[01/02/06 15:04:05] ");
    QTest::newRow("control chars kept") << u("\t%Y\r\n") << u("\t2006\r\n");
    QTest::newRow("nul kept") << (u("a") + QChar(0) + u("%y")) << (u("a") + QChar(0) + u("06"));
}

void TestStrftimeFormatter::patterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, expected);
    const Result<QString> result = StrftimeFormatter::format(pattern, at(2006, 1, 2, 15, 4, 5, 123));
    QVERIFY(result.ok());
    QCOMPARE(*result, expected);
}

void TestStrftimeFormatter::utcOffset_data()
{
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utc") << 0 << u("+0000");
    QTest::newRow("china") << 8 * 3600 << u("+0800");
    QTest::newRow("india") << 5 * 3600 + 1800 << u("+0530");
    QTest::newRow("nepal") << 5 * 3600 + 45 * 60 << u("+0545");
    QTest::newRow("newfoundland") << -(3 * 3600 + 1800) << u("-0330");
    QTest::newRow("hawaii") << -10 * 3600 << u("-1000");
    QTest::newRow("kiribati") << 14 * 3600 << u("+1400");
    QTest::newRow("half minute drops seconds") << 3600 + 30 << u("+0100");
}

void TestStrftimeFormatter::utcOffset()
{
    QFETCH(int, offsetSeconds);
    QFETCH(QString, expected);
    const QDateTime when(QDate(2006, 1, 2), QTime(15, 4, 5), Qt::OffsetFromUTC, offsetSeconds);
    QCOMPARE(StrftimeFormatter::format(u("%z"), when).valueOr(QString()), expected);
    // Local wall time, not UTC, for every other directive.
    QCOMPARE(StrftimeFormatter::format(u("%H:%M"), when).valueOr(QString()), u("15:04"));
}

void TestStrftimeFormatter::zoneAbbreviation()
{
    QCOMPARE(StrftimeFormatter::format(u("%Z"), at(2006, 1, 2, 15, 4, 5)).valueOr(QString()), u("UTC"));

    const QTimeZone shanghai("Asia/Shanghai");
    if (shanghai.isValid()) {
        const QDateTime when(QDate(2006, 1, 2), QTime(15, 4, 5), shanghai);
        QCOMPARE(StrftimeFormatter::format(u("%z %Z"), when).valueOr(QString()), u("+0800 CST"));
    }

    // Whatever the machine's zone, %z and %Z agree with QDateTime itself.
    const QDateTime local(QDate(2006, 7, 1), QTime(12, 0), Qt::LocalTime);
    const Result<QString> result = StrftimeFormatter::format(u("%Z"), local);
    QVERIFY(result.ok());
    QCOMPARE(*result, local.timeZoneAbbreviation());
}

void TestStrftimeFormatter::unusualYears_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    // glibc's answers (Python's time.strftime on the same fields): %Y is not padded.
    QTest::newRow("year 5") << QDate(5, 3, 9) << u("5 05 03/09/05");
    QTest::newRow("year 999") << QDate(999, 12, 31) << u("999 99 12/31/99");
    QTest::newRow("year 2000") << QDate(2000, 1, 1) << u("2000 00 01/01/00");
    QTest::newRow("five digit year") << QDate(12345, 6, 7) << u("12345 45 06/07/45");
    QTest::newRow("year before christ") << QDate(-44, 3, 15) << u("-44 56 03/15/56");
}

void TestStrftimeFormatter::unusualYears()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    const QDateTime when(date, QTime(0, 0), Qt::UTC);
    const Result<QString> result = StrftimeFormatter::format(u("%Y %y %x"), when);
    QVERIFY(result.ok());
    QCOMPARE(*result, expected);
}

void TestStrftimeFormatter::errors_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedMessage"); // exact for unknown directives, else a fragment

    QTest::newRow("unknown") << u("%Q") << u("%Q") << u("Unknown directive %Q at position 1.");
    // The position is in the pattern, not in the output.
    QTest::newRow("unknown after directive") << u("at %Y %Q") << u("at 2006 %Q")
                                             << u("Unknown directive %Q at position 7.");
    QTest::newRow("first of several") << u("%R %Q %T %J") << u("15:04 %Q 15:04:05 %J")
                                      << u("Unknown directive %Q at position 4.");
    // %f is datetime's, not strftime's: Python's time.strftime copies it.
    QTest::newRow("datetime's %f") << u("%H:%M:%S.%f") << u("15:04:05.%f")
                                   << u("Unknown directive %f at position 10.");
    QTest::newRow("E on a letter without it") << u("%Ee") << u("%Ee")
                                              << u("Unknown directive %Ee at position 1.");
    QTest::newRow("padded unknown") << u("%5Q") << u("  %5Q") << u("Unknown directive %5Q at position 1.");
    QTest::newRow("digit looks like arg") << u("%1 %2") << u("%1 %2")
                                          << u("Unknown directive %1  at position 1.");
    QTest::newRow("too wide") << u("%2000Y") << u("%2000Y") << u("wider than 1024");
    QTest::newRow("percent space") << u("50% off") << u("50% off")
                                   << u("Unknown directive %  at position 3.");
    QTest::newRow("chinese after percent") << u("%年") << u("%年") << u("Unknown directive %年 at position 1.");
    QTest::newRow("emoji after percent") << u("%😀x") << u("%😀x")
                                         << u("Unknown directive %😀 at position 1.");
    QTest::newRow("position counts utf16 units") << u("😀%Q") << u("😀%Q")
                                                 << u("Unknown directive %Q at position 3.");
    QTest::newRow("lone percent") << u("%") << u("%") << u("position 1");
    QTest::newRow("trailing percent") << u("100%") << u("100%") << u("position 4");
    QTest::newRow("odd percent run") << u("%%%") << u("%%") << u("position 3");
    QTest::newRow("unknown then lone") << u("%Q%") << u("%Q%") << u("Unknown directive %Q at position 1.");
    QTest::newRow("percent before lone surrogate")
        << (u("%") + QChar(0xD800)) << (u("%") + QChar(0xD800))
        << (u("Unknown directive %") + QChar(0xD800) + u(" at position 1."));
}

void TestStrftimeFormatter::errors()
{
    QFETCH(QString, pattern);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedMessage);
    const Result<QString> result = StrftimeFormatter::format(pattern, at(2006, 1, 2, 15, 4, 5));
    QVERIFY(!result.ok());
    QCOMPARE(StrftimeFormatter::formatLiterally(pattern, at(2006, 1, 2, 15, 4, 5)), expectedText);
    const QString message = result.message();
    if (expectedMessage.startsWith(u("Unknown")))
        QCOMPARE(message, expectedMessage);
    else
        QVERIFY2(message.contains(expectedMessage), qPrintable(message));
    // The offset is the '%' the message names, counted from 0 where humans count from 1.
    QVERIFY(result.failure().offset >= 0);
    QVERIFY2(message.contains(u("position %1").arg(result.failure().offset + 1)), qPrintable(message));
    QCOMPARE(result.failure().errorNumber, 0);
}

void TestStrftimeFormatter::invalidDateTime()
{
    // No time at all reads as the epoch in UTC, never as garbage.
    const QString pattern = u("%a %A %b %B %c|%d %H %I %j %m %M %p %S %u %w %x %X %y %Y %z %Z");
    const Result<QString> result = StrftimeFormatter::format(pattern, QDateTime());
    QVERIFY(result.ok());
    QCOMPARE(*result, *StrftimeFormatter::format(pattern, QDateTime::fromSecsSinceEpoch(0, Qt::UTC)));
    QVERIFY2(result->startsWith(u("Thu Thursday Jan January Thu Jan  1 00:00:00 1970|")), qPrintable(*result));
}

void TestStrftimeFormatter::fuzz()
{
    // Random patterns built mostly from '%' and directive letters, plus the
    // awkward cases: surrogate halves, Chinese, NUL. Nothing may crash or
    // hang, and ok must be false exactly when an error is reported.
    const QString alphabet = u("%%%%aAbBcdfHIjmMpSuwxXyYzZQeFTsGVEO_-0^#19 年") + QChar(0) + QChar(0xD83D)
        + QChar(0xDE00) + QChar(0xDC00);
    const QList<QDateTime> moments{at(2006, 1, 2, 15, 4, 5, 6), QDateTime(),
                                   QDateTime(QDate(-1, 1, 1), QTime(0, 0), Qt::UTC),
                                   QDateTime(QDate(2006, 1, 2), QTime(1, 2), Qt::LocalTime)};
    QRandomGenerator random(424242);
    for (int round = 0; round < 3000; ++round) {
        QString pattern;
        const int length = random.bounded(0, 24);
        for (int i = 0; i < length; ++i)
            pattern += alphabet.at(random.bounded(int(alphabet.size())));
        const QDateTime &when = moments.at(round % moments.size());
        const Result<QString> result = StrftimeFormatter::format(pattern, when);
        const QString text = StrftimeFormatter::formatLiterally(pattern, when);
        QCOMPARE(result.ok(), result.message().isEmpty());
        if (result)
            QCOMPARE(*result, text);
        else
            QVERIFY(result.failure().offset >= 0 && result.failure().offset < pattern.size());
        QVERIFY(text.size() <= pattern.size() * (StrftimeFormatter::MaxWidth + 32));
    }
}

QTEST_GUILESS_MAIN(TestStrftimeFormatter)
#include "tst_strftimeformatter.moc"
