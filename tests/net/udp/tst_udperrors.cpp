#include "tests/net/nettesting.h"

#include "net/platform/udperrorqueue.h"
#include "net/traffic/trafficsink.h"
#include "net/udp/udpendpoint.h"
#include "net/udp/udpmulticast.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <QUdpSocket>

using swb::net::EventKind;
using swb::net::UdpEndpoint;
using swb::tests::RecordingSink;

// Everything that goes wrong with a UDP socket, each with a clear message and
// an error row, and the socket still usable: datagrams too large, hosts that do
// not resolve, addresses this machine lacks, busy ports, ICMP "port
// unreachable", broadcast without SO_BROADCAST, multicast that is not.
// Loopback only; multicast where the kernel routes it (skipped, with the
// reason, where not).
class TestUdpErrors : public QObject
{
    Q_OBJECT

private slots:
    void oversizeRefused();
    void unresolvableHost();
    void bindToForeignAddress();
    void busyPortWithoutSharing();
    void portUnreachable_data();
    void portUnreachable();
    void familyMismatch();
    void broadcastNeedsOption();
    void multicastOnLoopback();
    void nonMulticastGroupRefused();
    void ipv6Multicast();
};

namespace {

constexpr int timeoutMs = 5000;

// A port that was free a moment ago and that nothing listens on now.
quint16 closedPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    const quint16 port = probe.localPort();
    probe.close();
    return port;
}

// A TEST-NET-1 address this machine does not have.
QString foreignAddress()
{
    const QList<QHostAddress> mine = QNetworkInterface::allAddresses();
    for (int last = 1; last < 255; ++last) {
        const QHostAddress candidate(QStringLiteral("192.0.2.%1").arg(last));
        if (!mine.contains(candidate))
            return candidate.toString();
    }
    return QStringLiteral("198.51.100.77");
}

} // namespace

void TestUdpErrors::oversizeRefused()
{
    RecordingSink serverSink;
    RecordingSink sink;
    UdpEndpoint server;
    server.setSink(&serverSink);
    QVERIFY(server.bind(QStringLiteral("127.0.0.1"), 0, false));
    UdpEndpoint client;
    client.setSink(&sink);
    client.setTarget(QStringLiteral("127.0.0.1"), server.localPort());
    QSignalSpy errors(&client, &UdpEndpoint::errorOccurred);
    QVERIFY(!client.sendToTarget(QByteArray(65508, 'x')));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("65507")),
             qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(sink.count(EventKind::Error), 1);
    QCOMPARE(sink.count(EventKind::Send), 0);
    // The largest IPv4 datagram there is goes through.
    QVERIFY2(client.sendToTarget(QByteArray(65507, 'y')), qPrintable(sink.errors()));
    QTRY_COMPARE_WITH_TIMEOUT(serverSink.count(EventKind::Recv), 1, timeoutMs);
    QCOMPARE(serverSink.ofKind(EventKind::Recv).first().data.size(), 65507);
}

void TestUdpErrors::unresolvableHost()
{
    RecordingSink sink;
    UdpEndpoint client;
    client.setSink(&sink);
    QSignalSpy errors(&client, &UdpEndpoint::errorOccurred);
    client.setTarget(QStringLiteral("no-such-host.invalid"), 9);
    QVERIFY(client.sendToTarget("hello")); // waits for the lookup
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 15000);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("Host not found")),
             qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(sink.count(EventKind::Send), 0);
}

void TestUdpErrors::bindToForeignAddress()
{
    RecordingSink sink;
    UdpEndpoint server;
    server.setSink(&sink);
    const QString address = foreignAddress();
    QVERIFY(!server.bind(address, 0, false));
    QVERIFY(!server.isOpen());
    QVERIFY2(sink.errors().contains(QStringLiteral("has no address %1").arg(address)),
             qPrintable(sink.errors()));
    QVERIFY(!server.bind(QStringLiteral("not-an-address"), 0, false));
    QVERIFY2(sink.errors().contains(QStringLiteral("is not an IP address")), qPrintable(sink.errors()));
}

