#include "app/commandline.h"
#include "app/version.h"
#include "course/lessons/lessoncatalog.h"

#include <QRegularExpression>
#include <QTest>

using swb::Result;
using swb::app::CommandLine;
using swb::app::Version;
using Outcome = swb::app::CommandLine::Outcome;
using Parsed = swb::app::CommandLine::Parsed;

namespace {
// What a command line comes to: a failure is for stderr and exit code 2.
enum class Expect { Run, ExitSuccess, Failure };
}

Q_DECLARE_METATYPE(Expect)

// The options, parsed before any window exists. Errors must say what was
// wrong and what is allowed, because scripts and students both read them.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void outcomes_data();
    void outcomes();
    void listLessonsHasEveryId();
    void unknownLessonListsLessons();
    void fullCombinationFillsOptions();
    void defaultsWithoutOptions();
    void versionNamesTheCommit();

private:
    static Result<Parsed> parse(const QStringList &arguments);
};

Result<Parsed> TestCommandLine::parse(const QStringList &arguments)
{
    return CommandLine::parse(QStringList{QStringLiteral("socket-workbench")} + arguments);
}

void TestCommandLine::outcomes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Expect>("expect");
    // Every one of these must appear in the output.
    QTest::addColumn<QStringList>("mentions");

    const QString help = QStringLiteral("--help");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << Expect::ExitSuccess
                            << QStringList{QStringLiteral("--lesson"), QStringLiteral("--quit-after"),
                                           QStringLiteral("--save-traffic"), QStringLiteral("--lang")};
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << Expect::ExitSuccess
                        << QStringList{QStringLiteral("--list-lessons")};
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << Expect::ExitSuccess
                               << QStringList{QStringLiteral("socket-workbench"),
                                              QStringLiteral(SWB_VERSION), Version::text()};
    QTest::newRow("--lang xx") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")}
                               << Expect::Failure
                               << QStringList{QStringLiteral("xx"), QStringLiteral("zh_CN"),
                                              QStringLiteral("en"), help};
    QTest::newRow("--lang without value") << QStringList{QStringLiteral("--lang")}
                                          << Expect::Failure << QStringList{help};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << Expect::Failure
                                    << QStringList{QStringLiteral("bogus"), help};
    QTest::newRow("--quit-after abc")
        << QStringList{QStringLiteral("--quit-after"), QStringLiteral("abc")} << Expect::Failure
        << QStringList{QStringLiteral("abc"), QStringLiteral("--quit-after")};
    QTest::newRow("--quit-after -1")
        << QStringList{QStringLiteral("--quit-after"), QStringLiteral("-1")} << Expect::Failure
        << QStringList{QStringLiteral("-1")};
    QTest::newRow("--quit-after 1.5")
        << QStringList{QStringLiteral("--quit-after"), QStringLiteral("1.5")} << Expect::Failure
        << QStringList{QStringLiteral("1.5")};
    QTest::newRow("two workspaces") << QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")}
                                    << Expect::Failure << QStringList{QStringLiteral("2"), help};
    QTest::newRow("--quit-after 0") << QStringList{QStringLiteral("--quit-after"), QStringLiteral("0")}
                                    << Expect::Run << QStringList{};
    QTest::newRow("--lang en") << QStringList{QStringLiteral("--lang"), QStringLiteral("en")}
                               << Expect::Run << QStringList{};
    QTest::newRow("--zoom 200") << QStringList{QStringLiteral("--zoom"), QStringLiteral("200")}
                                << Expect::Run << QStringList{};
    QTest::newRow("--zoom 50")
        << QStringList{QStringLiteral("--zoom"), QStringLiteral("50")} << Expect::Failure
        << QStringList{QStringLiteral("50"), QStringLiteral("100"), QStringLiteral("300")};
    QTest::newRow("--zoom big") << QStringList{QStringLiteral("--zoom"), QStringLiteral("big")}
                                << Expect::Failure << QStringList{QStringLiteral("big")};
    QTest::newRow("--lesson ports-table")
        << QStringList{QStringLiteral("--lesson"), QStringLiteral("ports-table")} << Expect::Run
        << QStringList{};
}

void TestCommandLine::outcomes()
{
    QFETCH(QStringList, arguments);
    QFETCH(Expect, expect);
    QFETCH(QStringList, mentions);
    const Result<Parsed> result = parse(arguments);
    const Expect got = !result ? Expect::Failure
        : result->outcome == Outcome::ExitSuccess ? Expect::ExitSuccess
                                                  : Expect::Run;
    QCOMPARE(got, expect);
    const QString output = result ? result->output : result.message();
    if (expect != Expect::Run)
        QVERIFY(!output.isEmpty());
    for (const QString &mention : mentions)
        QVERIFY2(output.contains(mention),
                 qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(mention, output)));
}

