#include "net/platform/linuxudperrorqueue.h"
#include "net/platform/portableudperrorqueue.h"
#include "net/platform/udperrorqueue.h"
#include "net/udp/udpsocketcalls.h"
#include "platformrows.h"

#include <QScopeGuard>
#include <QTest>
#include <QUdpSocket>

#include <cerrno>

#include <sys/socket.h>
#include <unistd.h>

using swb::net::UdpErrorQueue;
using swb::net::UdpSocketCalls;

// A datagram to a closed port: the Linux queue names the destination and the
// error; the fallback has no queue and says so (available() false, no reports).
class TestUdpErrorQueue : public QObject
{
    Q_OBJECT
private slots:
    void closedPortIsReported_data() { swb::tests::platformRows(); }
    void closedPortIsReported();
    void chosenByTheBuild();
};

void TestUdpErrorQueue::closedPortIsReported()
{
    QFETCH(bool, portable);
    const auto queue = swb::tests::makeImplementation<UdpErrorQueue, swb::net::PortableUdpErrorQueue,
                                                      swb::net::LinuxUdpErrorQueue>(portable);
    quint16 closed = 0;
    {
        QUdpSocket gone;
        QVERIFY(gone.bind(QHostAddress::LocalHost, 0));
        closed = gone.localPort();
    }
    // A plain descriptor: Qt's notifier would read the pending error first.
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    QVERIFY(fd >= 0);
    const auto closeLater = qScopeGuard([fd] { ::close(fd); });
    queue->enable(fd, AF_INET);
    QCOMPARE(UdpSocketCalls::sendTo(fd, AF_INET, QHostAddress::LocalHost, closed, "x", 1), 0);
    if (!queue->available()) {
        QTest::qWait(50);
        QVERIFY(queue->read(fd, 8).isEmpty());
        return;
    }
    QList<swb::net::IcmpReport> reports;
    // Collected: QTRY evaluates its condition once more after it holds.
    QTRY_VERIFY_WITH_TIMEOUT((reports += queue->read(fd, 8), !reports.isEmpty()), 5000);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(reports.first().port, closed);
    QCOMPARE(reports.first().errorNumber, ECONNREFUSED);
    QVERIFY(reports.first().fromIcmp);
    QVERIFY(queue->read(fd, 8).isEmpty()); // read once
}

void TestUdpErrorQueue::chosenByTheBuild()
{
    QCOMPARE(UdpErrorQueue::system().available(), !swb::tests::portableBuild);
}

QTEST_GUILESS_MAIN(TestUdpErrorQueue)
#include "tst_udperrorqueue.moc"
