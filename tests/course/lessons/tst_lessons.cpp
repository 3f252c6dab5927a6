#include "tests/course/coursetesting.h"

#include "course/lessons/lessoncatalog.h"
#include "course/lessons/workspace.h"
#include "net/payload/payloadcomposer.h"
#include "net/reply/replyengine.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using swb::course::LessonCatalog;
using swb::course::PanelConfig;
using swb::course::PanelType;
using swb::Result;
using swb::net::PayloadComposer;
using swb::net::ReplyEngine;
using swb::course::Workspace;
using swb::course::WorkspaceFile;
using swb::tests::lessonCatalog;
using swb::tests::lessonEntry;
using swb::tests::lessonPython;
using swb::tests::pythonParseProblem;

// The built-in lessons (resources/lessons/*.json) as the app loads them: every
// file parses, the TCP lessons of EXERCISES.md are all there in order, their
// panels sit on the ports the notes use, and the notes' Python still compiles.
class TestLessons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFileParses();
    void fileNamesMatchIds();
    void catalogHasTheTcpLessonsInOrder();
    void texts_data();
    void texts();
    void panels_data();
    void panels();
    void behavioursValidate_data();
    void behavioursValidate();
    void sharedPortIsExplained_data();
    void sharedPortIsExplained();
    void pythonCompiles_data();
    void pythonCompiles();
};

namespace {

const QString LessonDir = QStringLiteral(":/lessons");

struct Expected
{
    const char *id;
    quint16 port;
};

// EXERCISES.md, TCP rows only, in the table's order.
constexpr Expected TcpLessons[] = {
    {"tcp-basics", 8001},   {"frontend-backend", 3001}, {"echo-prefix", 8003},
    {"hi-server", 8898},    {"reuseaddr", 8899},        {"tcp-chat", 9090},
    {"welcome", 9001},      {"timestamp-echo", 21566},  {"threaded-hello", 9999},
    {"socket-anatomy", 8001},
};

QStringList expectedIds()
{
    QStringList ids;
    for (const Expected &lesson : TcpLessons)
        ids << QString::fromLatin1(lesson.id);
    return ids;
}

void addLessonRows()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<quint16>("port");
    for (const Expected &lesson : TcpLessons)
        QTest::newRow(lesson.id) << QString::fromLatin1(lesson.id) << lesson.port;
}

QStringList lessonFiles()
{
    return QDir(LessonDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

} // namespace

void TestLessons::initTestCase()
{
    QVERIFY2(QDir(LessonDir).exists(),
             "No :/lessons in the resources: link the test with swb_resources");
    QVERIFY2(!lessonFiles().isEmpty(), "No lesson files under :/lessons");
}

void TestLessons::everyFileParses()
{
    // LessonCatalog::all() skips a broken file silently; here it must fail loudly.
    const QStringList files = lessonFiles();
    for (const QString &file : files) {
        const Result<Workspace> workspace = WorkspaceFile::load(QDir(LessonDir).filePath(file));
        QVERIFY2(workspace, qPrintable(file + QLatin1String(": ") + workspace.message()));
        QVERIFY2(workspace->lesson.has_value(), qPrintable(file + QLatin1String(": no \"lesson\"")));
        QVERIFY2(!workspace->panels.isEmpty(), qPrintable(file + QLatin1String(": no panels")));
    }
    QCOMPARE(lessonCatalog().size(), files.size());
}

void TestLessons::fileNamesMatchIds()
{
    // "NN-<id>.json": the number gives the order of EXERCISES.md, the rest is the id.
    const QRegularExpression pattern(QStringLiteral("^(\\d\\d)-(.+)\\.json$"));
    const QStringList files = lessonFiles();
    QSet<QString> prefixes;
    QSet<QString> ids;
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        QVERIFY2(match.hasMatch(), qPrintable(file + QLatin1String(" is not named NN-<id>.json")));
        QVERIFY2(!prefixes.contains(match.captured(1)),
                 qPrintable(file + QLatin1String(": its number is used twice")));
        prefixes.insert(match.captured(1));
        const auto workspace = WorkspaceFile::load(QDir(LessonDir).filePath(file));
        QVERIFY2(workspace && workspace->lesson,
                 qPrintable(file + QLatin1String(": ") + workspace.message()));
        QCOMPARE(workspace->lesson->id, match.captured(2));
        QVERIFY2(!ids.contains(workspace->lesson->id),
                 qPrintable(file + QLatin1String(": lesson id used twice")));
        ids.insert(workspace->lesson->id);
    }
}

void TestLessons::catalogHasTheTcpLessonsInOrder()
{
    // Other lessons (UDP, HTTP, local sockets) sit between these; keep their order.
    const QStringList expected = expectedIds();
    QStringList found;
    for (const LessonCatalog::Entry &e : lessonCatalog()) {
        if (expected.contains(e.id))
            found << e.id;
    }
    QCOMPARE(found, expected);
}

void TestLessons::texts_data()
{
    addLessonRows();
}

