#include "tests/app/appprocesstesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <functional>
#include <memory>

// The real executable on the UDP and local-socket lessons, the way the README
// shows it: --lesson NAME --quit-after N --save-traffic FILE, the notes' peers
// (tests/peers/*.py) against it, and the saved traffic read back.
class TestLessonProcesses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void udpTimeLessonSavesTraffic();
    void udpBasicsLessonSavesTraffic();
    void udpLengthLessonSavesTraffic();
    void udpChatLessonSavesTraffic();
    void localSocketLessonSavesTraffic();

private:
    // Starts the app on the lesson, saving its traffic to out, for seconds.
    void startLesson(const QString &lesson, int seconds, const QString &out);
    // Starts a UDP lesson for 6 s and waits until it has bound its fixed port
    // (the lessons do not share it). Returns the traffic file; *skip is set
    // when the port is busy on this machine.
    QString startUdpLesson(const QString &lesson, quint16 port, QString *skip);
    // Waits for the app to quit by itself after --quit-after.
    void waitForQuit();
    QString python();

    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_app;
};

using namespace appprocesstesting;

namespace {

const QHostAddress LessonHost(QHostAddress::LocalHost);
const QByteArray Format("%Y-%m-%d %H:%M:%S");

struct Record
{
    QString proto;
    QString kind;
    QString local;
    QString remote;
    QByteArray data;
    QByteArray line; // as saved, for messages
};

// The saved traffic file, one JSON object a line.
std::vector<Record> readRecords(const QString &path, QString *problem)
{
    std::vector<Record> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = path + QLatin1String(" was not written");
        return records;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError) {
            *problem = QString::fromUtf8(line);
            return records;
        }
        records.push_back({o.value(QStringLiteral("proto")).toString(),
                           o.value(QStringLiteral("kind")).toString(),
                           o.value(QStringLiteral("local")).toString(),
                           o.value(QStringLiteral("remote")).toString(),
                           QByteArray::fromBase64(
                               o.value(QStringLiteral("data")).toString().toLatin1()),
                           line});
    }
    return records;
}

// A fixed lesson port must be free, or the test cannot run here.
bool udpPortIsFree(quint16 port, QString *why)
{
    QUdpSocket probe;
    if (probe.bind(LessonHost, port))
        return true;
    *why = QStringLiteral("UDP 127.0.0.1:%1 is busy on this machine (%2); the lesson needs it")
               .arg(port)
               .arg(probe.errorString());
    return false;
}

// Polls until ready() or about 10 s; false if the app quit or time ran out.
bool waitFor(QProcess &app, const std::function<bool()> &ready)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (app.state() != QProcess::Running)
            return false;
        if (ready())
            return true;
        QTest::qWait(100);
    }
    return false;
}

} // namespace

void TestLessonProcesses::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SWB_APP_PATH)).isExecutable(),
             "build the socket-workbench target first");
    QVERIFY(prepareHome(m_home));
}

void TestLessonProcesses::cleanup()
{
    if (m_app && m_app->state() != QProcess::NotRunning) {
        m_app->kill();
        m_app->waitForFinished(5000);
    }
    m_app.reset();
}

