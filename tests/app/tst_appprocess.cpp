#include "tests/app/appprocesstesting.h"

#include "net/payload/controltext.h"

#include "course/lessons/workspace.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using appprocesstesting::echoLessonArguments;
using appprocesstesting::EchoLessonHost;
using appprocesstesting::EchoLessonPort;
using appprocesstesting::lessonPortBusy;

// The real executable, the way scripts and the lessons' users run it: options,
// exit codes, and the echo-prefix lesson served to real Python clients with
// the traffic saved on the way out. Settings go to a temporary HOME so the
// user's own are never touched.
class TestAppProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void exitsAtOnce_data();
    void exitsAtOnce();
    void echoLessonWithPythonClients();
    void saveTrafficAsCsv();
    void badWorkspaceExitsTwo_data();
    void badWorkspaceExitsTwo();

private:
    struct Run
    {
        bool finished = false;
        int exitCode = -1;
        QString out;
        QString err;
    };
    QProcessEnvironment environment() const;
    std::unique_ptr<QProcess> startApp(const QStringList &arguments);
    Run finish(QProcess &process, int timeoutMs);
    static QString describe(const Run &run);

    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_app; // killed in cleanup() if a test fails half-way
};

namespace {


// "2024-05-06T13:14:15.678+02:00" or "...Z": ISO 8601 with milliseconds and the offset.
const QRegularExpression IsoTimeWithMs(
    QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d)$)"));

} // namespace

void TestAppProcess::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SWB_APP_PATH)).isExecutable(),
             "build the socket-workbench target first");
    QVERIFY(m_home.isValid());
    QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("config")));
}

void TestAppProcess::cleanup()
{
    if (m_app && m_app->state() != QProcess::NotRunning) {
        m_app->kill();
        m_app->waitForFinished(5000);
    }
    m_app.reset();
}

QProcessEnvironment TestAppProcess::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    return env;
}

std::unique_ptr<QProcess> TestAppProcess::startApp(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment());
    process->setWorkingDirectory(m_home.path());
    process->start(QStringLiteral(SWB_APP_PATH), arguments);
    return process;
}

TestAppProcess::Run TestAppProcess::finish(QProcess &process, int timeoutMs)
{
    Run run;
    run.finished = process.state() == QProcess::NotRunning || process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestAppProcess::describe(const Run &run)
{
    return QStringLiteral("finished %1, exit code %2\nstdout:\n%3\nstderr:\n%4")
        .arg(run.finished ? QStringLiteral("yes") : QStringLiteral("no (killed)"))
        .arg(run.exitCode)
        .arg(run.out, run.err);
}

void TestAppProcess::exitsAtOnce_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");

    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0
                            << QStringLiteral("Usage: socket-workbench [options]") << QString();
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0
                               << QStringLiteral("socket-workbench " SWB_VERSION) << QString();
    QTest::newRow("--bogus") << QStringList{QStringLiteral("--bogus")} << 2 << QString()
                             << QStringLiteral("bogus");
    QTest::newRow("--lang xx") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")} << 2
                               << QString() << QStringLiteral("zh_CN");
    QTest::newRow("--list-lessons")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--list-lessons")}
        << 0 << QStringLiteral("echo-prefix") << QString();
    // Qt's own options, as every Qt application takes them.
    QTest::newRow("-platform offscreen --list-lessons")
        << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"),
                       QStringLiteral("--list-lessons")}
        << 0 << QStringLiteral("echo-prefix") << QString();
    QTest::newRow("-style Fusion --version")
        << QStringList{QStringLiteral("-style"), QStringLiteral("Fusion"), QStringLiteral("--version")}
        << 0 << QStringLiteral("socket-workbench " SWB_VERSION) << QString();
    QTest::newRow("-style=Fusion -reverse --list-lessons")
        << QStringList{QStringLiteral("-style=Fusion"), QStringLiteral("-reverse"),
                       QStringLiteral("--list-lessons")}
        << 0 << QStringLiteral("echo-prefix") << QString();
}

void TestAppProcess::exitsAtOnce()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);
    m_app = startApp(arguments);
    const Run run = finish(*m_app, 15000);
    QVERIFY2(run.finished, qPrintable(describe(run)));
    QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
    if (!stdoutHas.isEmpty())
        QVERIFY2(run.out.contains(stdoutHas), qPrintable(describe(run)));
    if (!stderrHas.isEmpty())
        QVERIFY2(run.err.contains(stderrHas), qPrintable(describe(run)));
    // Errors go to stderr only, answers to stdout only: scripts rely on that.
    if (exitCode == 0)
        QVERIFY2(run.err.trimmed().isEmpty(), qPrintable(describe(run)));
    else
        QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
}

