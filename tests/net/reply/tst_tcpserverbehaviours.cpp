#include "tests/net/nettesting.h"

#include "net/reply/serverbehaviour.h"
#include "net/stream/tcpserverendpoint.h"
#include "net/traffic/trafficsink.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <csignal>
#include <sys/resource.h>

using swb::net::EventKind;
using swb::net::ReplyKind;
using swb::net::ServerBehaviour;
using swb::net::TcpServerEndpoint;
using swb::net::TextEncoding;
using swb::tests::RecordingSink;
using swb::tests::TcpPeer;
using swb::tests::startWith;
using swb::tests::withReply;

// Every server behaviour end to end, with in-process QTcpSocket clients: the
// replies of the lessons, greeting, the closing rules, the reply delay and the
// append file. The reply rules themselves are tabled in tst_replyengine.cpp.
class TestTcpServerBehaviours : public QObject
{
    Q_OBJECT

private slots:
    void prefixEcho();
    void fixedReply();
    void timestampEcho();
    void templateWithCounterAndPeer();
    void greetingThenClose();
    void closeAfterFirstReply();
    void closeWord();
    void typedCloseWordClosesAfterSending();
    void replyDelayKeepsOrder();
    void appendToFile();
    void appendFileThatCannotBeOpened();
    void appendFileOnAFullDisk();
    void behaviourChangeAppliesToOpenConnections();
};

namespace {

constexpr int timeoutMs = 5000;

} // namespace

void TestTcpServerBehaviours::prefixEcho()
{
    RecordingSink sink;
    TcpServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(startWith(server, withReply(ReplyKind::Prefix)));
    TcpPeer peer;
    QVERIFY(peer.connectTo(server.port()));
    peer.socket.write("Thu Mar  7 09:05:04 2024");
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("received: Thu Mar  7 09:05:04 2024"),
                              timeoutMs);
    QCOMPARE(sink.ofKind(EventKind::Recv).size(), 1);
    QCOMPARE(sink.ofKind(EventKind::Recv).at(0).data, QByteArray("Thu Mar  7 09:05:04 2024"));
    QCOMPARE(sink.ofKind(EventKind::Send).at(0).data, peer.received);
}

void TestTcpServerBehaviours::fixedReply()
{
    TcpServerEndpoint server;
    QVERIFY(startWith(server, withReply(ReplyKind::Fixed)));
    TcpPeer peer;
    QVERIFY(peer.connectTo(server.port()));
    peer.socket.write("hello");
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("I can see you."), timeoutMs);
    peer.socket.write("again");
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("I can see you.I can see you."),
                              timeoutMs);
}

void TestTcpServerBehaviours::timestampEcho()
{
    TcpServerEndpoint server;
    QVERIFY(startWith(server, withReply(ReplyKind::Timestamp)));
    TcpPeer peer;
    QVERIFY(peer.connectTo(server.port()));
    peer.socket.write("hello\n");
    QTRY_VERIFY_WITH_TIMEOUT(peer.received.endsWith("\n"), timeoutMs);
    static const QRegularExpression shape(
        QStringLiteral(R"(^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\]:hello\n$)"));
    QVERIFY2(shape.match(QString::fromUtf8(peer.received)).hasMatch(), peer.received.constData());
}

void TestTcpServerBehaviours::templateWithCounterAndPeer()
{
    ServerBehaviour b = withReply(ReplyKind::Template);
    b.templateText = QStringLiteral("#{counter} {peer}: {data}");
    TcpServerEndpoint server;
    QVERIFY(startWith(server, b));
    TcpPeer a, c;
    QVERIFY(a.connectTo(server.port()));
    QVERIFY(c.connectTo(server.port()));

    // One message at a time, so TCP cannot merge two into one read.
    a.socket.write("one\n");
    QTRY_COMPARE_WITH_TIMEOUT(a.received,
                              QStringLiteral("#1 %1: one\n").arg(a.localEndpoint()).toUtf8(),
                              timeoutMs);
    // The counter belongs to the server, not to one connection.
    c.socket.write("two\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(c.received,
                              QStringLiteral("#2 %1: two\r\n").arg(c.localEndpoint()).toUtf8(),
                              timeoutMs);
}