QString TestLessonProcesses::python()
{
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void TestLessonProcesses::startLesson(const QString &lesson, int seconds, const QString &out)
{
    m_app = std::make_unique<QProcess>();
    useHome(*m_app, m_home);
    m_app->start(QStringLiteral(SWB_APP_PATH),
                 {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--lesson"), lesson,
                  QStringLiteral("--quit-after"), QString::number(seconds),
                  QStringLiteral("--save-traffic"), out});
    QVERIFY2(m_app->waitForStarted(5000), qPrintable(m_app->errorString()));
}

QString TestLessonProcesses::startUdpLesson(const QString &lesson, quint16 port, QString *skip)
{
    if (!udpPortIsFree(port, skip))
        return QString();
    const QString out = m_home.filePath(lesson + QLatin1String(".jsonl"));
    startLesson(lesson, 6, out);
    QString busy;
    if (!waitFor(*m_app, [&] { return !udpPortIsFree(port, &busy); })) {
        qWarning("the %s server did not bind: %s", qPrintable(lesson), qPrintable(describe(*m_app)));
        return QString();
    }
    return out;
}

void TestLessonProcesses::waitForQuit()
{
    QVERIFY2(m_app->waitForFinished(30000), "the app did not quit after --quit-after");
    QVERIFY2(m_app->exitStatus() == QProcess::NormalExit && m_app->exitCode() == 0,
             qPrintable(describe(*m_app)));
}

void TestLessonProcesses::udpTimeLessonSavesTraffic()
{
    const quint16 port = 9090; // fixed by the udp-time exercise
    if (python().isEmpty())
        QSKIP("python3 is not installed");
    QString why;
    if (!udpPortIsFree(port, &why))
        QSKIP(qPrintable(why));
    const QString out = m_home.filePath(QStringLiteral("udp-time.jsonl"));
    startLesson(QStringLiteral("udp-time"), 8, out);

    // The lesson's server answers as soon as it is bound: ask it until it does.
    QUdpSocket probe;
    QVERIFY(probe.bind(LessonHost, 0));
    const bool answered = waitFor(*m_app, [&] {
        probe.writeDatagram(Format, LessonHost, port);
        return probe.waitForReadyRead(100);
    });
    QVERIFY2(answered, qPrintable("the udp-time lesson did not answer: " + describe(*m_app)));
    // The probe stays open until the app quits: a late answer to an earlier
    // probe would otherwise come back as "port unreachable".
    const QString probeAddress = QStringLiteral("127.0.0.1:%1").arg(probe.localPort());

    QProcess client;
    client.start(python(), {QStringLiteral(SWB_SOURCE_DIR "/tests/peers/udp_time_client.py"),
                            QString::number(port), QString::fromLatin1(Format),
                            QStringLiteral("2"), QStringLiteral("0.2")});
    QVERIFY2(client.waitForFinished(20000), "the time client did not finish");
    QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0,
             qPrintable(describe(client)));
    waitForQuit();

    QString problem;
    const std::vector<Record> records = readRecords(out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString server = QStringLiteral("127.0.0.1:%1").arg(port);
    const QRegularExpression time(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));
    int listens = 0;
    int formats = 0;
    int times = 0;
    for (const Record &r : records) {
        QCOMPARE(r.proto, QStringLiteral("udp"));
        QVERIFY2(r.kind != QLatin1String("error"), r.line.constData());
        if (r.kind == QLatin1String("listen") && r.local == server)
            ++listens;
        if (r.remote == probeAddress) // the probe's exchange; count the script's
            continue;
        if (r.kind == QLatin1String("recv")) {
            QCOMPARE(r.data, Format);
            QCOMPARE(r.local, server);
            ++formats;
        } else if (r.kind == QLatin1String("send")) {
            QVERIFY2(time.match(QString::fromUtf8(r.data)).hasMatch(), r.data.constData());
            ++times;
        }
    }
    QCOMPARE(listens, 1);
    QCOMPARE(formats, 2);
    QCOMPARE(times, 2);
}