void TestUdpErrors::busyPortWithoutSharing()
{
    UdpEndpoint first;
    QVERIFY(first.bind(QStringLiteral("127.0.0.1"), 0, false));
    const quint16 port = first.localPort();
    RecordingSink sink;
    UdpEndpoint second;
    second.setSink(&sink);
    QVERIFY(!second.bind(QStringLiteral("127.0.0.1"), port, false));
    QVERIFY2(sink.errors().contains(QStringLiteral("already in use")), qPrintable(sink.errors()));
    QVERIFY2(sink.errors().contains(QStringLiteral("ss -lunp")), qPrintable(sink.errors()));
    // With "share address" on both sides, both may bind it (SO_REUSEADDR).
    UdpEndpoint a;
    QVERIFY(a.bind(QStringLiteral("127.0.0.1"), 0, true));
    UdpEndpoint b;
    QVERIFY(b.bind(QStringLiteral("127.0.0.1"), a.localPort(), true));
}

void TestUdpErrors::portUnreachable_data()
{
    QTest::addColumn<bool>("connected");
    QTest::newRow("connected") << true;
    QTest::newRow("unconnected") << false;
}

void TestUdpErrors::portUnreachable()
{
    QFETCH(bool, connected);
    // Without the error queue only a connected socket hears of the refusal.
    if (!connected && !swb::net::UdpErrorQueue::system().available())
        QSKIP("the ICMP error queue is not available on this system");
    RecordingSink sink;
    UdpEndpoint client;
    client.setSink(&sink);
    QVERIFY(client.bind(QStringLiteral("127.0.0.1"), 0, false));
    const quint16 port = closedPort();
    client.setTarget(QStringLiteral("127.0.0.1"), port);
    client.setConnectToTarget(connected);
    QCOMPARE(client.isConnectedToTarget(), connected);
    QVERIFY(client.sendToTarget("anyone there?"));
    const QString expected = QStringLiteral("Port unreachable (ICMP): nothing listens on UDP "
                                            "127.0.0.1:%1")
                                 .arg(port);
    QTRY_VERIFY2_WITH_TIMEOUT(sink.errors().contains(expected), qPrintable(sink.errors()), timeoutMs);
    // The socket is still usable afterwards.
    QVERIFY(client.sendToTarget("again"));
}

void TestUdpErrors::familyMismatch()
{
    RecordingSink sink;
    UdpEndpoint client;
    client.setSink(&sink);
    QVERIFY(client.bind(QStringLiteral("127.0.0.1"), 0, false));
    QVERIFY(!client.sendTo(QHostAddress(QStringLiteral("::1")), 9, "x"));
    QVERIFY2(sink.errors().contains(QStringLiteral("cannot send to the IPv6 address")),
             qPrintable(sink.errors()));
}

void TestUdpErrors::broadcastNeedsOption()
{
    RecordingSink receiverSink;
    UdpEndpoint receiver;
    receiver.setSink(&receiverSink);
    // Broadcasts are addressed to the broadcast address, so only an any-address socket hears them.
    QVERIFY(receiver.bind(QStringLiteral("0.0.0.0"), 0, false));
    RecordingSink sink;
    UdpEndpoint sender;
    sender.setSink(&sink);
    sender.setTarget(QStringLiteral("127.255.255.255"), receiver.localPort());
    QVERIFY(!sender.sendToTarget("to everyone"));
    QVERIFY2(sink.errors().contains(QStringLiteral("SO_BROADCAST")), qPrintable(sink.errors()));
    QCOMPARE(sink.count(EventKind::Send), 0);

    sender.setBroadcast(true);
    if (!sender.sendToTarget("to everyone"))
        QSKIP(qPrintable(QStringLiteral("the kernel refuses loopback broadcast here: ")
                         + sink.errors().section(QLatin1Char('\n'), -1)));
    QCOMPARE(sink.count(EventKind::Send), 1);
    QTRY_COMPARE_WITH_TIMEOUT(receiverSink.count(EventKind::Recv), 1, timeoutMs);
    QCOMPARE(receiverSink.ofKind(EventKind::Recv).first().data, QByteArray("to everyone"));
}

