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

#include <memory>

// The real executable with the udp-time lesson, the way the README shows it:
// --lesson udp-time --quit-after N --save-traffic FILE, the notes' time client
// (tests/peers/udp_time_client.py) against it, and the saved traffic read back.
class TestUdpAppProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void udpTimeLessonSavesTraffic();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_app;
};

namespace {

const QHostAddress LessonHost(QHostAddress::LocalHost);
constexpr quint16 LessonPort = 9090; // fixed by the udp-time exercise
const QByteArray Format("%Y-%m-%d %H:%M:%S");

QString describe(QProcess &process)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(process.exitCode())
        .arg(QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()));
}

} // namespace

void TestUdpAppProcess::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SWB_APP_PATH)).isExecutable(),
             "build the socket-workbench target first");
    QVERIFY(m_home.isValid());
    QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("config")));
}

void TestUdpAppProcess::cleanup()
{
    if (m_app && m_app->state() != QProcess::NotRunning) {
        m_app->kill();
        m_app->waitForFinished(5000);
    }
    m_app.reset();
}

void TestUdpAppProcess::udpTimeLessonSavesTraffic()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    {
        QUdpSocket probe;
        if (!probe.bind(LessonHost, LessonPort))
            QSKIP(qPrintable(QStringLiteral("UDP 127.0.0.1:%1 is busy on this machine (%2); the "
                                            "udp-time lesson needs it")
                                 .arg(LessonPort)
                                 .arg(probe.errorString())));
    }
    const QString out = m_home.filePath(QStringLiteral("udp.jsonl"));
    m_app = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_app->setProcessEnvironment(env);
    m_app->setWorkingDirectory(m_home.path());
    m_app->start(QStringLiteral(SWB_APP_PATH),
                 {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--lesson"),
                  QStringLiteral("udp-time"), QStringLiteral("--quit-after"), QStringLiteral("8"),
                  QStringLiteral("--save-traffic"), out});
    QVERIFY2(m_app->waitForStarted(5000), qPrintable(m_app->errorString()));

    // The lesson's server answers as soon as it is bound: ask it until it does.
    QUdpSocket probe;
    QVERIFY(probe.bind(LessonHost, 0));
    bool answered = false;
    for (int attempt = 0; attempt < 50 && !answered; ++attempt) {
        if (m_app->state() != QProcess::Running)
            QFAIL(qPrintable(QStringLiteral("the app quit early: ") + describe(*m_app)));
        probe.writeDatagram(Format, LessonHost, LessonPort);
        answered = probe.waitForReadyRead(200);
    }
    QVERIFY2(answered, "the udp-time lesson did not answer within 10 s");
    const quint16 probePort = probe.localPort();
    probe.close();

    QProcess client;
    client.start(python, {QStringLiteral(SWB_SOURCE_DIR "/tests/peers/udp_time_client.py"),
                          QString::number(LessonPort), QString::fromLatin1(Format),
                          QStringLiteral("2"), QStringLiteral("0.2")});
    QVERIFY2(client.waitForFinished(20000), "the time client did not finish");
    QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0,
             qPrintable(describe(client)));

    QVERIFY2(m_app->waitForFinished(30000), "the app did not quit after --quit-after");
    QVERIFY2(m_app->exitStatus() == QProcess::NormalExit && m_app->exitCode() == 0,
             qPrintable(describe(*m_app)));

    QFile file(out);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(out + QLatin1String(" was not written")));
    const QString server = QStringLiteral("127.0.0.1:%1").arg(LessonPort);
    const QRegularExpression time(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));
    int listens = 0;
    int formats = 0;
    int times = 0;
    for (const QByteArray &record : file.readAll().split('\n')) {
        if (record.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(record, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, record.constData());
        QCOMPARE(o.value(QStringLiteral("proto")).toString(), QStringLiteral("udp"));
        const QString kind = o.value(QStringLiteral("kind")).toString();
        const QString remote = o.value(QStringLiteral("remote")).toString();
        const QByteArray data =
            QByteArray::fromBase64(o.value(QStringLiteral("data")).toString().toLatin1());
        QVERIFY2(kind != QLatin1String("error"), record.constData());
        if (kind == QLatin1String("listen") && o.value(QStringLiteral("local")).toString() == server)
            ++listens;
        // Skip the probe's exchange; count the script's.
        if (remote == QStringLiteral("127.0.0.1:%1").arg(probePort))
            continue;
        if (kind == QLatin1String("recv")) {
            QCOMPARE(data, Format);
            QCOMPARE(o.value(QStringLiteral("local")).toString(), server);
            ++formats;
        } else if (kind == QLatin1String("send")) {
            QVERIFY2(time.match(QString::fromUtf8(data)).hasMatch(), data.constData());
            ++times;
        }
    }
    QCOMPARE(listens, 1);
    QCOMPARE(formats, 2);
    QCOMPARE(times, 2);
}

QTEST_GUILESS_MAIN(TestUdpAppProcess)

#include "tst_udpappprocess.moc"