void TestAppProcess::echoLessonWithPythonClients()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QFAIL("python3 is not installed (scripts/install-deps.sh installs it)");
    const QString busy = lessonPortBusy();
    if (!busy.isEmpty())
        QSKIP(qPrintable(busy));

    const QString out = m_home.filePath(QStringLiteral("out.jsonl"));
    m_app = startApp(echoLessonArguments(out, 6));
    QVERIFY2(m_app->waitForStarted(5000), qPrintable(m_app->errorString()));

    // Wait until the lesson server accepts. The probe's own accept and close end
    // up in the log too; its port tells them apart from the script's clients.
    QString probeRemote;
    QDeadlineTimer deadline(5000);
    while (probeRemote.isEmpty() && !deadline.hasExpired()) {
        if (m_app->state() != QProcess::Running) // (not in QVERIFY2: its message is always evaluated)
            QFAIL(qPrintable(QStringLiteral("the app quit early: ") + describe(finish(*m_app, 1000))));
        QTcpSocket probe;
        probe.connectToHost(EchoLessonHost, EchoLessonPort);
        if (probe.waitForConnected(250)) {
            probeRemote = QStringLiteral("%1:%2").arg(EchoLessonHost).arg(probe.localPort());
            probe.disconnectFromHost();
        } else {
            QTest::qWait(100);
        }
    }
    QVERIFY2(!probeRemote.isEmpty(), "the lesson server did not accept within 5 s");

    QProcess clients;
    clients.start(python, {QStringLiteral(SWB_TESTS_DIR "/app/echo_clients.py"), EchoLessonHost,
                           QString::number(EchoLessonPort)});
    const Run script = finish(clients, 15000);
    QVERIFY2(script.finished && script.exitCode == 0, qPrintable(describe(script)));

    // What each client sent, by its remote address as the server sees it.
    QMultiHash<QString, QByteArray> sentBy;
    QList<QString> clientRemotes;
    const QStringList lines = script.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9);
    for (const QString &line : lines) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        QVERIFY2(space > 0, qPrintable(line));
        const QString remote = QStringLiteral("%1:%2").arg(EchoLessonHost, line.left(space));
        if (!clientRemotes.contains(remote))
            clientRemotes << remote;
        sentBy.insert(remote, line.mid(space + 1).toUtf8());
    }
    QCOMPARE(clientRemotes.size(), 3);

    const Run app = finish(*m_app, 20000);
    QVERIFY2(app.finished && app.exitCode == 0, qPrintable(describe(app)));

    QFile file(out);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(out + QLatin1String(" was not written")));
    const QStringList keys{QStringLiteral("seq"),   QStringLiteral("time"),   QStringLiteral("panel"),
                           QStringLiteral("proto"), QStringLiteral("kind"),   QStringLiteral("local"),
                           QStringLiteral("remote"), QStringLiteral("bytes"), QStringLiteral("data"),
                           QStringLiteral("text")};
    const QString lessonLocal = QStringLiteral("%1:%2").arg(EchoLessonHost).arg(EchoLessonPort);
    int listens = 0;
    QStringList accepted;
    QMultiHash<QString, QByteArray> received;
    QMultiHash<QString, QByteArray> replied;
    double previousSeq = 0;
    const QList<QByteArray> records = file.readAll().split('\n');
    for (const QByteArray &record : records) {
        if (record.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(record, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, record.constData());
        for (const QString &key : keys)
            QVERIFY2(o.contains(key), qPrintable(key + QLatin1String(" missing in ") + record));
        QCOMPARE(o.value(QStringLiteral("proto")).toString(), QStringLiteral("tcp"));
        const double seq = o.value(QStringLiteral("seq")).toDouble();
        QVERIFY2(seq > previousSeq, record.constData());
        previousSeq = seq;
        const QString time = o.value(QStringLiteral("time")).toString();
        QVERIFY2(IsoTimeWithMs.match(time).hasMatch(), qPrintable(time));
        QVERIFY(QDateTime::fromString(time, Qt::ISODateWithMs).isValid());

        const QString kind = o.value(QStringLiteral("kind")).toString();
        const QString local = o.value(QStringLiteral("local")).toString();
        const QString remote = o.value(QStringLiteral("remote")).toString();
        const QByteArray data =
            QByteArray::fromBase64(o.value(QStringLiteral("data")).toString().toLatin1());
        QCOMPARE(o.value(QStringLiteral("bytes")).toInt(), data.size());
        if (kind == QLatin1String("listen") && local == lessonLocal)
            ++listens;
        else if (kind == QLatin1String("accept") && remote != probeRemote)
            accepted << remote;
        else if (kind == QLatin1String("recv"))
            received.insert(remote, data);
        else if (kind == QLatin1String("send"))
            replied.insert(remote, data);
    }
    QCOMPARE(listens, 1);
    accepted.sort();
    clientRemotes.sort();
    QCOMPARE(accepted, clientRemotes);
    QCOMPARE(received.size(), 9);
    QCOMPARE(replied.size(), 9);
    for (const QString &remote : std::as_const(clientRemotes)) {
        // QMultiHash::values() lists the newest first; the order on each connection must match.
        const QList<QByteArray> sent = sentBy.values(remote);
        QCOMPARE(received.values(remote), sent);
        QList<QByteArray> expectedReplies;
        for (const QByteArray &message : sent)
            expectedReplies << QByteArray("received: ") + message;
        QCOMPARE(replied.values(remote), expectedReplies);
    }
}