void TestUdpErrors::multicastOnLoopback()
{
    RecordingSink sink;
    UdpEndpoint socket;
    socket.setSink(&sink);
    QVERIFY(socket.bind(QStringLiteral("0.0.0.0"), 0, true));
    const QString group = QStringLiteral("239.255.%1.%2")
                              .arg(QCoreApplication::applicationPid() % 250)
                              .arg(socket.localPort() % 250 + 1);
    swb::net::UdpMulticast *multicast = socket.multicast();
    multicast->setLoopback(true);
    multicast->setTtl(0);
    if (!multicast->setInterface(QStringLiteral("lo")) || !multicast->join(group, QStringLiteral("lo")))
        QSKIP(qPrintable(QStringLiteral("cannot join a multicast group on lo here: ") + sink.errors()));
    QCOMPARE(multicast->groups(), QStringList{group});
    socket.setTarget(group, socket.localPort());
    if (!socket.sendToTarget("hello, group"))
        QSKIP(qPrintable(QStringLiteral("no multicast route through lo: ") + sink.errors()));
    QTRY_COMPARE_WITH_TIMEOUT(sink.count(EventKind::Recv), 1, timeoutMs);
    QCOMPARE(sink.ofKind(EventKind::Recv).first().data, QByteArray("hello, group"));
    // TTL and loopback reach the kernel, as the notes' setsockopt() calls would.
    const auto option = [&socket](int name) {
        int value = -1;
        socklen_t length = sizeof value;
        ::getsockopt(int(socket.descriptor()), IPPROTO_IP, name, &value, &length);
        return value;
    };
    QCOMPARE(option(IP_MULTICAST_TTL), 0);
    QCOMPARE(option(IP_MULTICAST_LOOP), 1);
    QVERIFY(multicast->setTtl(5));
    QVERIFY(multicast->setLoopback(false));
    QCOMPARE(option(IP_MULTICAST_TTL), 5);
    QCOMPARE(option(IP_MULTICAST_LOOP), 0);
    // Loopback off cannot be seen as a missing copy here: a datagram sent out
    // through lo comes back in through lo whatever IP_MULTICAST_LOOP says (tried),
    // so the option is checked where the kernel keeps it, above.
    QVERIFY(multicast->leave(group));
    QVERIFY(multicast->groups().isEmpty());
}

void TestUdpErrors::nonMulticastGroupRefused()
{
    RecordingSink sink;
    UdpEndpoint socket;
    socket.setSink(&sink);
    QVERIFY(socket.bind(QStringLiteral("0.0.0.0"), 0, false));
    QSignalSpy errors(&socket, &UdpEndpoint::errorOccurred);
    QVERIFY(!socket.multicast()->join(QStringLiteral("10.1.2.3"), QString()));
    QVERIFY(!socket.multicast()->join(QStringLiteral("not a group"), QString()));
    QVERIFY(!socket.multicast()->join(QStringLiteral("239.1.1.1"), QStringLiteral("nosuchif0")));
    QCOMPARE(errors.size(), 3);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("is not a multicast group")),
             qPrintable(errors.at(0).at(0).toString()));
    QVERIFY2(errors.at(2).at(0).toString().contains(QStringLiteral("no network interface")),
             qPrintable(errors.at(2).at(0).toString()));
    QVERIFY(socket.multicast()->groups().isEmpty());
}

void TestUdpErrors::ipv6Multicast()
{
    // ff01:: is interface-local: it never leaves this machine, whatever the interface.
    QStringList candidates{QStringLiteral("lo")};
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        const auto flags = iface.flags();
        if (flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::CanMulticast)
            && !flags.testFlag(QNetworkInterface::IsLoopBack))
            candidates << iface.name();
    }
    QStringList reasons;
    for (const QString &iface : std::as_const(candidates)) {
        RecordingSink sink;
        UdpEndpoint socket;
        socket.setSink(&sink);
        if (!socket.bind(QStringLiteral("::"), 0, true))
            QSKIP(qPrintable(QStringLiteral("no IPv6 here: ") + sink.errors()));
        const QString group = QStringLiteral("ff01::1:%1").arg(socket.localPort(), 0, 16);
        swb::net::UdpMulticast *multicast = socket.multicast();
        if (!multicast->setInterface(iface) || !multicast->join(group, iface)
            || !socket.sendTo(QHostAddress(group + QLatin1Char('%') + iface), socket.localPort(),
                              "hello6")) {
            reasons << iface + QStringLiteral(": ") + sink.errors();
            continue;
        }
        QTRY_COMPARE_WITH_TIMEOUT(sink.count(EventKind::Recv), 1, timeoutMs);
        QCOMPARE(sink.ofKind(EventKind::Recv).first().data, QByteArray("hello6"));
        QVERIFY(multicast->leave(group));
        QVERIFY(multicast->groups().isEmpty());
        return;
    }
    QSKIP(qPrintable(QStringLiteral("IPv6 multicast is not routed on any interface here: ")
                     + reasons.join(QStringLiteral("; "))));
}


QTEST_GUILESS_MAIN(TestUdpErrors)

#include "tst_udperrors.moc"
