#include "net/platform/linuxreceivebufferforcing.h"
#include "net/platform/portablereceivebufferforcing.h"
#include "net/platform/receivebufferforcing.h"
#include "net/udp/udpsocketcalls.h"
#include "platformrows.h"

#include <QTest>
#include <QUdpSocket>

#include <algorithm>

using swb::net::ReceiveBufferForcing;
using swb::net::UdpSocketCalls;

// Both ways leave a receive buffer at least as large as before and report what
// the socket really has; the Linux way reaches what rmem_max allows.
class TestReceiveBufferForcing : public QObject
{
    Q_OBJECT
private slots:
    void bufferGrows_data() { swb::tests::platformRows(); }
    void bufferGrows();
    void chosenByTheBuild();
};

void TestReceiveBufferForcing::bufferGrows()
{
    QFETCH(bool, portable);
    const auto forcing =
        swb::tests::makeImplementation<ReceiveBufferForcing, swb::net::PortableReceiveBufferForcing,
                                       swb::net::LinuxReceiveBufferForcing>(portable);
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    const qintptr fd = socket.socketDescriptor();
    const int before = UdpSocketCalls::receiveBufferSize(fd);
    QVERIFY(before > 0);
    constexpr int wanted = 8 << 20;
    const int after = forcing->enlarge(fd, wanted);
    QCOMPARE(after, UdpSocketCalls::receiveBufferSize(fd));
    QVERIFY2(after >= before, qPrintable(QStringLiteral("%1 < %2").arg(after).arg(before)));
    if (forcing->systemLimit() > 0) {
        // getsockopt reports twice what was granted.
        const qint64 allowed = std::min<qint64>(2 * qint64(forcing->systemLimit()), wanted);
        QVERIFY2(after >= allowed, qPrintable(QStringLiteral("%1 < %2").arg(after).arg(allowed)));
    }
}

void TestReceiveBufferForcing::chosenByTheBuild()
{
    const bool isPortable = dynamic_cast<const swb::net::PortableReceiveBufferForcing *>(
                                &ReceiveBufferForcing::system())
        != nullptr;
    QCOMPARE(isPortable, swb::tests::portableBuild);
}

QTEST_GUILESS_MAIN(TestReceiveBufferForcing)
#include "tst_receivebufferforcing.moc"
