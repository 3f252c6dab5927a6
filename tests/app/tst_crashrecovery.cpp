#include "tests/app/appprocesstesting.h"

#include "course/lessons/workspace.h"
#include "models/trafficreader.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <csignal>

using appprocesstesting::echoLessonArguments;
using appprocesstesting::EchoLessonHost;
using appprocesstesting::EchoLessonPort;
using appprocesstesting::lessonPortBusy;

// "Nothing lost", the way it happens: the real app records a lesson's traffic
// (--save-traffic), is killed with SIGKILL in the middle of a connection, and
// started again. The recording must read back with everything sent before the
// last flush, and the second start must bring the lesson's panels back,
// stopped, say so, and leave no recovery files behind after a clean exit.
class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void killedDuringTrafficThenRecovered();
    void keptNoticeShownOnce();
    void quitSignalEndsCleanly_data();
    void quitSignalEndsCleanly();

private:
    std::unique_ptr<QProcess> startApp(const QStringList &arguments) const;
    QString recoveryDir() const;
    static QString output(QProcess &process);
    // Runs the app to its --quit-after end and returns what it printed.
    QString runToEnd(const QStringList &arguments);
    // The first life of a session with a marker on disk: started plainly, then
    // left once its recovery files exist.
    qint64 startUntilAutosaved(const QStringList &extra);

    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_app; // killed in cleanup() if a test fails half-way
};

namespace {

constexpr int Lines = 20;
// Generous: the app writes its recording every 200 ms, but a loaded machine may be slow.
constexpr int RecordedWithinMs = 20000;

QByteArray lineText(int i)
{
    return QByteArray("line ") + QByteArray::number(i);
}

// What the recording at path holds so far of what was sent to remote; the app
// is still writing it, so a half-written last line is no error here.
QByteArray recordedSends(const QString &path, const QString &remote)
{
    swb::models::TrafficReader reader;
    if (!reader.open(path).ok())
        return QByteArray();
    swb::net::TrafficEvent event;
    QByteArray sent;
    while (reader.read(&event)) {
        if (event.remote == remote && event.kind == swb::net::EventKind::Send)
            sent += event.data;
    }
    return sent;
}

} // namespace

void TestCrashRecovery::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SWB_APP_PATH)).isExecutable(),
             "build the socket-workbench target first");
    QVERIFY(m_home.isValid());
    for (const char *dir : {"config", "data", "cache", "runtime"})
        QVERIFY(QDir(m_home.path()).mkpath(QString::fromLatin1(dir)));
    QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestCrashRecovery::cleanup()
{
    if (m_app && m_app->state() != QProcess::NotRunning) {
        m_app->kill();
        m_app->waitForFinished(5000);
    }
    m_app.reset();
}

std::unique_ptr<QProcess> TestCrashRecovery::startApp(const QStringList &arguments) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("runtime")));
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(m_home.path());
    process->start(QStringLiteral(SWB_APP_PATH), arguments);
    return process;
}

QString TestCrashRecovery::recoveryDir() const
{
    // QStandardPaths::AppDataLocation under the XDG_DATA_HOME given above.
    return m_home.filePath(QStringLiteral("data/SocketWorkbench/socket-workbench/recovery"));
}

QString TestCrashRecovery::output(QProcess &process)
{
    return QStringLiteral("stdout:\n%1\nstderr:\n%2")
        .arg(QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()));
}

