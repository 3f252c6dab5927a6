#include "tests/net/nettesting.h"

#include "net/reply/serverbehaviour.h"
#include "net/traffic/trafficsink.h"
#include "net/udp/udpdropcounter.h"
#include "net/udp/udpendpoint.h"
#include "net/udp/udppeerinfo.h"
#include "net/udp/udpsocketcalls.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using swb::net::EventKind;
using swb::net::ReplyKind;
using swb::net::ServerBehaviour;
using swb::net::TextEncoding;
using swb::net::TrafficEvent;
using swb::net::UdpEndpoint;
using swb::tests::RecordingSink;

// The UDP endpoint on loopback, the way the notes use a UDP socket: bind and
// receive, sendto a target, reply per datagram, bursts. (What goes wrong is in
// tst_udperrors.cpp.)
class TestUdpEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void bindReceiveAndImplicitBind();
    void replies_data();
    void replies();
    void timeFormat_data();
    void timeFormat();
    void reportLengthLogsEveryDatagram();
    void replyToPeer();
    void dropsAreReadable();
    void receiveBufferIsAsLargeAsAllowed();
    void overflowShowsAsKernelDrops();
    void dropCounterParsesProcTable();
    void chatNames_data();
    void chatNames();
    void burstSendsAll();
    void burstStopsAtOnce();
};

namespace {

constexpr int timeoutMs = 5000;

} // namespace

void TestUdpEndpoint::bindReceiveAndImplicitBind()
{
    RecordingSink serverSink;
    RecordingSink clientSink;
    UdpEndpoint server;
    server.setSink(&serverSink);
    QVERIFY(server.bind(QStringLiteral("127.0.0.1"), 0, false));
    QVERIFY(server.isListening());
    QVERIFY(server.localPort() != 0);
    QVERIFY(server.receiveBufferSize() > 0);
    QCOMPARE(serverSink.count(EventKind::Listen), 1);

    UdpEndpoint client;
    client.setSink(&clientSink);
    QVERIFY(!client.isOpen());
    client.setTarget(QStringLiteral("127.0.0.1"), server.localPort());
    QVERIFY(client.sendToTarget("I can see you."));
    // Python binds on the first sendto(); so do we, on the loopback address
    // for a loopback target (Python would take the any-address, open to every
    // network the machine is on).
    QVERIFY(client.isOpen());
    QVERIFY(!client.isListening());
    QVERIFY2(client.localEndpoint().startsWith(QStringLiteral("127.0.0.1:")),
             qPrintable(client.localEndpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(serverSink.count(EventKind::Recv), 1, timeoutMs);
    const TrafficEvent recv = serverSink.ofKind(EventKind::Recv).first();
    QCOMPARE(recv.data, QByteArray("I can see you."));
    QCOMPARE(recv.remote, QStringLiteral("127.0.0.1:%1").arg(client.localPort()));
    QCOMPARE(recv.protocol, swb::net::Protocol::Udp);
    QCOMPARE(server.peers().size(), 1);
    QCOMPARE(server.peers().first().datagramsIn, 1);
    QCOMPARE(clientSink.count(EventKind::Send), 1);
    QVERIFY(serverSink.errors().isEmpty());
}

void TestUdpEndpoint::replies_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("echo") << int(ReplyKind::Echo) << QByteArray("hello") << QByteArray("hello");
    QTest::newRow("prefix") << int(ReplyKind::Prefix) << QByteArray("hello")
                            << QByteArray("received: hello");
    QTest::newRow("fixed") << int(ReplyKind::Fixed) << QByteArray("hello")
                           << QByteArray("I can see you.");
    QTest::newRow("template") << int(ReplyKind::Template) << QByteArray("Michael")
                              << QByteArray("Hello, Michael!");
}

void TestUdpEndpoint::replies()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, expected);
    RecordingSink clientSink;
    UdpEndpoint server;
    ServerBehaviour b;
    b.reply = ReplyKind(kind);
    QCOMPARE(server.setBehaviour(b, TextEncoding::Utf8).message(), QString());
    QVERIFY(server.bind(QStringLiteral("127.0.0.1"), 0, false));
    UdpEndpoint client;
    client.setSink(&clientSink);
    client.setTarget(QStringLiteral("127.0.0.1"), server.localPort());
    QVERIFY(client.sendToTarget(sent));
    QTRY_COMPARE_WITH_TIMEOUT(clientSink.count(EventKind::Recv), 1, timeoutMs);
    QCOMPARE(clientSink.ofKind(EventKind::Recv).first().data, expected);
}