void TestAppProcess::saveTrafficAsCsv()
{
    // A server on port 0 (the system picks) so this needs no fixed port.
    swb::course::PanelConfig server(swb::course::PanelType::TcpServer);
    server.name = QStringLiteral("CSV server");
    server.tcpServer().listen.port = 0;
    server.tcpServer().autoStart = true;
    swb::course::Workspace workspace;
    workspace.panels << server;
    const QString workspacePath = m_home.filePath(QStringLiteral("csv-workspace.json"));
    QCOMPARE(swb::course::WorkspaceFile::save(workspace, workspacePath).message(), QString());

    const QString out = m_home.filePath(QStringLiteral("out.csv"));
    m_app = startApp({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--quit-after"),
                      QStringLiteral("1"), QStringLiteral("--save-traffic"), out, workspacePath});
    const Run run = finish(*m_app, 20000);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(describe(run)));

    QFile file(out);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(out + QLatin1String(" was not written")));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("seq,time,panel,proto,kind,local,remote,bytes,data,text"));
    QVERIFY2(lines.size() >= 2, "no events after the header");
    bool listened = false;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        QVERIFY2(line.startsWith(QByteArray::number(i) + ','), line.constData()); // seq
        if (line.contains(",\"CSV server\",tcp,listen,\"127.0.0.1:"))
            listened = true;
    }
    QVERIFY2(listened, lines.join('\n').constData());
}

void TestAppProcess::badWorkspaceExitsTwo_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("stderrHas");
    QTest::newRow("broken JSON") << QByteArray("{\"format\": \"socket-workbench-workspace\",")
                                 << QStringLiteral("JSON");
    QTest::newRow("not a workspace") << QByteArray("{\"format\": \"something else\"}")
                                     << QStringLiteral("format");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("no-such-workspace.json");
    // A problem that quotes the file: its escape sequences reach the terminal
    // written out, never raw (they could retitle it or hide text).
    QTest::newRow("escape sequences in a problem")
        << QByteArray("{\"format\": \"socket-workbench-workspace\", \"version\": 1, \"panels\": [],"
                      " \"lesson\": {\"title\": {\"\\u001b]0;pwned\\u0007\\u001b[2J\\u202e\": 1}}}")
        << QStringLiteral("\\x1B]0;pwned\\x07\\x1B[2J\\u{202E}");
}

void TestAppProcess::badWorkspaceExitsTwo()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, stderrHas);
    const QString path = m_home.filePath(content.isEmpty() ? QStringLiteral("no-such-workspace.json")
                                                           : QStringLiteral("broken.json"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    m_app = startApp({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--quit-after"),
                      QStringLiteral("1"), path});
    const Run run = finish(*m_app, 20000);
    QVERIFY2(run.finished && run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(stderrHas), qPrintable(describe(run)));
    for (const QChar c : run.err)
        QVERIFY2(c == QLatin1Char('\n') || c == QLatin1Char('\t') || !swb::net::ControlText::isHidden(c.unicode()),
                 qPrintable(QString::number(c.unicode(), 16)));
}

QTEST_GUILESS_MAIN(TestAppProcess)
#include "tst_appprocess.moc"
