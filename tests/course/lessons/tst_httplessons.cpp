#include "tests/course/coursetesting.h"

#include "course/lessons/lessoncatalog.h"
#include "course/lessons/workspace.h"
#include "net/payload/payloadcomposer.h"
#include "net/reply/replyengine.h"
#include "net/stream/tcpserverendpoint.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using swb::course::LessonCatalog;
using swb::course::PanelConfig;
using swb::course::PanelType;
using swb::net::ReplyKind;
using swb::tests::lessonCatalog;
using swb::tests::lessonEntry;
using swb::tests::lessonPython;
using swb::tests::pythonParseProblem;

// The two HTTP lessons of EXERCISES.md (raw-http, requests-get) as the app
// loads them: the demo server starts with the lesson on 127.0.0.1:8080, the
// HTTP panel waits in the right mode, no lesson accepts bad certificates, and
// the notes' Python, fixed for Python 3, runs against the demo server.
class TestHttpLessons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inTheOrderOfTheExercises();
    void texts_data();
    void texts();
    void panels_data();
    void panels();
    void noLessonAcceptsInvalidCertificates();
    void secondLessonNamesTheFirst();
    void pythonCompiles_data();
    void pythonCompiles();
    void pythonRunsAgainstTheDemoServer_data();
    void pythonRunsAgainstTheDemoServer();
};

namespace {

constexpr quint16 DemoPort = 8080;

void addRows()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("savedFile");
    QTest::newRow("raw-http") << QStringLiteral("raw-http")
                              << int(swb::course::HttpOptions::Mode::Raw)
                              << QStringLiteral("baidu-index.html");
    QTest::newRow("requests-get") << QStringLiteral("requests-get")
                                  << int(swb::course::HttpOptions::Mode::Fetch)
                                  << QStringLiteral("gne.html");
}

} // namespace

void TestHttpLessons::initTestCase()
{
    QVERIFY2(!lessonCatalog().isEmpty(), "no lessons: link the test with swb_resources");
}

void TestHttpLessons::inTheOrderOfTheExercises()
{
    QStringList ids;
    for (const LessonCatalog::Entry &e : lessonCatalog())
        ids << e.id;
    QVERIFY2(ids.contains(QStringLiteral("raw-http")), qPrintable(ids.join(u',')));
    QVERIFY2(ids.contains(QStringLiteral("requests-get")), qPrintable(ids.join(u',')));
    QVERIFY(ids.indexOf(QStringLiteral("raw-http")) < ids.indexOf(QStringLiteral("requests-get")));
    // EXERCISES.md: threaded-hello, raw-http, requests-get, socket-anatomy.
    if (ids.contains(QStringLiteral("threaded-hello")))
        QVERIFY(ids.indexOf(QStringLiteral("threaded-hello")) < ids.indexOf(QStringLiteral("raw-http")));
    if (ids.contains(QStringLiteral("socket-anatomy")))
        QVERIFY(ids.indexOf(QStringLiteral("requests-get")) < ids.indexOf(QStringLiteral("socket-anatomy")));
}

void TestHttpLessons::texts_data()
{
    addRows();
}

void TestHttpLessons::texts()
{
    QFETCH(QString, id);
    QFETCH(QString, savedFile);
    const LessonCatalog::Entry *e = lessonEntry(id);
    QVERIFY2(e, qPrintable(QLatin1String("missing lesson ") + id));
    const swb::course::LessonInfo &lesson = *e->workspace.lesson;
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString explanation = lesson.explanation.value(language);
        QVERIFY(!lesson.title.value(language).trimmed().isEmpty());
        QVERIFY2(explanation.contains(QLatin1String("8080")), qPrintable(language));
        QVERIFY2(explanation.contains(savedFile), qPrintable(language));
        if (language == QLatin1String("zh_CN")) {
            QVERIFY(lesson.title.value(language).contains(han));
            QVERIFY(explanation.contains(han));
        }
    }
    QVERIFY(lessonPython(lesson).contains(QLatin1String("127.0.0.1")));
    QVERIFY(lessonPython(lesson).contains(QLatin1String("8080")));
    QVERIFY(lessonPython(lesson).contains(savedFile));
    if (id == QLatin1String("raw-http")) {
        // The notes' own moves: recv(1024) until close, join, split at the first blank line.
        QVERIFY(lessonPython(lesson).contains(QLatin1String("recv(1024)")));
        QVERIFY(lessonPython(lesson).contains(QLatin1String("b''.join(buffer)")));
        QVERIFY(lessonPython(lesson).contains(QLatin1String("split(b'\\r\\n\\r\\n', 1)")));
    } else {
        QVERIFY(lessonPython(lesson).contains(QLatin1String("requests.get(")));
        QVERIFY(lessonPython(lesson).contains(QLatin1String("urllib.request")));
    }
}

void TestHttpLessons::panels_data()
{
    addRows();
}

