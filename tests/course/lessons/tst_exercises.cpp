#include "tests/net/nettesting.h"

#include "net/reply/serverbehaviour.h"
#include "net/stream/tcpclientendpoint.h"
#include "net/stream/tcpserverendpoint.h"
#include "net/traffic/trafficsink.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using swb::net::EventKind;
using swb::net::ReplyKind;
using swb::net::ServerBehaviour;
using swb::net::TcpClientEndpoint;
using swb::net::TcpServerEndpoint;
using swb::net::TcpServerSettings;
using swb::tests::RecordingSink;
using swb::tests::peerTimeoutMs;
using swb::tests::startWith;

// The exercises of EXERCISES.md the way a student runs them: the workbench's
// server set up like the lesson, and a real outside peer (a Python script in
// the style of the notes, or nc) talking to it over loopback.
class TestExercises : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void echoPrefixFiveClients();
    void frontendBackend();
    void threadedHello();
    void hiServer();
    void welcome();
    void timestampEchoSurvivesVanishingClient();
    void netcatPrefixEcho_data();
    void netcatPrefixEcho();
    void clientAgainstPythonEchoServer();

private:
    void startPeer(QProcess &process, const QString &script, const QStringList &args) const;

    QString m_python;
    QString m_nc;
};

namespace {

constexpr int timeoutMs = 5000;

} // namespace

void TestExercises::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    m_nc = QStandardPaths::findExecutable(QStringLiteral("nc"));
}

void TestExercises::startPeer(QProcess &process, const QString &script,
                              const QStringList &args) const
{
    process.setProgram(m_python);
    const QString path = QStringLiteral(SWB_SOURCE_DIR "/tests/peers/") + script;
    process.setArguments(QStringList{path} + args);
    process.start();
}

void TestExercises::echoPrefixFiveClients()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    constexpr int clients = 5;
    RecordingSink sink;
    ServerBehaviour b;
    b.reply = ReplyKind::Prefix;
    TcpServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(startWith(server, b));
    QSignalSpy closed(&server, &TcpServerEndpoint::connectionClosed);

    std::vector<std::unique_ptr<QProcess>> peers;
    for (int i = 0; i < clients; ++i) {
        peers.push_back(std::make_unique<QProcess>());
        // 3 messages 0.2 s apart (the notes sleep 1 s); --go holds them until all are in.
        startPeer(*peers.back(), QStringLiteral("echo_client.py"),
                  {QString::number(server.port()), QStringLiteral("3"), QStringLiteral("0.2"),
                   QStringLiteral("--go")});
    }
    // The point of the exercise: every client connected at the same time.
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), clients, peerTimeoutMs);
    for (const auto &peer : peers) {
        peer->write("go\n");
        peer->closeWriteChannel();
    }
    for (const auto &peer : peers)
        SWB_WAIT_PEER_OK(*peer);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), clients, timeoutMs);
    QCOMPARE(sink.dataOf(EventKind::Send).size(), clients * 3);
    for (const QByteArray &reply : sink.dataOf(EventKind::Send))
        QVERIFY2(reply.startsWith("received: "), reply.constData());
}

void TestExercises::frontendBackend()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerBehaviour b; // reply none: the backend only appends
    b.appendFile = dir.filePath(QStringLiteral("message"));
    TcpServerEndpoint server;
    QVERIFY(startWith(server, b));
    QSignalSpy closed(&server, &TcpServerEndpoint::connectionClosed);

    const QByteArray lines = QByteArray("first line\n") + QByteArray("你好\n")
        + QByteArray("tabs\tand \"quotes\"\n");
    QProcess frontend;
    startPeer(frontend, QStringLiteral("frontend.py"), {QString::number(server.port())});
    frontend.write(lines);
    frontend.closeWriteChannel();
    SWB_WAIT_PEER_OK(frontend);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, timeoutMs);

    QFile file(b.appendFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), lines);
}

void TestExercises::threadedHello()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    ServerBehaviour b;
    b.greeting = QStringLiteral("Welcome!");
    b.reply = ReplyKind::Template;
    b.templateText = QStringLiteral("Hello, {data}!");
    b.replyDelayMs = 200; // the notes sleep 1 s
    b.closeWord = QStringLiteral("exit");
    TcpServerEndpoint server;
    QVERIFY(startWith(server, b));
    QSignalSpy log(&server, &TcpServerEndpoint::logLine);
    QSignalSpy closed(&server, &TcpServerEndpoint::connectionClosed);

    QProcess client;
    startPeer(client, QStringLiteral("threaded_hello_client.py"), {QString::number(server.port())});
    SWB_WAIT_PEER_OK(client);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, timeoutMs);
    // The log lines of the notes' tcplink().
    QCOMPARE(log.size(), 2);
    const QString accepted = swb::net::DeferredText::render(log.at(0).at(0).toString());
    const QString closedLine = swb::net::DeferredText::render(log.at(1).at(0).toString());
    QVERIFY2(accepted.startsWith(QStringLiteral("Accept new connection from 127.0.0.1:")),
             qPrintable(accepted));
    QVERIFY2(closedLine.startsWith(QStringLiteral("Connection from 127.0.0.1:")),
             qPrintable(closedLine));
}

