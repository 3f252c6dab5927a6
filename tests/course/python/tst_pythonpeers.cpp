#include "course/lessons/workspace.h"
#include "course/python/pythongenerator.h"
#include "net/stream/localserverendpoint.h"
#include "net/stream/tcpclientendpoint.h"
#include "net/stream/tcpserverendpoint.h"
#include "net/traffic/trafficsink.h"
#include "net/udp/udpendpoint.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "tests/course/coursetesting.h"
#include "tests/net/nettesting.h"

using namespace swb::net;
using namespace swb::course;
using namespace swb::tests;

Q_DECLARE_METATYPE(swb::course::PanelConfig)

// "Show as Python", run: each generated script is started with python3 and
// talks to the app's own endpoints (TCP, UDP, local socket) or to a small web
// server, and the app's endpoints talk to the scripts; loopback, port 0.
class TestPythonPeers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverScriptAnswersAppClient_data();
    void serverScriptAnswersAppClient();
    void clientScriptTalksToAppServer();
    void interactiveClientScript();
    void udpScriptsAndAppEndpoint();
    void localSocketScripts();
    void httpScripts();

private:
    // Starts the script; returns the port it prints ("... port N"), or 0.
    quint16 startServerScript(QProcess &process, const QString &path);

    swb::tests::ScriptDir m_scripts;
};

namespace {

constexpr int timeoutMs = 15000;

} // namespace

void TestPythonPeers::initTestCase()
{
    QVERIFY(m_scripts.dir.isValid());
}

quint16 TestPythonPeers::startServerScript(QProcess &process, const QString &path)
{
    process.setWorkingDirectory(m_scripts.dir.path());
    process.start(m_scripts.python, {QStringLiteral("-u"), path});
    QRegularExpression portLine(QStringLiteral("port (\\d+)"));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
        const auto match = portLine.match(QString::fromUtf8(out));
        if (match.hasMatch())
            return quint16(match.captured(1).toUInt());
    }
    qWarning("script did not print its port: %s %s", out.constData(),
             process.readAllStandardError().constData());
    return 0;
}

void TestPythonPeers::serverScriptAnswersAppClient_data()
{
    QTest::addColumn<PanelConfig>("config");
    QTest::addColumn<QByteArray>("send");
    QTest::addColumn<QString>("expected"); // a regular expression over all that came back
    QTest::newRow("echo") << server(ReplyKind::Echo) << QByteArray("hello") << QStringLiteral("^hello$");
    QTest::newRow("prefix") << server(ReplyKind::Prefix) << QByteArray("hello")
                            << QStringLiteral("^received: hello$");
    QTest::newRow("timestamp") << server(ReplyKind::Timestamp) << QByteArray("hi")
                               << QStringLiteral("^\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\]:hi$");
    QTest::newRow("fixed") << server(ReplyKind::Fixed) << QByteArray("x")
                           << QStringLiteral("^I can see you\\.$");
    PanelConfig t = server(ReplyKind::Template);
    t.tcpServer().behaviour.greeting = QStringLiteral("Welcome!");
    t.tcpServer().behaviour.replyDelayMs = 100;
    QTest::newRow("threaded-hello") << t << QByteArray("Michael\n")
                                    << QStringLiteral("^Welcome!Hello, Michael!\\n$");
    QTest::newRow("time-format") << server(ReplyKind::TimeFormat) << QByteArray("%Y")
                                 << QStringLiteral("^\\d{4}$");
    PanelConfig w = server(ReplyKind::None);
    w.tcpServer().behaviour.greeting = QStringLiteral("欢迎访问菜鸟教程!\\r\\n");
    w.tcpServer().behaviour.closeAfterGreeting = true;
    QTest::newRow("welcome") << w << QByteArray() << QStringLiteral("^欢迎访问菜鸟教程!\\r\\n$");
    PanelConfig hi = server(ReplyKind::Fixed);
    hi.tcpServer().behaviour.fixedText = QStringLiteral("hi");
    hi.tcpServer().behaviour.closeAfterFirstReply = true;
    QTest::newRow("hi-server") << hi << QByteArray("hello!") << QStringLiteral("^hi$");
}