void TestTcpServerBehaviours::greetingThenClose()
{
    RecordingSink sink;
    ServerBehaviour b;
    b.greeting = QString::fromUtf8("欢迎访问菜鸟教程!\\r\\n");
    b.closeAfterGreeting = true;
    TcpServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(startWith(server, b));
    QSignalSpy closed(&server, &TcpServerEndpoint::connectionClosed);

    TcpPeer peer;
    QVERIFY(peer.connectTo(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(peer.socket.state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QCOMPARE(peer.received, QByteArray("欢迎访问菜鸟教程!\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, timeoutMs);
    QVERIFY2(sink.ofKind(EventKind::Close).last().text.contains(QStringLiteral("greeting")),
             qPrintable(sink.ofKind(EventKind::Close).last().text));

    // The notes' server loops on accept(): the next client is greeted too.
    TcpPeer next;
    QVERIFY(next.connectTo(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(next.socket.state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QCOMPARE(next.received, QByteArray("欢迎访问菜鸟教程!\r\n"));
}

void TestTcpServerBehaviours::closeAfterFirstReply()
{
    RecordingSink sink;
    ServerBehaviour b = withReply(ReplyKind::Fixed);
    b.fixedText = QStringLiteral("hi");
    b.closeAfterFirstReply = true;
    TcpServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(startWith(server, b));
    TcpPeer peer;
    QVERIFY(peer.connectTo(server.port()));
    peer.socket.write("hello!");
    QTRY_COMPARE_WITH_TIMEOUT(peer.socket.state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QCOMPARE(peer.received, QByteArray("hi"));
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, timeoutMs);
    QVERIFY2(sink.ofKind(EventKind::Close).last().text.contains(QStringLiteral("after replying")),
             qPrintable(sink.ofKind(EventKind::Close).last().text));
}

void TestTcpServerBehaviours::closeWord()
{
    ServerBehaviour b = withReply(ReplyKind::Prefix);
    b.closeWord = QStringLiteral("exit");
    TcpServerEndpoint server;
    QVERIFY(startWith(server, b));
    TcpPeer peer;
    QVERIFY(peer.connectTo(server.port()));
    peer.socket.write("exits\n");
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("received: exits\n"), timeoutMs);
    peer.socket.write("exit\n");
    QTRY_COMPARE_WITH_TIMEOUT(peer.socket.state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QCOMPARE(peer.received, QByteArray("received: exits\n"));
}

void TestTcpServerBehaviours::typedCloseWordClosesAfterSending()
{
    // The notes' tcp-chat: the server side types q, the client gets q, both end.
    ServerBehaviour b;
    b.closeWord = QStringLiteral("q");
    TcpServerEndpoint server;
    QVERIFY(startWith(server, b));
    TcpPeer peer;
    QVERIFY(peer.connectTo(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 1, timeoutMs);
    const quint64 id = server.connections().at(0).id;
    QVERIFY(server.sendTo(id, "how are you?\n"));
    QVERIFY(server.sendTo(id, "q\n"));
    QTRY_COMPARE_WITH_TIMEOUT(peer.socket.state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QCOMPARE(peer.received, QByteArray("how are you?\nq\n"));
    QVERIFY(!server.sendTo(id, "too late"));
}

void TestTcpServerBehaviours::replyDelayKeepsOrder()
{
    ServerBehaviour b = withReply(ReplyKind::Prefix);
    b.replyDelayMs = 300;
    TcpServerEndpoint server;
    QVERIFY(startWith(server, b));
    QSignalSpy received(&server, &TcpServerEndpoint::dataReceived);
    QSignalSpy sent(&server, &TcpServerEndpoint::dataSent);
    TcpPeer peer;
    QVERIFY(peer.connectTo(server.port()));

    peer.socket.write("one\n");
    QVERIFY(received.wait(timeoutMs));
    // Received but not yet answered: the reply waits for its timer.
    QCOMPARE(sent.size(), 0);
    // The second message goes out while the first reply is still pending.
    peer.socket.write("two\n");
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("received: one\nreceived: two\n"),
                              timeoutMs);
}

void TestTcpServerBehaviours::appendToFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerBehaviour b;
    b.appendFile = dir.filePath(QStringLiteral("message"));
    TcpServerEndpoint server;
    QVERIFY(startWith(server, b));
    TcpPeer peer;
    QVERIFY(peer.connectTo(server.port()));

    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte.append(char(i));
    QByteArray big(1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < big.size(); ++i)
        big[i] = char((i * 31 + i / 7) & 0xff);
    const QList<QByteArray> messages{QByteArray("first line\n"), everyByte,
                                     QByteArray("你好\n"), big, QByteArray("last")};
    QByteArray expected;
    for (const QByteArray &m : messages) {
        peer.socket.write(m);
        expected += m;
    }
    // Flushed per message: the file is complete while the server still runs.
    const auto fileContent = [&] {
        QFile file(b.appendFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QTRY_COMPARE_WITH_TIMEOUT(fileContent().size(), expected.size(), 20000);
    QVERIFY(server.isListening());
    QVERIFY(fileContent() == expected);
    QCOMPARE(peer.received, QByteArray()); // reply "none": the backend only writes
}

// A file that cannot be opened is refused when the behaviour is set, with
// the path and the reason; the old behaviour stays.
void TestTcpServerBehaviours::appendFileThatCannotBeOpened()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TcpServerEndpoint server;
    QVERIFY(startWith(server, withReply(ReplyKind::Echo)));
    ServerBehaviour b;
    b.appendFile = dir.filePath(QStringLiteral("no/such/folder/message"));
    const QString problem = server.setBehaviour(b, TextEncoding::Utf8).message();
    QVERIFY2(problem.contains(b.appendFile), qPrintable(problem));
    QCOMPARE(server.behaviour().reply, ReplyKind::Echo);
    QVERIFY(server.behaviour().appendFile.isEmpty());
}

// A write that fails (here as if the disk were full) is an
// error row at once, for every message that is lost, and the server goes on
// serving. The peer's bytes are only ever written to the chosen file: a path
// sent by the peer is data, never a place to write to.
void TestTcpServerBehaviours::appendFileOnAFullDisk()
{
    // A file-size limit of one byte stands in for the full disk: /dev/full
    // itself is refused, being no regular file. Every write past the first
    // byte then fails with EFBIG (SIGXFSZ ignored, or it would end the test).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString full = dir.filePath(QStringLiteral("full.log"));
    struct FileSizeLimit
    {
        rlimit saved{};
        void (*handler)(int) = SIG_DFL;
        FileSizeLimit()
        {
            ::getrlimit(RLIMIT_FSIZE, &saved);
            handler = ::signal(SIGXFSZ, SIG_IGN);
            rlimit tiny = saved;
            tiny.rlim_cur = 1;
            ::setrlimit(RLIMIT_FSIZE, &tiny);
        }
        ~FileSizeLimit()
        {
            ::setrlimit(RLIMIT_FSIZE, &saved);
            ::signal(SIGXFSZ, handler);
        }
    } limit;
    RecordingSink sink;
    TcpServerEndpoint server;
    server.setSink(&sink);
    ServerBehaviour b = withReply(ReplyKind::Prefix);
    b.appendFile = full;
    QVERIFY(startWith(server, b));
    const QString planted = dir.filePath(QStringLiteral("planted"));
    TcpPeer peer;
    QVERIFY(peer.connectTo(server.port()));
    peer.socket.write(planted.toUtf8());
    QTRY_COMPARE_WITH_TIMEOUT(sink.ofKind(EventKind::Error).size(), 1, timeoutMs);
    const QString message = sink.ofKind(EventKind::Error).first().text;
    QVERIFY2(message.contains(full), qPrintable(message));
    // Still serving: the reply came, and the next message is answered too.
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("received: ") + planted.toUtf8(),
                              timeoutMs);
    peer.socket.write("again");
    QTRY_VERIFY_WITH_TIMEOUT(peer.received.endsWith("received: again"), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(sink.ofKind(EventKind::Error).size(), 2, timeoutMs);
    QVERIFY(server.isListening());
    QVERIFY(!QFile::exists(planted));
}

void TestTcpServerBehaviours::behaviourChangeAppliesToOpenConnections()
{
    TcpServerEndpoint server;
    QVERIFY(startWith(server, withReply(ReplyKind::Echo)));
    TcpPeer peer;
    QVERIFY(peer.connectTo(server.port()));
    peer.socket.write("a");
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("a"), timeoutMs);

    QCOMPARE(server.setBehaviour(withReply(ReplyKind::Prefix), TextEncoding::Utf8).message(), QString());
    QCOMPARE(server.behaviour().reply, ReplyKind::Prefix);
    peer.socket.write("b");
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("areceived: b"), timeoutMs);
}

QTEST_GUILESS_MAIN(TestTcpServerBehaviours)
#include "tst_tcpserverbehaviours.moc"