void TestUdpEndpoint::timeFormat_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("notes' format") << QByteArray("%Y-%m-%d %H:%M:%S")
                                   << QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$");
    // Python on Linux copies an unknown directive and a lone '%' unchanged.
    QTest::newRow("unknown %Q") << QByteArray("%Q") << QStringLiteral("^%Q$");
    QTest::newRow("lone %") << QByteArray("100%") << QStringLiteral("^100%$");
    QTest::newRow("glibc %F") << QByteArray("%F") << QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$");
    QTest::newRow("embedded NUL") << QByteArray("%Y\0", 3)
                                  << QStringLiteral("^Invalid time format: embedded null character$");
}

void TestUdpEndpoint::timeFormat()
{
    QFETCH(QByteArray, format);
    QFETCH(QString, pattern);
    RecordingSink clientSink;
    UdpEndpoint server;
    ServerBehaviour b;
    b.reply = ReplyKind::TimeFormat;
    QCOMPARE(server.setBehaviour(b, TextEncoding::Utf8).message(), QString());
    QVERIFY(server.bind(QStringLiteral("127.0.0.1"), 0, false));
    UdpEndpoint client;
    client.setSink(&clientSink);
    client.setTarget(QStringLiteral("127.0.0.1"), server.localPort());
    QVERIFY(client.sendToTarget(format));
    QTRY_COMPARE_WITH_TIMEOUT(clientSink.count(EventKind::Recv), 1, timeoutMs);
    const QString reply = QString::fromUtf8(clientSink.ofKind(EventKind::Recv).first().data);
    QVERIFY2(QRegularExpression(pattern).match(reply).hasMatch(), qPrintable(reply));
    // The server is still there for the next one.
    QVERIFY(client.sendToTarget("%Y"));
    QTRY_COMPARE_WITH_TIMEOUT(clientSink.count(EventKind::Recv), 2, timeoutMs);
    QCOMPARE(clientSink.ofKind(EventKind::Recv).last().data,
             QByteArray::number(QDate::currentDate().year()));
}

void TestUdpEndpoint::reportLengthLogsEveryDatagram()
{
    UdpEndpoint server;
    ServerBehaviour b;
    b.reportLength = true;
    QCOMPARE(server.setBehaviour(b, TextEncoding::Utf8).message(), QString());
    QVERIFY(server.bind(QStringLiteral("127.0.0.1"), 0, false));
    QSignalSpy log(&server, &UdpEndpoint::logLine);
    UdpEndpoint client;
    client.setTarget(QStringLiteral("127.0.0.1"), server.localPort());
    for (const QByteArray &d : {QByteArray("a"), QByteArray("hello"), QByteArray(1000, 'x')})
        QVERIFY(client.sendToTarget(d));
    QTRY_COMPARE_WITH_TIMEOUT(log.size(), 3, timeoutMs);
    const QString from = QStringLiteral("127.0.0.1:%1").arg(client.localPort());
    QCOMPARE(log.at(0).at(0).toString(), QStringLiteral("1 byte(s) from %1").arg(from));
    QCOMPARE(log.at(1).at(0).toString(), QStringLiteral("5 byte(s) from %1").arg(from));
    QCOMPARE(log.at(2).at(0).toString(), QStringLiteral("1000 byte(s) from %1").arg(from));
}