void TestPythonPeers::serverScriptAnswersAppClient()
{
    if (m_scripts.python.isEmpty())
        QSKIP("python3 not found");
    QFETCH(PanelConfig, config);
    QFETCH(QByteArray, send);
    QFETCH(QString, expected);
    QProcess python;
    const quint16 port = startServerScript(
        python, m_scripts.write(QStringLiteral("server.py"), PythonGenerator::generate(config)));
    QVERIFY(port != 0);

    RecordingSink sink;
    TcpClientEndpoint app;
    app.setSink(&sink);
    app.connectTo(QStringLiteral("127.0.0.1"), port);
    // A greeting server may have answered and closed before the first check.
    QTRY_VERIFY_WITH_TIMEOUT(app.state() == QAbstractSocket::ConnectedState
                                 || !sink.received().isEmpty(),
                             timeoutMs);
    if (!send.isEmpty())
        QVERIFY(app.send(send));
    const QRegularExpression pattern(expected);
    QTRY_VERIFY2_WITH_TIMEOUT(pattern.match(QString::fromUtf8(sink.received())).hasMatch(),
                              sink.received().constData(), timeoutMs);
    app.disconnectFromPeer();
    python.kill();
    python.waitForFinished(timeoutMs);
}

void TestPythonPeers::clientScriptTalksToAppServer()
{
    if (m_scripts.python.isEmpty())
        QSKIP("python3 not found");
    RecordingSink sink;
    TcpServerEndpoint app;
    app.setSink(&sink);
    ServerBehaviour b;
    b.reply = ReplyKind::Prefix;
    QVERIFY(app.setBehaviour(b, TextEncoding::Utf8).ok());
    QVERIFY(app.start(TcpServerSettings()));
    // The echo-prefix lesson's client: {time} every interval, here three times.
    PanelConfig c = client(app.port(), QStringLiteral("{time}"));
    c.send.autoCount = 3;
    c.send.autoIntervalMs = 50;
    QProcess python;
    python.start(m_scripts.python, {m_scripts.write(QStringLiteral("client.py"),
                                                    PythonGenerator::generate(c))});
    QTRY_COMPARE_WITH_TIMEOUT(python.state(), QProcess::NotRunning, timeoutMs);
    const Outcome result = outcomeOf(python);
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QCOMPARE(result.out.count(QRegularExpression(QStringLiteral("received: \\d\\d:\\d\\d:\\d\\d"))), 3);
    QVERIFY(result.out.contains(QLatin1String("laddr=")));
}

void TestPythonPeers::interactiveClientScript()
{
    if (m_scripts.python.isEmpty())
        QSKIP("python3 not found");
    RecordingSink sink;
    TcpServerEndpoint app;
    app.setSink(&sink);
    QVERIFY(app.start(TcpServerSettings()));
    // frontend.py: lines typed at input() go out with their \n.
    PanelConfig c = client(app.port(), QString());
    c.send.lineEnding = LineEnding::Lf;
    QProcess python;
    python.start(m_scripts.python, {m_scripts.write(QStringLiteral("frontend.py"),
                                                    PythonGenerator::generate(c))});
    QVERIFY(python.waitForStarted(timeoutMs));
    python.write("first line\nsecond\n\n");
    python.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(python.state(), QProcess::NotRunning, timeoutMs);
    const Outcome result = outcomeOf(python);
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(sink.received(), QByteArray("first line\nsecond\n"), timeoutMs);
}

void TestPythonPeers::udpScriptsAndAppEndpoint()
{
    if (m_scripts.python.isEmpty())
        QSKIP("python3 not found");
    // The app's UDP panel as the server, the generated client script as the peer.
    RecordingSink sink;
    UdpEndpoint app;
    app.setSink(&sink);
    ServerBehaviour b;
    b.reply = ReplyKind::Prefix;
    QVERIFY(app.setBehaviour(b, TextEncoding::Utf8).ok());
    QVERIFY(app.bind(QStringLiteral("127.0.0.1"), 0, false));
    PanelConfig c(PanelType::Udp);
    c.name = QStringLiteral("UDP client");
    c.udp().options.bind = false;
    c.udp().targetHost = QStringLiteral("127.0.0.1");
    c.udp().targetPort = app.localPort();
    c.send.text = QStringLiteral("I can see you.");
    QProcess client;
    client.start(m_scripts.python, {m_scripts.write(QStringLiteral("udp_client.py"),
                                                    PythonGenerator::generate(c))});
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QProcess::NotRunning, timeoutMs);
    const Outcome result = outcomeOf(client);
    QVERIFY2(result.ok() && result.out.contains(QLatin1String("received: I can see you.")),
             qPrintable(result.describe()));

    // The generated server script (udp-time), the app's endpoint as the client.
    PanelConfig s(PanelType::Udp);
    s.name = QStringLiteral("UDP time");
    s.udp().port = 0;
    s.udp().behaviour.reply = ReplyKind::TimeFormat;
    QProcess python;
    const quint16 port =
        startServerScript(python, m_scripts.write(QStringLiteral("udp_server.py"),
                                                  PythonGenerator::generate(s)));
    QVERIFY(port != 0);
    sink.events.clear();
    UdpEndpoint asker;
    asker.setSink(&sink);
    asker.setTarget(QStringLiteral("127.0.0.1"), port);
    QVERIFY(asker.sendToTarget("%Y"));
    QTRY_VERIFY_WITH_TIMEOUT(QRegularExpression(QStringLiteral("^\\d{4}$"))
                                 .match(QString::fromUtf8(sink.received()))
                                 .hasMatch(),
                             timeoutMs);
    python.kill();
    python.waitForFinished(timeoutMs);
}

