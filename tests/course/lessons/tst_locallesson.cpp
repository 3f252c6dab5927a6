#include "tests/course/coursetesting.h"
#include "course/lessons/lessoncatalog.h"
#include "course/lessons/workspace.h"
#include "net/payload/payloadcomposer.h"
#include "net/reply/replyengine.h"
#include "net/stream/localclientendpoint.h"
#include "net/stream/localserverendpoint.h"
#include "net/stream/localsocketpath.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using swb::course::LessonCatalog;
using swb::tests::lessonPython;
using swb::net::LocalClientEndpoint;
using swb::net::LocalServerEndpoint;
using swb::net::LocalSocketPath;
using swb::course::PanelConfig;
using swb::course::PanelType;
using swb::course::Workspace;

// The local-socket lesson (resources/lessons/17-local-socket.json) as the app
// loads it, the way tst_lessons checks the TCP lessons, and then for real: its
// Python runs, against the workbench's own local server and client. The
// runtime folder is a temporary one, so nothing touches the user's.
class TestLocalLesson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void inTheCatalogAfterSocketAnatomy();
    void texts();
    void panels();
    void pythonCompiles();
    void pythonClientAgainstLessonServer();
    void lessonClientAgainstPythonServer();

private:
    QString script(const QString &name) const;
    QString lessonPath() const;
    void startPython(QProcess &process, const QString &name) const;

    Workspace m_lesson;
    QString m_python;
    QTemporaryDir m_runtime;
    QByteArray m_savedRuntime;
};

namespace {

constexpr int timeoutMs = 5000;
constexpr int peerTimeoutMs = 20000;

const PanelConfig *panelOf(const Workspace &workspace, PanelType type)
{
    for (const PanelConfig &panel : workspace.panels) {
        if (panel.type() == type)
            return &panel;
    }
    return nullptr;
}

} // namespace

void TestLocalLesson::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    m_savedRuntime = qgetenv("XDG_RUNTIME_DIR");
    // {runtime} and the lesson's Python both follow $XDG_RUNTIME_DIR.
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    const auto lesson = LessonCatalog::find(QStringLiteral("local-socket"));
    QVERIFY2(lesson, qPrintable(lesson.message()));
    m_lesson = *lesson;
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void TestLocalLesson::cleanupTestCase()
{
    if (m_savedRuntime.isNull())
        qunsetenv("XDG_RUNTIME_DIR");
    else
        qputenv("XDG_RUNTIME_DIR", m_savedRuntime);
}

QString TestLocalLesson::lessonPath() const
{
    return LocalSocketPath::resolve(panelOf(m_lesson, PanelType::LocalServer)->localServer().path);
}

QString TestLocalLesson::script(const QString &name) const
{
    // "# ---- name.py ----" starts each script (docs/workspace.md).
    const QString python = lessonPython(*m_lesson.lesson);
    const QString header = QStringLiteral("# ---- %1 ----").arg(name);
    const qsizetype start = python.indexOf(header);
    if (start < 0)
        return QString();
    const qsizetype end = python.indexOf(QStringLiteral("# ---- "), start + header.size());
    return python.mid(start, end < 0 ? -1 : end - start);
}

void TestLocalLesson::startPython(QProcess &process, const QString &name) const
{
    // A socket call that hangs must not hang the test: every socket gets a timeout.
    const QString code = QStringLiteral("import socket\nsocket.setdefaulttimeout(10)\n") + script(name);
    process.setProgram(m_python);
    // -u: print() reaches the test at once, not when the pipe's buffer fills.
    process.setArguments({QStringLiteral("-u"), QStringLiteral("-c"), code});
    process.start();
}

void TestLocalLesson::inTheCatalogAfterSocketAnatomy()
{
    QStringList ids;
    for (const LessonCatalog::Entry &e : LessonCatalog::all())
        ids << e.id;
    const qsizetype local = ids.indexOf(QStringLiteral("local-socket"));
    QVERIFY(local >= 0);
    QVERIFY(ids.indexOf(QStringLiteral("socket-anatomy")) < local);
}

void TestLocalLesson::texts()
{
    const swb::course::LessonInfo &lesson = *m_lesson.lesson;
    QCOMPARE(lesson.id, QStringLiteral("local-socket"));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString title = lesson.title.value(language).trimmed();
        const QString explanation = lesson.explanation.value(language);
        QVERIFY2(!title.isEmpty(), qPrintable(language));
        for (const char *needed : {"AF_UNIX", "{runtime}/socket-workbench-demo.sock", "SOCK_STREAM",
                                   "python3 server.py", "python3 client.py", "kill -9", "ls -l"}) {
            QVERIFY2(explanation.contains(QLatin1String(needed)),
                     qPrintable(QStringLiteral("%1 explanation lacks %2")
                                    .arg(language, QLatin1String(needed))));
        }
    }
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    QVERIFY(lesson.title.value(QStringLiteral("zh_CN")).contains(han));
    QVERIFY(lesson.explanation.value(QStringLiteral("zh_CN")).contains(han));
    // The notes' AF_UNIX steps, in Python.
    for (const char *needed : {"socket.AF_UNIX", "os.unlink(path)", "sk.bind(path)", "sk.listen()",
                               "sk.accept()", "recv(1024)", "send(", "sk.connect(path)",
                               "XDG_RUNTIME_DIR", "socket-workbench-demo.sock"}) {
        QVERIFY2(lessonPython(lesson).contains(QLatin1String(needed)), needed);
    }
    QVERIFY(!script(QStringLiteral("server.py")).isEmpty());
    QVERIFY(!script(QStringLiteral("client.py")).isEmpty());
}