void TestUdpEndpoint::replyToPeer()
{
    RecordingSink clientSink;
    UdpEndpoint server;
    QVERIFY(server.bind(QStringLiteral("127.0.0.1"), 0, false));
    QSignalSpy added(&server, &UdpEndpoint::peerAdded);
    UdpEndpoint client;
    client.setSink(&clientSink);
    client.setTarget(QStringLiteral("127.0.0.1"), server.localPort());
    QVERIFY(client.sendToTarget("alex : 我要退学"));
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, timeoutMs);
    const auto peer = added.at(0).at(0).value<swb::net::UdpPeerInfo>();
    QCOMPARE(peer.name, QStringLiteral("alex"));
    QVERIFY(server.sendToPeer(peer.id, "q"));
    QTRY_COMPARE_WITH_TIMEOUT(clientSink.count(EventKind::Recv), 1, timeoutMs);
    QCOMPARE(clientSink.ofKind(EventKind::Recv).first().data, QByteArray("q"));
    QCOMPARE(server.peers().first().datagramsOut, 1);
}

void TestUdpEndpoint::dropsAreReadable()
{
    UdpEndpoint server;
    QVERIFY(!server.kernelStats().has_value());
    QVERIFY(server.bind(QStringLiteral("127.0.0.1"), 0, false));
    const auto stats = server.kernelStats();
    if (!QFile::exists(QStringLiteral("/proc/net/udp")))
        QSKIP("this system has no /proc/net/udp");
    QVERIFY2(stats.has_value(), "the bound socket is not in /proc/net/udp");
    QVERIFY(stats->drops >= 0);
    UdpEndpoint v6;
    if (v6.bind(QStringLiteral("::1"), 0, false))
        QVERIFY2(v6.kernelStats().has_value(), "the IPv6 socket is not in /proc/net/udp6");
}

void TestUdpEndpoint::receiveBufferIsAsLargeAsAllowed()
{
    UdpEndpoint server;
    QVERIFY(server.bind(QStringLiteral("127.0.0.1"), 0, false));
    // getsockopt reports twice what was granted; without privilege the grant
    // is rmem_max, with it (SO_RCVBUFFORCE) the 32 MiB asked for.
    const qint64 allowed = 2 * qint64(swb::net::UdpSocketCalls::systemReceiveBufferLimit());
    QVERIFY2(server.receiveBufferSize() >= std::min<qint64>(allowed, 32 << 20),
             qPrintable(QStringLiteral("%1 bytes; rmem_max allows %2")
                            .arg(server.receiveBufferSize())
                            .arg(allowed)));
}

// A student must see that UDP loses data and where: datagrams sent while the
// app is not reading overflow the socket's buffer, the kernel drops them, and
// every one is either counted by the endpoint or in the kernel's drop count.
void TestUdpEndpoint::overflowShowsAsKernelDrops()
{
    if (!QFile::exists(QStringLiteral("/proc/net/udp")))
        QSKIP("this system has no /proc/net/udp");
    RecordingSink sink;
    UdpEndpoint server;
    server.setSink(&sink);
    QVERIFY(server.bind(QStringLiteral("127.0.0.1"), 0, false));
    const qint64 dropsBefore = server.kernelStats()->drops;
    // A 64-byte datagram costs the buffer several hundred bytes of bookkeeping:
    // one per 128 bytes of buffer is sure to overflow it. Bounded either way.
    const int count = int(std::clamp<qint64>(server.receiveBufferSize() / 128, 20000, 600000));
    QUdpSocket sender;
    const QByteArray payload(64, 'x');
    int sent = 0;
    // No event loop runs here, so the endpoint reads nothing meanwhile.
    for (int i = 0; i < count; ++i) {
        if (sender.writeDatagram(payload, QHostAddress::LocalHost, server.localPort()) == 64)
            ++sent;
    }
    QVERIFY(sent > count / 2);
    QTRY_VERIFY_WITH_TIMEOUT(server.kernelStats()->drops > dropsBefore, 5000);
    const auto delivered = [&] { return sink.count(EventKind::Recv); };
    QTRY_COMPARE_WITH_TIMEOUT(delivered() + (server.kernelStats()->drops - dropsBefore),
                              qint64(sent), 30000);
}

void TestUdpEndpoint::dropCounterParsesProcTable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile udp(dir.filePath(QStringLiteral("udp")));
    QVERIFY(udp.open(QIODevice::WriteOnly));
    udp.write("   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
              "timeout inode ref pointer drops            \n"
              "  118: 0100007F:1F41 00000000:0000 07 00000000:00000300 00:00000000 00000000     0   "
              "     0 424242 2 0000000000000000 17         \n");
    udp.close();
    const auto stats = swb::net::UdpDropCounter::forInode(424242, dir.path());
    QVERIFY(stats.has_value());
    QCOMPARE(stats->drops, 17);
    QCOMPARE(stats->receiveQueue, 0x300);
    QVERIFY(!swb::net::UdpDropCounter::forInode(4242, dir.path()).has_value());
}

