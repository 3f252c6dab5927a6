#include "net/platform/linuxudpkernelcounters.h"
#include "net/platform/portableudpkernelcounters.h"
#include "net/platform/udpkernelcounters.h"
#include "net/udp/udpsocketcalls.h"
#include "platformrows.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using swb::net::UdpKernelCounters;

// Where the system counts per socket (Linux), a bound socket is found and its
// queued bytes show; the fallback finds nothing and says it is not available.
class TestUdpKernelCounters : public QObject
{
    Q_OBJECT
private slots:
    void boundSocketIsCounted_data() { swb::tests::platformRows(); }
    void boundSocketIsCounted();
    void unknownSocketIsNotFound_data() { swb::tests::platformRows(); }
    void unknownSocketIsNotFound();
    void chosenByTheBuild();
};

namespace {

std::unique_ptr<UdpKernelCounters> countersFor(bool portable)
{
    return swb::tests::makeImplementation<UdpKernelCounters, swb::net::PortableUdpKernelCounters,
                                          swb::net::LinuxUdpKernelCounters>(portable);
}

} // namespace

void TestUdpKernelCounters::boundSocketIsCounted()
{
    QFETCH(bool, portable);
    const auto counters = countersFor(portable);
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    const quint64 inode = swb::net::UdpSocketCalls::inode(socket.socketDescriptor());
    QVERIFY(inode != 0);
    if (!counters->available()) {
        QVERIFY(!counters->forSocket(inode).has_value());
        return;
    }
    QVERIFY2(counters->forSocket(inode).has_value(), "the bound socket is not listed");
    QCOMPARE(counters->forSocket(inode)->drops, 0);
    QUdpSocket sender;
    QCOMPARE(sender.writeDatagram("queued", QHostAddress::LocalHost, socket.localPort()), 6);
    QTRY_VERIFY(counters->forSocket(inode)->receiveQueue > 0);
}

void TestUdpKernelCounters::unknownSocketIsNotFound()
{
    QFETCH(bool, portable);
    const auto counters = countersFor(portable);
    QVERIFY(!counters->forSocket(0).has_value());
    QVERIFY(!counters->forSocket(~quint64(0)).has_value());
}

void TestUdpKernelCounters::chosenByTheBuild()
{
    const bool linuxTables = !swb::tests::portableBuild && QFile::exists(QStringLiteral("/proc/net/udp"));
    QCOMPARE(UdpKernelCounters::system().available(), linuxTables);
#ifndef SWB_PORTABLE
    // A system without the tables (a container hiding /proc) is treated as the fallback is.
    QTemporaryDir empty;
    QVERIFY(!swb::net::LinuxUdpKernelCounters(empty.path()).available());
#endif
}

QTEST_GUILESS_MAIN(TestUdpKernelCounters)
#include "tst_udpkernelcounters.moc"