void TestLocalLesson::panels()
{
    const PanelConfig *server = panelOf(m_lesson, PanelType::LocalServer);
    const PanelConfig *client = panelOf(m_lesson, PanelType::LocalClient);
    QVERIFY(server);
    QVERIFY(client);
    // Opening the lesson starts its receiving side; a client has no autoStart.
    QVERIFY(server->localServer().autoStart);
    QCOMPARE(server->localServer().path, QStringLiteral("{runtime}/socket-workbench-demo.sock"));
    QCOMPARE(client->localClient().path, server->localServer().path);
    QCOMPARE(lessonPath(), QDir::cleanPath(m_runtime.path()) + QStringLiteral("/socket-workbench-demo.sock"));
    QVERIFY(swb::net::ReplyEngine(server->localServer().behaviour, server->encoding)
                .validate()
                .ok());
    for (const PanelConfig &panel : m_lesson.panels) {
        QVERIFY(!panel.send.autoStart);
        const auto composed = swb::net::PayloadComposer::compose(
            panel.send.text, panel.send.mode, panel.encoding, panel.send.lineEnding);
        QVERIFY2(composed.ok(), qPrintable(composed.message()));
    }
    // Saving and reading back keeps the placeholder, not this machine's folder.
    const auto back =
        swb::course::WorkspaceFile::parse(swb::course::WorkspaceFile::serialize(m_lesson));
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(panelOf(*back, PanelType::LocalServer)->localServer().path,
             server->localServer().path);
}

void TestLocalLesson::pythonCompiles()
{
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
    QProcess process;
    process.start(m_python, {QStringLiteral("-c"),
                             QStringLiteral("import ast,sys; ast.parse(sys.stdin.buffer.read())")});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    process.write(lessonPython(*m_lesson.lesson).toUtf8());
    process.closeWriteChannel();
    QVERIFY2(process.waitForFinished(30000), "python3 did not finish");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromUtf8(process.readAllStandardError())));
}

void TestLocalLesson::pythonClientAgainstLessonServer()
{
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
    const PanelConfig *panel = panelOf(m_lesson, PanelType::LocalServer);
    LocalServerEndpoint server;
    QVERIFY(server.setBehaviour(panel->localServer().behaviour, panel->encoding).ok());
    QCOMPARE(server.start(panel->localServer().path), LocalServerEndpoint::StartResult::Listening);
    QCOMPARE(server.path(), lessonPath());

    QProcess client;
    startPython(client, QStringLiteral("client.py"));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QProcess::NotRunning, peerTimeoutMs);
    const QString out = QString::fromUtf8(client.readAllStandardOutput());
    QVERIFY2(client.exitCode() == 0, qPrintable(QString::fromUtf8(client.readAllStandardError())));
    QVERIFY2(out.contains(QStringLiteral("b'received: hello'")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("raddr=%1").arg(lessonPath())), qPrintable(out));
}

void TestLocalLesson::lessonClientAgainstPythonServer()
{
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
    QProcess server;
    startPython(server, QStringLiteral("server.py"));
    const auto stopServer = qScopeGuard([&server] {
        server.kill();
        server.waitForFinished(timeoutMs);
    });
    // server.py prints its listening socket once bind() and listen() are done.
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), peerTimeoutMs);

    const PanelConfig *panel = panelOf(m_lesson, PanelType::LocalClient);
    LocalClientEndpoint client;
    QSignalSpy received(&client, &LocalClientEndpoint::dataReceived);
    client.connectTo(panel->localClient().path);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, timeoutMs);
    QVERIFY(client.send(panel->send.text.toUtf8()));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, timeoutMs);
    QCOMPARE(received.first().first().toByteArray(), QByteArray("received: hello"));
    client.disconnectFromPeer();
    QTRY_COMPARE_WITH_TIMEOUT(server.state(), QProcess::NotRunning, peerTimeoutMs);
    QVERIFY2(server.exitCode() == 0, qPrintable(QString::fromUtf8(server.readAllStandardError())));
    const QString out = QString::fromUtf8(server.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("b'hello'")), qPrintable(out));
    // The notes' server cleans up after itself.
    QVERIFY(!QFile::exists(lessonPath()));
}

QTEST_GUILESS_MAIN(TestLocalLesson)

#include "tst_locallesson.moc"
