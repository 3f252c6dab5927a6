#include "net/platform/udpkernelcounters.h"
#include "net/reply/serverbehaviour.h"
#include "net/traffic/trafficsink.h"
#include "net/udp/udpendpoint.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using swb::net::EventKind;
using swb::net::ReplyKind;
using swb::net::ServerBehaviour;
using swb::net::TextEncoding;
using swb::net::TrafficEvent;
using swb::net::UdpKernelCounters;
using swb::net::UdpEndpoint;

// A UDP endpoint flooded with the largest datagrams IPv4 allows (65,507
// bytes), as fast as the sender can go, on 127.0.0.1: every datagram is either
// counted as delivered or counted by the kernel as dropped, and the endpoint
// keeps working.
class TestHostileUdp : public QObject
{
    Q_OBJECT

private slots:
    void floodOfMaximumDatagrams();
};

namespace {

// Counts without keeping 65 KB payloads: the point is the endpoint, not the capture.
struct CountingSink final : swb::net::TrafficSink
{
    qint64 recvEvents = 0;
    qint64 recvBytes = 0;
    qint64 errors = 0;
    void record(TrafficEvent event) override
    {
        if (event.kind == EventKind::Recv) {
            ++recvEvents;
            recvBytes += event.data.size();
        } else if (event.kind == EventKind::Error) {
            ++errors;
        }
    }
};

} // namespace

void TestHostileUdp::floodOfMaximumDatagrams()
{
    bool ok = false;
    int count = qEnvironmentVariable("SWB_HOSTILE_DATAGRAMS").toInt(&ok);
    if (!ok || count <= 0)
        count = 2000; // 131 MB in all
    constexpr int size = 65507;

    CountingSink sink;
    UdpEndpoint endpoint;
    endpoint.setSink(&sink);
    QVERIFY(endpoint.bind(QStringLiteral("127.0.0.1"), 0, false));
    qint64 delivered = 0;
    connect(&endpoint, &UdpEndpoint::datagramReceived, this,
            [&delivered](quint64, const QString &, const QByteArray &bytes) {
                if (bytes.size() == size)
                    ++delivered;
            });
    // Without the kernel's counters (a portable build) drops cannot be told
    // apart from datagrams still coming: then what arrived must be whole and
    // counted once, and the endpoint must survive.
    const bool counted = UdpKernelCounters::system().available();
    const auto before = endpoint.kernelStats();
    QVERIFY2(before.has_value() || !counted, "no /proc/net/udp line for the endpoint's socket");

    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    QVERIFY(fd >= 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(endpoint.localPort());
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const QByteArray datagram(size, 'u');
    int sent = 0;
    for (int i = 0; i < count; ++i) {
        if (::sendto(fd, datagram.constData(), size_t(size), 0, reinterpret_cast<sockaddr *>(&to),
                     sizeof to)
            == size)
            ++sent;
        if (i % 500 == 499)
            QTest::qWait(1); // the receiver gets a few turns, the flood goes on
    }
    ::close(fd);
    QCOMPARE(sent, count);

    // Delivered plus dropped accounts for every datagram sent.
    qint64 dropped = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 seen = -1;
    while (timer.elapsed() < 20000) {
        QTest::qWait(counted ? 20 : 500);
        if (!counted) {
            if (delivered == seen)
                break; // half a second without a datagram: the flood is read
            seen = delivered;
            continue;
        }
        const auto now = endpoint.kernelStats();
        QVERIFY(now.has_value());
        dropped = now->drops - before->drops;
        if (delivered + dropped == sent && now->receiveQueue == 0)
            break;
    }
    qInfo("%d datagrams of %d bytes: %lld delivered, %lld dropped by the kernel (receive buffer "
          "%d bytes)",
          sent, size, delivered, dropped, endpoint.receiveBufferSize());
    if (counted)
        QCOMPARE(delivered + dropped, qint64(sent));
    else
        QVERIFY(delivered <= sent);
    QVERIFY(delivered > 0);
    QCOMPARE(sink.recvEvents, delivered);
    QCOMPARE(sink.recvBytes, delivered * size);
    QCOMPARE(sink.errors, 0);

    // Still answering afterwards.
    ServerBehaviour echo;
    echo.reply = ReplyKind::Echo;
    QVERIFY(endpoint.setBehaviour(echo, TextEncoding::Utf8).ok());
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    QCOMPARE(client.writeDatagram("ping", QHostAddress::LocalHost, endpoint.localPort()), 4);
    QTRY_VERIFY_WITH_TIMEOUT(client.hasPendingDatagrams(), 5000);
    QCOMPARE(client.receiveDatagram().data(), QByteArray("ping"));
}

QTEST_GUILESS_MAIN(TestHostileUdp)
#include "tst_hostileudp.moc"