void TestHttpLessons::panels()
{
    QFETCH(QString, id);
    QFETCH(int, mode);
    const LessonCatalog::Entry *e = lessonEntry(id);
    QVERIFY2(e, qPrintable(QLatin1String("missing lesson ") + id));
    int servers = 0;
    int clients = 0;
    for (const PanelConfig &panel : e->workspace.panels) {
        QVERIFY(!panel.name.trimmed().isEmpty());
        if (panel.type() == PanelType::TcpServer) {
            ++servers;
            QVERIFY2(panel.tcpServer().autoStart, "the demo server starts with the lesson");
            QCOMPARE(panel.tcpServer().listen.address, QStringLiteral("127.0.0.1"));
            QCOMPARE(panel.tcpServer().listen.port, DemoPort);
            QCOMPARE(panel.tcpServer().behaviour.reply, ReplyKind::HttpDemo);
            const QString problems =
                swb::net::ReplyEngine(panel.tcpServer().behaviour, panel.encoding).validate().message();
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
        } else {
            QCOMPARE(panel.type(), PanelType::Http);
            ++clients;
            QVERIFY2(!panel.http().autoStart, "the HTTP panel waits for the student");
            QCOMPARE(int(panel.http().options.mode), mode);
            QCOMPARE(panel.http().options.url, QStringLiteral("http://127.0.0.1:8080/"));
            QCOMPARE(panel.http().options.method, QStringLiteral("GET"));
            QVERIFY(!panel.http().options.ignoreCertificateErrors);
            // The request of the notes, byte for byte, once {host} is filled in.
            QString text = panel.http().options.rawRequest;
            text.remove(QLatin1Char('\n'));
            text.replace(QLatin1String("{host}"), QLatin1String("127.0.0.1:8080"));
            const auto bytes = swb::net::PayloadComposer::parseEscapes(
                text, swb::net::TextEncoding::Utf8);
            QVERIFY2(bytes.ok(), qPrintable(bytes.message()));
            QCOMPARE(*bytes, QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                                         "Connection: close\r\n\r\n"));
        }
    }
    QCOMPARE(servers, 1);
    QCOMPARE(clients, 1);
}

void TestHttpLessons::noLessonAcceptsInvalidCertificates()
{
    for (const LessonCatalog::Entry &e : lessonCatalog()) {
        for (const PanelConfig &panel : e.workspace.panels) {
            if (panel.type() == PanelType::Http)
                QVERIFY2(!panel.http().options.ignoreCertificateErrors, qPrintable(e.id));
        }
    }
}

void TestHttpLessons::secondLessonNamesTheFirst()
{
    // EXERCISES.md: two lessons on one port cannot run at once; the second says so.
    const LessonCatalog::Entry *first = lessonEntry(QStringLiteral("raw-http"));
    const LessonCatalog::Entry *second = lessonEntry(QStringLiteral("requests-get"));
    QVERIFY(first && second);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString title = first->workspace.lesson->title.value(language);
        QVERIFY2(second->workspace.lesson->explanation.value(language).contains(title),
                 qPrintable(language));
    }
}

void TestHttpLessons::pythonCompiles_data()
{
    addRows();
}

void TestHttpLessons::pythonCompiles()
{
    QFETCH(QString, id);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed (scripts/install-deps.sh installs it)");
    const LessonCatalog::Entry *e = lessonEntry(id);
    QVERIFY(e);
    const QString problem = pythonParseProblem(python, lessonPython(*e->workspace.lesson));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestHttpLessons::pythonRunsAgainstTheDemoServer_data()
{
    addRows();
}

void TestHttpLessons::pythonRunsAgainstTheDemoServer()
{
    QFETCH(QString, id);
    QFETCH(QString, savedFile);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed (scripts/install-deps.sh installs it)");
    const LessonCatalog::Entry *e = lessonEntry(id);
    QVERIFY(e);
    // The lesson's own server settings, on a free port instead of 8080.
    const PanelConfig *serverPanel = nullptr;
    for (const PanelConfig &panel : e->workspace.panels) {
        if (panel.type() == PanelType::TcpServer)
            serverPanel = &panel;
    }
    QVERIFY(serverPanel);
    swb::net::TcpServerEndpoint server;
    QCOMPARE(server.setBehaviour(serverPanel->tcpServer().behaviour, serverPanel->encoding).message(),
             QString());
    swb::net::TcpServerSettings settings = serverPanel->tcpServer().listen;
    settings.port = 0;
    QVERIFY(server.start(settings));
    const QString port = QString::number(server.port());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString script = lessonPython(*e->workspace.lesson);
    script.replace(QLatin1String("8080"), port);
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(python, {QStringLiteral("-c"), script});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    // The server lives on this thread: wait while the event loop runs.
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromUtf8(process.readAllStandardError())));
    QVERIFY2(out.contains("200"), out.constData());
    QFile saved(dir.filePath(savedFile));
    QVERIFY2(saved.open(QIODevice::ReadOnly), qPrintable(savedFile));
    const QByteArray page = saved.readAll();
    QVERIFY2(page.toLower().contains("<html"), page.left(200).constData());
}

QTEST_GUILESS_MAIN(TestHttpLessons)

#include "tst_httplessons.moc"