void TestExercises::hiServer()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    RecordingSink sink;
    ServerBehaviour b;
    b.reply = ReplyKind::Fixed;
    b.fixedText = QStringLiteral("hi");
    b.closeAfterFirstReply = true;
    TcpServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(startWith(server, b));

    QProcess client;
    startPeer(client, QStringLiteral("hi_client.py"), {QString::number(server.port())});
    SWB_WAIT_PEER_OK(client);
    QCOMPARE(sink.dataOf(EventKind::Recv), QList<QByteArray>{QByteArray("hello!")});
    QCOMPARE(sink.dataOf(EventKind::Send), QList<QByteArray>{QByteArray("hi")});
}

void TestExercises::welcome()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    ServerBehaviour b;
    b.greeting = QString::fromUtf8("欢迎访问菜鸟教程!\\r\\n");
    b.closeAfterGreeting = true;
    TcpServerEndpoint server;
    QVERIFY(startWith(server, b));

    // Twice: the notes' server greets every client in its accept() loop.
    for (int round = 0; round < 2; ++round) {
        QProcess client;
        startPeer(client, QStringLiteral("welcome_client.py"), {QString::number(server.port())});
        SWB_WAIT_PEER_OK(client);
    }
}

void TestExercises::timestampEchoSurvivesVanishingClient()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    RecordingSink sink;
    ServerBehaviour b;
    b.reply = ReplyKind::Timestamp;
    TcpServerSettings settings;
    settings.backlog = 10;      // listen(10)
    settings.reuseAddress = true; // SO_REUSEADDR, as the notes set it
    TcpServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(startWith(server, b, settings));
    QSignalSpy closed(&server, &TcpServerEndpoint::connectionClosed);

    QProcess vanishing;
    startPeer(vanishing, QStringLiteral("timestamp_client.py"),
              {QString::number(server.port()), QStringLiteral("--vanish")});
    SWB_WAIT_PEER_OK(vanishing);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, timeoutMs);
    QCOMPARE(server.connectionCount(), 0);
    QVERIFY(server.isListening());

    QProcess client;
    startPeer(client, QStringLiteral("timestamp_client.py"),
              {QString::number(server.port()), QStringLiteral("hello")});
    SWB_WAIT_PEER_OK(client);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 2, timeoutMs);
}

void TestExercises::netcatPrefixEcho_data()
{
    // Both ways nc ends after its input: -q 1 waits a second then quits, -N
    // shuts down its sending side at once (the server reads EOF with the line).
    QTest::addColumn<QStringList>("options");
    QTest::newRow("-q 1") << QStringList{QStringLiteral("-q"), QStringLiteral("1")};
    QTest::newRow("-N") << QStringList{QStringLiteral("-N")};
}

void TestExercises::netcatPrefixEcho()
{
    QFETCH(QStringList, options);
    if (m_nc.isEmpty())
        QSKIP("nc not found (apt install netcat-openbsd)");
    ServerBehaviour b;
    b.reply = ReplyKind::Prefix;
    TcpServerEndpoint server;
    QVERIFY(startWith(server, b));

    // echo "hello" | nc -q 1 127.0.0.1 PORT
    QProcess nc;
    nc.setProgram(m_nc);
    nc.setArguments(options
                    + QStringList{QStringLiteral("127.0.0.1"), QString::number(server.port())});
    nc.start();
    nc.write("hello\n");
    nc.closeWriteChannel();
    SWB_WAIT_PEER_OK(nc);
    QCOMPARE(nc.readAllStandardOutput(), QByteArray("received: hello\n"));
}

void TestExercises::clientAgainstPythonEchoServer()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    QProcess echoServer;
    QByteArray said;
    connect(&echoServer, &QProcess::readyReadStandardOutput, this,
            [&] { said += echoServer.readAllStandardOutput(); });
    startPeer(echoServer, QStringLiteral("echo_server.py"), {});
    QTRY_VERIFY_WITH_TIMEOUT(said.contains('\n'), peerTimeoutMs);
    static const QRegularExpression portLine(QStringLiteral(R"(^port (\d+)\n)"));
    const QRegularExpressionMatch match = portLine.match(QString::fromUtf8(said));
    QVERIFY2(match.hasMatch(), said.constData());
    const quint16 port = quint16(match.captured(1).toUInt());

    RecordingSink sink;
    TcpClientEndpoint client;
    client.setSink(&sink);
    QByteArray reply;
    connect(&client, &TcpClientEndpoint::dataReceived, this,
            [&reply](const QByteArray &bytes) { reply += bytes; });
    client.connectTo(QStringLiteral("127.0.0.1"), port);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, timeoutMs);
    QVERIFY(client.send("hello from the workbench\n"));
    QTRY_COMPARE_WITH_TIMEOUT(reply, QByteArray("received: hello from the workbench\n"),
                              timeoutMs);
    QCOMPARE(sink.dataOf(EventKind::Send), QList<QByteArray>{"hello from the workbench\n"});

    client.disconnectFromPeer();
    SWB_WAIT_PEER_OK(echoServer);
    QVERIFY2(said.contains("Accept new connection from 127.0.0.1:"), said.constData());
    QVERIFY2(said.contains(" closed."), said.constData());
}

QTEST_GUILESS_MAIN(TestExercises)
#include "tst_exercises.moc"