void TestCrashRecovery::killedDuringTrafficThenRecovered()
{
    const QString busy = lessonPortBusy();
    if (!busy.isEmpty())
        QSKIP(qPrintable(busy));

    // First life: a lesson, recorded from the start; --quit-after only bounds a failed run.
    const QString out = m_home.filePath(QStringLiteral("out.jsonl"));
    m_app = startApp(echoLessonArguments(out, 50));
    QVERIFY2(m_app->waitForStarted(5000), qPrintable(m_app->errorString()));
    const qint64 firstPid = m_app->processId();

    QTcpSocket client;
    QDeadlineTimer deadline(8000);
    while (client.state() != QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (m_app->state() != QProcess::Running)
            QFAIL(qPrintable(QStringLiteral("the app quit early\n") + output(*m_app)));
        client.abort();
        client.connectToHost(EchoLessonHost, EchoLessonPort);
        if (!client.waitForConnected(250))
            QTest::qWait(100);
    }
    QVERIFY2(client.state() == QAbstractSocket::ConnectedState,
             "the lesson server did not accept within 8 s");

    // One line at a time, each answered before the next: then every line has
    // certainly reached the app, and so the recorder's queue.
    QByteArray replies;
    for (int i = 1; i <= Lines; ++i) {
        QVERIFY(client.write(lineText(i) + '\n') > 0);
        const QByteArray expected = QByteArray("received: ") + lineText(i) + '\n';
        QDeadlineTimer replyDeadline(5000);
        while (!replies.contains(expected) && !replyDeadline.hasExpired()) {
            client.waitForReadyRead(100);
            replies += client.readAll();
        }
        QVERIFY2(replies.contains(expected), replies.constData());
    }
    const QString clientRemote =
        QStringLiteral("%1:%2").arg(EchoLessonHost).arg(client.localPort());

    // Once the recording holds the last reply and the workspace is saved, SIGKILL
    // with the connection still open. Waiting for those, not for a fixed time,
    // keeps the test independent of how fast the app runs.
    const QByteArray lastReply = QByteArray("received: ") + lineText(Lines) + '\n';
    QTRY_VERIFY_WITH_TIMEOUT(recordedSends(out, clientRemote).contains(lastReply), RecordedWithinMs);
    const QString marker = QDir(recoveryDir()).filePath(QStringLiteral("running-%1.json").arg(firstPid));
    const QString saved = QDir(recoveryDir()).filePath(QStringLiteral("workspace-%1.json").arg(firstPid));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(saved), RecordedWithinMs);
    QVERIFY2(QFileInfo::exists(marker), qPrintable(marker));
    m_app->kill();
    QVERIFY(m_app->waitForFinished(5000));
    QCOMPARE(m_app->exitStatus(), QProcess::CrashExit);
    m_app.reset();

    // The marker names the recording, and the autosaved workspace is the lesson's.
    QFile markerFile(marker);
    QVERIFY2(markerFile.open(QIODevice::ReadOnly), "a SIGKILL must leave the marker behind");
    const QJsonObject markerJson = QJsonDocument::fromJson(markerFile.readAll()).object();
    QCOMPARE(markerJson.value(QStringLiteral("recording")).toString(),
             QFileInfo(out).absoluteFilePath());
    const auto before = swb::course::WorkspaceFile::load(saved);
    QVERIFY2(before, qPrintable(before.message()));
    QVERIFY(!before->panels.isEmpty());
    QVERIFY(before->lesson);
    QCOMPARE(before->lesson->id, QStringLiteral("echo-prefix"));

    // The recording reads back, with every line and every reply of this client.
    swb::models::TrafficReader reader;
    QCOMPARE(reader.open(out).message(), QString());
    swb::net::TrafficEvent event;
    QByteArray received;
    QByteArray sent;
    bool accepted = false;
    int events = 0;
    while (reader.read(&event)) {
        ++events;
        if (event.remote != clientRemote)
            continue;
        if (event.kind == swb::net::EventKind::Accept)
            accepted = true;
        else if (event.kind == swb::net::EventKind::Recv)
            received += event.data;
        else if (event.kind == swb::net::EventKind::Send)
            sent += event.data;
    }
    QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    QVERIFY2(accepted, qPrintable(QStringLiteral("no accept of %1 in %2 events").arg(clientRemote).arg(events)));
    for (int i = 1; i <= Lines; ++i) {
        QVERIFY2(received.contains(lineText(i) + '\n'), received.constData());
        QVERIFY2(sent.contains(QByteArray("received: ") + lineText(i) + '\n'), sent.constData());
    }
    client.abort();

    // Second life: no lesson, no workspace: the crashed one comes back.
    m_app = startApp({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--quit-after"),
                      QStringLiteral("4")});
    QVERIFY2(m_app->waitForStarted(5000), qPrintable(m_app->errorString()));
    const qint64 secondPid = m_app->processId();
    const QString resaved =
        QDir(recoveryDir()).filePath(QStringLiteral("workspace-%1.json").arg(secondPid));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(resaved), 8000);
    const auto after = swb::course::WorkspaceFile::load(resaved);
    QVERIFY2(after, qPrintable(after.message()));
    QCOMPARE(after->panels.size(), before->panels.size());
    for (int i = 0; i < before->panels.size(); ++i)
        QCOMPARE(after->panels.at(i).name, before->panels.at(i).name);
    QVERIFY(after->lesson);
    QCOMPARE(after->lesson->id, QStringLiteral("echo-prefix"));
    // The safe choice: recovered servers wait for Start.
    QTcpSocket late;
    late.connectToHost(EchoLessonHost, EchoLessonPort);
    QVERIFY2(!late.waitForConnected(1000), "a recovered server was started on its own");

    QVERIFY(m_app->waitForFinished(15000));
    QCOMPARE(m_app->exitStatus(), QProcess::NormalExit);
    const QString secondOutput = output(*m_app);
    QVERIFY2(m_app->exitCode() == 0, qPrintable(secondOutput));
    QVERIFY2(secondOutput.contains(
                 QStringLiteral("Recovered the workspace from a session that ended unexpectedly")),
             qPrintable(secondOutput));
    QVERIFY2(secondOutput.contains(QFileInfo(out).absoluteFilePath()), qPrintable(secondOutput));
    m_app.reset();

    // A clean exit leaves nothing to recover: neither the old files nor its own.
    const QStringList left = QDir(recoveryDir()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

QString TestCrashRecovery::runToEnd(const QStringList &arguments)
{
    m_app = startApp(arguments);
    if (!m_app->waitForStarted(5000) || !m_app->waitForFinished(30000))
        return QStringLiteral("did not run: ") + m_app->errorString();
    const QString text = output(*m_app);
    if (m_app->exitStatus() != QProcess::NormalExit || m_app->exitCode() != 0)
        return QStringLiteral("failed: ") + text;
    return text;
}

qint64 TestCrashRecovery::startUntilAutosaved(const QStringList &extra)
{
    m_app = startApp(QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("--quit-after"), QStringLiteral("60")}
                     + extra);
    if (!m_app->waitForStarted(5000))
        return -1;
    const qint64 pid = m_app->processId();
    const QDir dir(recoveryDir());
    QDeadlineTimer deadline(RecordedWithinMs);
    while (!deadline.hasExpired() && m_app->state() == QProcess::Running
           && !(QFileInfo::exists(dir.filePath(QStringLiteral("running-%1.json").arg(pid)))
                && QFileInfo::exists(dir.filePath(QStringLiteral("workspace-%1.json").arg(pid)))))
        QTest::qWait(50);
    return m_app->state() == QProcess::Running ? pid : -1;
}