// udp-basics: the server only receives; every datagram is a row with its sender.
void TestLessonProcesses::udpBasicsLessonSavesTraffic()
{
    const quint16 port = 8001;
    QString skip;
    const QString out = startUdpLesson(QStringLiteral("udp-basics"), port, &skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY(!out.isEmpty());

    QUdpSocket client;
    QVERIFY(client.bind(LessonHost, 0));
    const QByteArray first = QByteArrayLiteral("hello");
    const QByteArray second = QStringLiteral("你好, server").toUtf8();
    QCOMPARE(client.writeDatagram(first, LessonHost, port), first.size());
    QCOMPARE(client.writeDatagram(second, LessonHost, port), second.size());
    const QString sender = QStringLiteral("127.0.0.1:%1").arg(client.localPort());
    waitForQuit();

    QString problem;
    const std::vector<Record> records = readRecords(out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QList<QByteArray> received;
    for (const Record &r : records) {
        QVERIFY2(r.kind != QLatin1String("error"), r.line.constData());
        QVERIFY2(r.kind != QLatin1String("send"), "udp-basics does not reply");
        if (r.kind == QLatin1String("recv")) {
            QCOMPARE(r.proto, QStringLiteral("udp"));
            QCOMPARE(r.remote, sender);
            QCOMPARE(r.local, QStringLiteral("127.0.0.1:%1").arg(port));
            received << r.data;
        }
    }
    QCOMPARE(received, (QList<QByteArray>{first, second}));
}

// udp-length: the notes' client sends without stopping; every datagram is saved
// whole, at its own length, in order.
void TestLessonProcesses::udpLengthLessonSavesTraffic()
{
    const quint16 port = 8002;
    const int count = 300;
    if (python().isEmpty())
        QSKIP("python3 is not installed");
    QString skip;
    const QString out = startUdpLesson(QStringLiteral("udp-length"), port, &skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY(!out.isEmpty());

    QProcess client;
    client.start(python(), {QStringLiteral(SWB_SOURCE_DIR "/tests/peers/udp_length_client.py"),
                            QString::number(port), QString::number(count)});
    QVERIFY2(client.waitForFinished(20000), "the length client did not finish");
    QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0,
             qPrintable(describe(client)));
    waitForQuit();

    QString problem;
    const std::vector<Record> records = readRecords(out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    int next = 0;
    for (const Record &r : records) {
        QVERIFY2(r.kind != QLatin1String("error"), r.line.constData());
        if (r.kind != QLatin1String("recv"))
            continue;
        // Datagram i: "i:" padded with 'x' to 1 + (i * 37) % 1400 bytes, then cut there.
        const int length = 1 + (next * 37) % 1400;
        const QByteArray expected =
            (QByteArray::number(next) + ':' + QByteArray(length, 'x')).left(length);
        QCOMPARE(r.data, expected);
        ++next;
    }
    QCOMPARE(next, count);
}

// udp-chat: two people with their names; the rows keep who said what.
void TestLessonProcesses::udpChatLessonSavesTraffic()
{
    const quint16 port = 9090;
    QString skip;
    const QString out = startUdpLesson(QStringLiteral("udp-chat"), port, &skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY(!out.isEmpty());

    QUdpSocket alex;
    QUdpSocket taibai;
    QVERIFY(alex.bind(LessonHost, 0));
    QVERIFY(taibai.bind(LessonHost, 0));
    const QByteArray fromAlex = QByteArrayLiteral("alex : hello");
    const QByteArray fromTaibai = QStringLiteral("太白 : 你好").toUtf8();
    QCOMPARE(alex.writeDatagram(fromAlex, LessonHost, port), fromAlex.size());
    QCOMPARE(taibai.writeDatagram(fromTaibai, LessonHost, port), fromTaibai.size());
    const QString alexAddress = QStringLiteral("127.0.0.1:%1").arg(alex.localPort());
    const QString taibaiAddress = QStringLiteral("127.0.0.1:%1").arg(taibai.localPort());
    waitForQuit();

    QString problem;
    const std::vector<Record> records = readRecords(out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QMap<QString, QByteArray> said;
    for (const Record &r : records) {
        QVERIFY2(r.kind != QLatin1String("error"), r.line.constData());
        if (r.kind == QLatin1String("recv"))
            said.insert(r.remote, r.data);
    }
    QCOMPARE(said.size(), 2);
    QCOMPARE(said.value(alexAddress), fromAlex);
    QCOMPARE(said.value(taibaiAddress), fromTaibai);
}

// local-socket: the notes' AF_UNIX echo client against the lesson's server.
void TestLessonProcesses::localSocketLessonSavesTraffic()
{
    if (python().isEmpty())
        QSKIP("python3 is not installed");
    const QString path = m_home.filePath(QStringLiteral("run/socket-workbench-demo.sock"));
    QFile::remove(path);
    const QString out = m_home.filePath(QStringLiteral("local-socket.jsonl"));
    startLesson(QStringLiteral("local-socket"), 6, out);
    QVERIFY2(waitFor(*m_app, [&] { return QFileInfo::exists(path); }),
             qPrintable("the local server did not listen on " + path + ": "
                        + describe(*m_app)));

    const int count = 3;
    QProcess client;
    client.start(python(), {QStringLiteral(SWB_SOURCE_DIR "/tests/peers/unix_echo_client.py"),
                            path, QString::number(count)});
    QVERIFY2(client.waitForFinished(20000), "the AF_UNIX client did not finish");
    QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0,
             qPrintable(describe(client)));
    waitForQuit();

    QString problem;
    const std::vector<Record> records = readRecords(out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QByteArray received;
    QByteArray sent;
    for (const Record &r : records) {
        QVERIFY2(r.kind != QLatin1String("error"), r.line.constData());
        QCOMPARE(r.proto, QStringLiteral("local"));
        if (r.kind == QLatin1String("recv"))
            received += r.data;
        else if (r.kind == QLatin1String("send"))
            sent += r.data;
    }
    // A stream: the rows may split or merge the messages, the bytes may not.
    const QRegularExpression messages(QStringLiteral("^(message \\d from pid \\d+){3}$"));
    QVERIFY2(messages.match(QString::fromUtf8(received)).hasMatch(), received.constData());
    QCOMPARE(sent, QByteArray(received).replace("message", "received: message"));
}

QTEST_GUILESS_MAIN(TestLessonProcesses)

#include "tst_lessonprocesses.moc"