void TestCommandLine::listLessonsHasEveryId()
{
    const QList<swb::course::LessonCatalog::Entry> lessons = swb::course::LessonCatalog::all();
    QVERIFY(lessons.size() >= 2);
    const Result<Parsed> result =
        parse({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--list-lessons")});
    QVERIFY(result.ok());
    QCOMPARE(result->outcome, Outcome::ExitSuccess);
    const QStringList lines = result->output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Every lesson, then the well-known ports that --lesson ports-table opens.
    QCOMPARE(lines.size(), lessons.size() + 1);
    QVERIFY(lines.constLast().startsWith(QStringLiteral("ports-table\t")));
    for (int i = 0; i < lessons.size(); ++i) {
        // "id<TAB>title", in catalog order, titles in the language asked for.
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0), lessons.at(i).id);
        QCOMPARE(fields.at(1), lessons.at(i).workspace.lesson->title.value(QStringLiteral("en")));
    }
    QVERIFY(result->output.contains(QStringLiteral("echo-prefix\t")));

    const Result<Parsed> chinese =
        parse({QStringLiteral("--list-lessons"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QVERIFY(chinese.ok());
    QCOMPARE(chinese->outcome, Outcome::ExitSuccess);
    QVERIFY2(chinese->output.contains(QStringLiteral("同时服务多个客户端的回显服务器")),
             qPrintable(chinese->output));
}

void TestCommandLine::unknownLessonListsLessons()
{
    const Result<Parsed> result = parse({QStringLiteral("--lesson"), QStringLiteral("no-such")});
    QVERIFY(!result.ok());
    QVERIFY(result.message().contains(QStringLiteral("no-such")));
    for (const auto &entry : swb::course::LessonCatalog::all())
        QVERIFY2(result.message().contains(entry.id), qPrintable(entry.id));
}

void TestCommandLine::fullCombinationFillsOptions()
{
    const Result<Parsed> parsed =
        parse({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--lesson"),
               QStringLiteral("echo-prefix"), QStringLiteral("--quit-after"), QStringLiteral("6"),
               QStringLiteral("--save-traffic"), QStringLiteral("/tmp/out.jsonl"),
               QStringLiteral("--zoom"), QStringLiteral("250%"),
               QStringLiteral("my workspace.json")});
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    const Parsed &result = *parsed;
    QCOMPARE(result.outcome, Outcome::Run);
    QCOMPARE(result.output, QString());
    QCOMPARE(result.options.language, QStringLiteral("zh_CN"));
    QCOMPARE(result.options.lesson, QStringLiteral("echo-prefix"));
    QCOMPARE(result.options.quitAfterSeconds, 6);
    QCOMPARE(result.options.saveTraffic, QStringLiteral("/tmp/out.jsonl"));
    QCOMPARE(result.options.workspace, QStringLiteral("my workspace.json"));
    QCOMPARE(result.options.zoomPercent, 250);
    QCOMPARE(result.options.trafficFile, QString());

    // A traffic file in place of the workspace opens read-only.
    const Result<Parsed> traffic = parse({QStringLiteral("/tmp/capture.JSONL")});
    QVERIFY(traffic.ok());
    QCOMPARE(traffic->outcome, Outcome::Run);
    QCOMPARE(traffic->options.trafficFile, QStringLiteral("/tmp/capture.JSONL"));
    QCOMPARE(traffic->options.workspace, QString());
}

void TestCommandLine::defaultsWithoutOptions()
{
    const Result<Parsed> parsed = parse({});
    QVERIFY(parsed.ok());
    const Parsed &result = *parsed;
    QCOMPARE(result.outcome, Outcome::Run);
    QCOMPARE(result.options.language, QString());
    QCOMPARE(result.options.lesson, QString());
    QCOMPARE(result.options.workspace, QString());
    QCOMPARE(result.options.saveTraffic, QString());
    QCOMPARE(result.options.quitAfterSeconds, -1); // never quits by itself
}

// The project version always comes first (scripts compare it); the commit,
// when the build had one, follows in a form a bug report can quote.
void TestCommandLine::versionNamesTheCommit()
{
    const QString text = Version::text();
    QVERIFY2(text.startsWith(QStringLiteral(SWB_VERSION)), qPrintable(text));
    if (Version::commit().isEmpty()) {
        QCOMPARE(text, QStringLiteral(SWB_VERSION));
    } else {
        QVERIFY2(Version::commit().contains(QRegularExpression(QStringLiteral("^[0-9a-f]{7,40}$"))),
                 qPrintable(Version::commit()));
        QCOMPARE(text, QStringLiteral(SWB_VERSION " (commit %1)").arg(Version::commit()));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
