// The udp-time server answers as the notes' Python does: time.strftime on
// Linux, for a table of formats (glibc's directives, flags, widths, E and O,
// unknown ones, Chinese text) at fixed moments, python3 and the formatter
// reading the same broken-down local time in the same zone.

#include "net/payload/strftimeformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <ctime>

using swb::net::StrftimeFormatter;

class TestStrftimePython : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesPython_data();
    void matchesPython();

private:
    QJsonArray m_python; // [moment][format] as python3 answered
};

namespace {

// Asia/Shanghai: %z and %Z are not the trivial UTC ones.
constexpr const char *Zone = "Asia/Shanghai";

// 2026-12-07 17:27:58 (a Monday evening); 2024-12-29 09:05:03 (a Sunday
// morning whose ISO week belongs to 2025); 2027-01-01 00:00:00 (week 53).
const QList<qint64> Moments{1796635678, 1735434303, 1798732800};

QStringList formats()
{
    return {
        // What the lesson and the brief name.
        "%F %T", "%D", "%e", "%s", "%C", "%g", "%G", "%h", "%n", "%t", "%R", "%r", "%u", "%V",
        "%w", "%U", "%W", "%k", "%l", "%P", "%Y-%m-%d %H:%M:%S",
        // The rest of glibc's letters.
        "%a", "%A", "%b", "%B", "%c", "%d", "%H", "%I", "%j", "%m", "%M", "%p", "%S", "%x",
        "%X", "%y", "%Y", "%z", "%Z", "%%", "%T%n%D%t%R",
        // E and O, allowed and not.
        "%Ec", "%EC", "%Ex", "%EX", "%Ey", "%EY", "%Od", "%Oe", "%OH", "%OI", "%Om", "%OM",
        "%OS", "%Ou", "%OU", "%OV", "%Ow", "%OW", "%Oy", "%Ob", "%OB", "%Op", "%EQ", "%Ee",
        "%Ea", "%E%", "%5E%", "%E", "%O",
        // Flags and widths.
        "%-d/%-m", "%_d", "%010Y", "%^a %^B", "%#Z", "%#p", "%^p", "%5%", "%_5y", "%-j",
        "%^c", "%3n", "%5t", "%08z", "%-H", "%0e", "%#A", "%1000Y",
        // Unknown directives and lone '%': copied, padded or upper-cased as glibc copies them.
        "%Q", "%", "100%", "%f", "%H:%M:%S.%f", "%10Q", "%010Q", "%^q", "%-", "%5", "%+",
        "%v", "%L", "%i", "%J", "%:z", "%%%", "%Q%", "%1 %2", "50% off", "%%Y",
        // Chinese and emoji, around and after '%'.
        "%Y年%m月%d日 %H时%M分%S秒", "现在是%H点%M分", "%A，%Y年%B", "%年", "%5年", "%^10年",
        "%10😀", "😀 %Y 😀", "",
    };
}

const char *PythonScript = R"(import json, sys, time
request = json.load(sys.stdin)
answers = [[time.strftime(f, time.localtime(t)) for f in request['formats']]
           for t in request['moments']]
sys.stdout.write(json.dumps(answers))
)";

} // namespace

void TestStrftimePython::initTestCase()
{
    // The formatter formats the QDateTime it is given; %s, like Python's,
    // reads the process's zone, so the test runs in the zone python3 gets.
    qputenv("TZ", Zone);
    tzset();

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 not found");
    QJsonArray moments;
    for (qint64 t : Moments)
        moments.append(t);
    const QJsonObject request{{QStringLiteral("moments"), moments},
                              {QStringLiteral("formats"), QJsonArray::fromStringList(formats())}};
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TZ"), QString::fromLatin1(Zone));
    process.setProcessEnvironment(env);
    process.start(python, {QStringLiteral("-c"), QString::fromLatin1(PythonScript)});
    QVERIFY(process.waitForStarted(10000));
    process.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    m_python = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(m_python.size(), Moments.size());
}

void TestStrftimePython::matchesPython_data()
{
    QTest::addColumn<int>("moment");
    QTest::addColumn<int>("index");
    const QStringList all = formats();
    QVERIFY(all.size() >= 60);
    for (int m = 0; m < Moments.size(); ++m) {
        for (int i = 0; i < all.size(); ++i)
            QTest::addRow("%d %s", m, qPrintable(all.at(i))) << m << i;
    }
}

void TestStrftimePython::matchesPython()
{
    QFETCH(int, moment);
    QFETCH(int, index);
    const QString format = formats().at(index);
    const QString python = m_python.at(moment).toArray().at(index).toString();
    const QDateTime when = QDateTime::fromSecsSinceEpoch(Moments.at(moment), Qt::LocalTime);
    QCOMPARE(StrftimeFormatter::formatLiterally(format, when), python);
}

QTEST_GUILESS_MAIN(TestStrftimePython)
#include "tst_strftimepython.moc"