void TestPythonPeers::localSocketScripts()
{
    if (m_scripts.python.isEmpty())
        QSKIP("python3 not found");
    const QString path = m_scripts.dir.filePath(QStringLiteral("lesson.sock"));
    RecordingSink sink;
    LocalServerEndpoint app;
    app.setSink(&sink);
    ServerBehaviour b;
    b.reply = ReplyKind::Prefix;
    QVERIFY(app.setBehaviour(b, TextEncoding::Utf8).ok());
    QCOMPARE(app.start(path, LocalServerEndpoint::StalePolicy::RemoveStale),
             LocalServerEndpoint::StartResult::Listening);
    PanelConfig c(PanelType::LocalClient);
    c.name = QStringLiteral("Client 1");
    c.send.text = QStringLiteral("over a file");
    c.localClient().path = path;
    QProcess python;
    python.start(m_scripts.python, {m_scripts.write(QStringLiteral("local_client.py"),
                                                    PythonGenerator::generate(c))});
    QTRY_COMPARE_WITH_TIMEOUT(python.state(), QProcess::NotRunning, timeoutMs);
    const Outcome result = outcomeOf(python);
    QVERIFY2(result.ok() && result.out.contains(QLatin1String("received: over a file")),
             qPrintable(result.describe()));
    app.stop();

    // The generated AF_UNIX server, a plain local socket as the client.
    PanelConfig s(PanelType::LocalServer);
    s.name = QStringLiteral("Echo server");
    s.localServer().behaviour.reply = ReplyKind::Echo;
    s.localServer().path = path;
    QProcess serverScript;
    serverScript.start(m_scripts.python, {QStringLiteral("-u"),
                                  m_scripts.write(QStringLiteral("local_server.py"),
                                                  PythonGenerator::generate(s))});
    QByteArray printed;
    QTRY_VERIFY2_WITH_TIMEOUT((printed += serverScript.readAllStandardOutput()).contains("Listening"),
                              serverScript.readAllStandardError().constData(), timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(path);
    QVERIFY(socket.waitForConnected(timeoutMs));
    socket.write("ping");
    QByteArray echoed;
    QTRY_VERIFY2_WITH_TIMEOUT((echoed += socket.readAll()) == "ping",
                              (printed + serverScript.readAll()).constData(), timeoutMs);
    serverScript.kill();
    serverScript.waitForFinished(timeoutMs);
}

void TestPythonPeers::httpScripts()
{
    if (m_scripts.python.isEmpty())
        QSKIP("python3 not found");
    // The smallest web server: one fixed answer per connection, then close.
    QTcpServer web;
    QVERIFY(web.listen(QHostAddress::LocalHost, 0));
    connect(&web, &QTcpServer::newConnection, &web, [&web] {
        QTcpSocket *s = web.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s] {
            if (!s->readAll().contains("\r\n\r\n"))
                return;
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                     "Content-Length: 13\r\nConnection: close\r\n\r\n<p>你好</p>");
            s->disconnectFromHost();
        });
    });
    for (const HttpOptions::Mode mode : {HttpOptions::Mode::Raw, HttpOptions::Mode::Fetch}) {
        PanelConfig h(PanelType::Http);
        h.name = QStringLiteral("Web");
        h.http().options.mode = mode;
        h.http().options.url =
            QStringLiteral("http://127.0.0.1:%1/page.html").arg(web.serverPort());
        QFile::remove(m_scripts.dir.filePath(QStringLiteral("page.html")));
        QProcess python;
        python.setWorkingDirectory(m_scripts.dir.path());
        python.start(m_scripts.python, {m_scripts.write(QStringLiteral("fetch_page.py"),
                                                        PythonGenerator::generate(h))});
        QTRY_COMPARE_WITH_TIMEOUT(python.state(), QProcess::NotRunning, timeoutMs);
        const Outcome result = outcomeOf(python);
        QVERIFY2(result.ok() && result.out.contains(QLatin1String("200 OK")),
                 qPrintable(result.describe()));
        QFile saved(m_scripts.dir.filePath(QStringLiteral("page.html")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), QStringLiteral("<p>你好</p>"));
    }
}

QTEST_GUILESS_MAIN(TestPythonPeers)
#include "tst_pythonpeers.moc"
