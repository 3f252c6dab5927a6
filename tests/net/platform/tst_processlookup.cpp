#include "net/platform/linuxprocesslookup.h"
#include "net/platform/portableprocesslookup.h"
#include "net/platform/processlookup.h"
#include "net/udp/udpsocketcalls.h"
#include "platformrows.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using swb::net::ProcessLookup;

// Where the system lists sockets and processes (Linux /proc), our own listening
// socket is in the table and owned by us; the fallback knows nothing and says
// it is not available, so that callers do not claim "nothing there".
class TestProcessLookup : public QObject
{
    Q_OBJECT
private slots:
    void ownSocketAndProcess_data() { swb::tests::platformRows(); }
    void ownSocketAndProcess();
    void unknownProcessHasNoName_data() { swb::tests::platformRows(); }
    void unknownProcessHasNoName();
    void linuxReadsAProcTree();
    void chosenByTheBuild();
};

namespace {

std::unique_ptr<ProcessLookup> lookupFor(bool portable)
{
    return swb::tests::makeImplementation<ProcessLookup, swb::net::PortableProcessLookup,
                                          swb::net::LinuxProcessLookup>(portable);
}

} // namespace

void TestProcessLookup::ownSocketAndProcess()
{
    QFETCH(bool, portable);
    const auto lookup = lookupFor(portable);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint64 inode = swb::net::UdpSocketCalls::inode(server.socketDescriptor());
    const qint64 pid = QCoreApplication::applicationPid();
    if (!lookup->available()) {
        QVERIFY(!lookup->socketTable(QStringLiteral("tcp")).has_value());
        QVERIFY(lookup->socketOwners({inode}).isEmpty());
        QVERIFY(lookup->processName(pid).isEmpty());
        return;
    }
    const std::optional<QByteArray> table = lookup->socketTable(QStringLiteral("tcp"));
    QVERIFY(table.has_value());
    const QByteArray local = "0100007F:" + QByteArray::number(server.serverPort(), 16).toUpper().rightJustified(4, '0');
    QVERIFY2(table->contains(local), table->constData());
    QCOMPARE(lookup->socketOwners({inode}).value(inode), pid);
    const QString ours = QFileInfo(QCoreApplication::applicationFilePath()).fileName().left(15);
    QCOMPARE(lookup->processName(pid), ours);
}

void TestProcessLookup::unknownProcessHasNoName()
{
    QFETCH(bool, portable);
    const auto lookup = lookupFor(portable);
    QVERIFY(lookup->processName(-1).isEmpty());
    QVERIFY(!lookup->socketTable(QStringLiteral("no-such-table")).has_value());
    QVERIFY(lookup->socketOwners({}).isEmpty());
}

// The Linux reader against a made-up /proc: a process 123 named python3 whose
// descriptor 3 is socket 4242.
void TestProcessLookup::linuxReadsAProcTree()
{
#ifdef SWB_PORTABLE
    QSKIP("a portable build has no Linux reader");
#else
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("net")));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("123/fd")));
    QFile tcp(root.filePath(QStringLiteral("net/tcp")));
    QVERIFY(tcp.open(QIODevice::WriteOnly));
    tcp.write("header\n");
    tcp.close();
    QFile comm(root.filePath(QStringLiteral("123/comm")));
    QVERIFY(comm.open(QIODevice::WriteOnly));
    comm.write("python3\n");
    comm.close();
    QVERIFY(QFile::link(QStringLiteral("socket:[4242]"), root.filePath(QStringLiteral("123/fd/3"))));
    const swb::net::LinuxProcessLookup lookup(root.path());
    QVERIFY(lookup.available());
    QCOMPARE(lookup.socketTable(QStringLiteral("tcp")).value_or(QByteArray()), QByteArray("header\n"));
    QVERIFY(!lookup.socketTable(QStringLiteral("udp")).has_value());
    const QHash<quint64, qint64> owners = lookup.socketOwners({4242, 77});
    QCOMPARE(owners.size(), 1);
    QCOMPARE(owners.value(4242), qint64(123));
    QCOMPARE(lookup.processName(123), QStringLiteral("python3"));
    QTemporaryDir empty;
    QVERIFY(!swb::net::LinuxProcessLookup(empty.path()).available());
#endif
}

void TestProcessLookup::chosenByTheBuild()
{
    const bool isPortable =
        dynamic_cast<const swb::net::PortableProcessLookup *>(&ProcessLookup::system()) != nullptr;
    QCOMPARE(isPortable, swb::tests::portableBuild);
}

QTEST_GUILESS_MAIN(TestProcessLookup)
#include "tst_processlookup.moc"