void TestLessons::texts()
{
    QFETCH(QString, id);
    QFETCH(quint16, port);
    const LessonCatalog::Entry *e = lessonEntry(id);
    QVERIFY2(e, qPrintable(QLatin1String("missing lesson ") + id));
    const swb::course::LessonInfo &lesson = *e->workspace.lesson;
    const QString portText = QString::number(port);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString title = lesson.title.value(language).trimmed();
        const QString explanation = lesson.explanation.value(language).trimmed();
        QVERIFY2(!title.isEmpty(), qPrintable(language + QLatin1String(" title is empty")));
        QVERIFY2(!explanation.isEmpty(),
                 qPrintable(language + QLatin1String(" explanation is empty")));
        QVERIFY2(explanation.contains(portText),
                 qPrintable(language + QLatin1String(" explanation does not name port ")
                            + portText));
    }
    // The Chinese texts are written in Chinese, not left in English.
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    QVERIFY(lesson.title.value(QStringLiteral("zh_CN")).contains(han));
    QVERIFY(lesson.explanation.value(QStringLiteral("zh_CN")).contains(han));
    QVERIFY(!lessonPython(lesson).trimmed().isEmpty());
    QVERIFY2(lessonPython(lesson).contains(QLatin1String("127.0.0.1")),
             "the Python should use 127.0.0.1, like the panels");
    QVERIFY2(lessonPython(lesson).contains(portText), "the Python should use the lesson's port");
}

void TestLessons::panels_data()
{
    addLessonRows();
}

void TestLessons::panels()
{
    QFETCH(QString, id);
    QFETCH(quint16, port);
    const LessonCatalog::Entry *e = lessonEntry(id);
    QVERIFY2(e, qPrintable(QLatin1String("missing lesson ") + id));
    int servers = 0;
    int clients = 0;
    for (const PanelConfig &panel : e->workspace.panels) {
        QVERIFY2(!panel.name.trimmed().isEmpty(), "every panel has a name");
        // Nobody starts sending before the student asks for it.
        QVERIFY2(!panel.send.autoStart, qPrintable(panel.name + QLatin1String(" auto-sends")));
        const auto composed = PayloadComposer::compose(panel.send.text, panel.send.mode,
                                                       panel.encoding, panel.send.lineEnding);
        QVERIFY2(composed.ok(), qPrintable(panel.name + QLatin1String(": ") + composed.message()));
        if (panel.type() == PanelType::TcpServer) {
            ++servers;
            QVERIFY2(panel.tcpServer().autoStart,
                     qPrintable(panel.name + QLatin1String(" does not start with the lesson")));
            QCOMPARE(panel.tcpServer().listen.address, QStringLiteral("127.0.0.1"));
            QCOMPARE(panel.tcpServer().listen.port, port);
        } else {
            // A client has no autoStart: it connects only when the student asks.
            ++clients;
            QCOMPARE(panel.type(), PanelType::TcpClient);
            QCOMPARE(panel.tcpClient().host, QStringLiteral("127.0.0.1"));
            QCOMPARE(panel.tcpClient().port, port);
        }
    }
    QVERIFY2(servers >= 1, "a TCP lesson has a server panel");
    QVERIFY2(clients >= 1, "a TCP lesson has a client panel");
}

void TestLessons::behavioursValidate_data()
{
    addLessonRows();
}

void TestLessons::behavioursValidate()
{
    QFETCH(QString, id);
    const LessonCatalog::Entry *e = lessonEntry(id);
    QVERIFY2(e, qPrintable(QLatin1String("missing lesson ") + id));
    for (const PanelConfig &panel : e->workspace.panels) {
        if (panel.type() != PanelType::TcpServer)
            continue;
        // The same check a server runs before it starts (TcpServerEndpoint::setBehaviour).
        const QString problems =
            ReplyEngine(panel.tcpServer().behaviour, panel.encoding).validate().message();
        QVERIFY2(problems.isEmpty(), qPrintable(panel.name + QLatin1String(": ") + problems));
    }
}

void TestLessons::sharedPortIsExplained_data()
{
    addLessonRows();
}

void TestLessons::sharedPortIsExplained()
{
    // EXERCISES.md: two lessons that share a port cannot run at once, and the
    // second one says so. Here "says so" means it names the first by its title.
    QFETCH(QString, id);
    QFETCH(quint16, port);
    const LessonCatalog::Entry *e = lessonEntry(id);
    QVERIFY2(e, qPrintable(QLatin1String("missing lesson ") + id));
    for (const LessonCatalog::Entry &earlier : lessonCatalog()) {
        if (earlier.id == id)
            break;
        bool shares = false;
        for (const PanelConfig &panel : earlier.workspace.panels)
            shares = shares || (panel.type() == PanelType::TcpServer
                                 && panel.tcpServer().listen.port == port);
        if (!shares)
            continue;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            const QString title = earlier.workspace.lesson->title.value(language);
            QVERIFY2(e->workspace.lesson->explanation.value(language).contains(title),
                     qPrintable(QStringLiteral("%1 (%2) shares port %3 with \"%4\" but does not "
                                               "name it")
                                    .arg(id, language)
                                    .arg(port)
                                    .arg(title)));
        }
    }
}

void TestLessons::pythonCompiles_data()
{
    addLessonRows();
}

void TestLessons::pythonCompiles()
{
    QFETCH(QString, id);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const LessonCatalog::Entry *e = lessonEntry(id);
    QVERIFY2(e, qPrintable(QLatin1String("missing lesson ") + id));

    const QString problem = pythonParseProblem(python, lessonPython(*e->workspace.lesson));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestLessons)

#include "tst_lessons.moc"