// A start with --lesson leaves a crashed session's files for a plain start,
// and says so once, not on every start after.
void TestCrashRecovery::keptNoticeShownOnce()
{
    const qint64 crashedPid = startUntilAutosaved({});
    QVERIFY2(crashedPid > 0, qPrintable(output(*m_app)));
    m_app->kill();
    QVERIFY(m_app->waitForFinished(5000));
    m_app.reset();
    const QString marker =
        QDir(recoveryDir()).filePath(QStringLiteral("running-%1.json").arg(crashedPid));
    const QString saved =
        QDir(recoveryDir()).filePath(QStringLiteral("workspace-%1.json").arg(crashedPid));

    const QStringList withLesson{QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("--lesson"), QStringLiteral("ports-table"),
                                 QStringLiteral("--quit-after"), QStringLiteral("1")};
    const QString kept = QStringLiteral("A session that ended unexpectedly left its workspace");
    const QString first = runToEnd(withLesson);
    QVERIFY2(first.contains(kept), qPrintable(first));
    QVERIFY2(first.contains(QDir::toNativeSeparators(saved)), qPrintable(first));
    const QString second = runToEnd(withLesson);
    QVERIFY2(!second.startsWith(QLatin1String("failed")), qPrintable(second));
    QVERIFY2(!second.contains(kept), qPrintable(second));
    QVERIFY2(QFileInfo::exists(marker) && QFileInfo::exists(saved),
             "the crashed session's files must stay for a plain start");

    // A plain start still recovers it, and tells so, once.
    const QString plain = runToEnd({QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("--quit-after"), QStringLiteral("1")});
    QVERIFY2(plain.contains(QStringLiteral("Recovered the workspace")), qPrintable(plain));
    QVERIFY(!QFileInfo::exists(marker));
    const QString after = runToEnd({QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("--quit-after"), QStringLiteral("1")});
    QVERIFY2(!after.contains(QStringLiteral("ended unexpectedly")), qPrintable(after));
    const QStringList left = QDir(recoveryDir()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestCrashRecovery::quitSignalEndsCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

// SIGTERM (a logout, kill, a service manager) ends the app as File > Quit
// does: exit code 0, the recording complete, no recovery files, and the next
// start reports no crash.
void TestCrashRecovery::quitSignalEndsCleanly()
{
    QFETCH(int, signalNumber);
    const QString out = m_home.filePath(QStringLiteral("signal-%1.jsonl").arg(signalNumber));
    const qint64 pid = startUntilAutosaved({QStringLiteral("--save-traffic"), out});
    QVERIFY2(pid > 0, qPrintable(output(*m_app)));
    QCOMPARE(::kill(pid_t(pid), signalNumber), 0);
    QVERIFY(m_app->waitForFinished(15000));
    const QString text = output(*m_app);
    QVERIFY2(m_app->exitStatus() == QProcess::NormalExit, qPrintable(text));
    QVERIFY2(m_app->exitCode() == 0, qPrintable(text));
    m_app.reset();
    QVERIFY(!QFileInfo::exists(
        QDir(recoveryDir()).filePath(QStringLiteral("running-%1.json").arg(pid))));
    QVERIFY(!QFileInfo::exists(
        QDir(recoveryDir()).filePath(QStringLiteral("workspace-%1.json").arg(pid))));
    swb::models::TrafficReader reader;
    QCOMPARE(reader.open(out).message(), QString());

    const QString next = runToEnd({QStringLiteral("--lang"), QStringLiteral("en"),
                                   QStringLiteral("--quit-after"), QStringLiteral("1")});
    QVERIFY2(!next.startsWith(QLatin1String("failed")), qPrintable(next));
    QVERIFY2(!next.contains(QStringLiteral("ended unexpectedly")), qPrintable(next));
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