void TestUdpEndpoint::chatNames_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("notes") << QByteArray("alex : 我要退学") << QByteArray("alex");
    QTest::newRow("chinese") << QByteArray("太白 : 你好") << QByteArray("太白");
    QTest::newRow("no space before") << QByteArray("alex: hi") << QByteArray("alex");
    QTest::newRow("ends at colon") << QByteArray("alex :") << QByteArray("alex");
    QTest::newRow("time format") << QByteArray("%Y-%m-%d %H:%M:%S") << QByteArray();
    QTest::newRow("clock") << QByteArray("12:30 lunch") << QByteArray();
    QTest::newRow("no colon") << QByteArray("hello") << QByteArray();
    QTest::newRow("empty name") << QByteArray(" : hi") << QByteArray();
    QTest::newRow("control") << QByteArray("a\x1b[31mb : hi") << QByteArray();
    QTest::newRow("too long") << QByteArray(60, 'n') + " : hi" << QByteArray();
}

void TestUdpEndpoint::chatNames()
{
    QFETCH(QByteArray, datagram);
    QFETCH(QByteArray, name);
    QCOMPARE(swb::net::UdpPeerInfo::chatNameBytes(datagram), name);
}

void TestUdpEndpoint::burstSendsAll()
{
    constexpr quint64 count = 20000;
    RecordingSink serverSink;
    UdpEndpoint server;
    server.setSink(&serverSink);
    QVERIFY(server.bind(QStringLiteral("127.0.0.1"), 0, false));
    UdpEndpoint client;
    client.setTarget(QStringLiteral("127.0.0.1"), server.localPort());
    QSignalSpy progress(client.burst(), &swb::net::UdpBurst::progress);
    QSignalSpy finished(client.burst(), &swb::net::UdpBurst::finished);
    QVERIFY(client.startBurst(count, [](quint64 n) { return QByteArray::number(n); }));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toULongLong(), count);
    QCOMPARE(finished.at(0).at(2).toBool(), false);
    QCOMPARE(client.burst()->sent(), count);
    QVERIFY(progress.size() >= 2); // it came in chunks, with the window alive in between
    // Loopback with a large buffer delivers everything; if the kernel dropped
    // some, it says so, and the sum still adds up.
    QTRY_VERIFY_WITH_TIMEOUT(quint64(serverSink.count(EventKind::Recv))
                                     + quint64(server.kernelStats().value_or(
                                                   swb::net::UdpSocketStats{}).drops)
                                 >= count,
                             timeoutMs);
    QCOMPARE(serverSink.ofKind(EventKind::Recv).first().data, QByteArray("1"));
}

void TestUdpEndpoint::burstStopsAtOnce()
{
    UdpEndpoint server;
    QVERIFY(server.bind(QStringLiteral("127.0.0.1"), 0, false));
    RecordingSink sink;
    UdpEndpoint client;
    client.setSink(&sink);
    client.setTarget(QStringLiteral("127.0.0.1"), server.localPort());
    swb::net::UdpBurst *burst = client.burst();
    QSignalSpy finished(burst, &swb::net::UdpBurst::finished);
    QVERIFY(client.startBurst(100000000, [](quint64) { return QByteArray("x"); }));
    QTRY_VERIFY_WITH_TIMEOUT(burst->sent() > 0, timeoutMs);
    client.stopBurst();
    QVERIFY(!burst->isRunning());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(2).toBool(), true);
    const quint64 sent = burst->sent();
    QVERIFY(sent < 100000000);
    QTest::qWait(100);
    QCOMPARE(burst->sent(), sent);
    QCOMPARE(quint64(sink.count(EventKind::Send)), sent);
}

QTEST_GUILESS_MAIN(TestUdpEndpoint)

#include "tst_udpendpoint.moc"
