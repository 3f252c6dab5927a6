#include "course/coach/errorcoach.h"
#include "course/coach/loopbacktest.h"
#include "course/coach/portcheck.h"
#include "net/socket/socketerrors.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

#include <cerrno>

using swb::course::ErrorCoach;
using swb::course::LoopbackTest;
using swb::course::PortCheck;
using swb::course::PortUser;
using swb::net::SocketErrors;
using Situation = swb::course::ErrorCoach::Situation;

Q_DECLARE_METATYPE(swb::course::ErrorCoach::Context)

// The error coach: every situation is explained with a why and a what-to-try,
// the panels' own messages (English and Chinese) find their situation, and
// the one-click checks work: the port check finds a port this test listens
// on with its address, and the loopback self-test passes.
class TestErrorCoach : public QObject
{
    Q_OBJECT

private slots:
    void everySituationIsExplained();
    void namesRoundTrip();
    void classify_data();
    void classify();
    void parsesKernelTables();
    void portCheckFindsOurListener();
    void portCheckSaysFree();
    void loopbackSelfTest();
};

void TestErrorCoach::everySituationIsExplained()
{
    ErrorCoach::Context context;
    context.host = QStringLiteral("localhost");
    context.port = 8001;
    for (const Situation situation : ErrorCoach::all()) {
        const ErrorCoach::Advice advice = ErrorCoach::advise(situation, context);
        const QString name = ErrorCoach::name(situation);
        QCOMPARE(advice.situation, situation);
        QVERIFY2(advice.title.size() > 5, qPrintable(name));
        QVERIFY2(advice.why.size() > 20, qPrintable(name));
        QVERIFY2(advice.tryThis.size() > 20, qPrintable(name));
        for (const ErrorCoach::Check check : advice.checks)
            QVERIFY(!ErrorCoach::checkLabel(check).isEmpty());
    }
    QCOMPARE(ErrorCoach::all().size(), 13);
}

void TestErrorCoach::namesRoundTrip()
{
    for (const Situation situation : ErrorCoach::all())
        QCOMPARE(ErrorCoach::fromName(ErrorCoach::name(situation)), situation);
    QVERIFY(!ErrorCoach::fromName(QStringLiteral("nope")));
}

void TestErrorCoach::classify_data()
{
    QTest::addColumn<ErrorCoach::Context>("context");
    QTest::addColumn<Situation>("expected");
    const auto client = [](const QString &host, const QString &message) {
        ErrorCoach::Context c;
        c.host = host;
        c.port = 8001;
        c.message = message;
        return c;
    };
    const auto server = [](int errorNumber, quint16 port) {
        ErrorCoach::Context c;
        c.server = true;
        c.boundAddress = QStringLiteral("127.0.0.1");
        c.port = port;
        c.message = SocketErrors::bindFailed(errorNumber, c.boundAddress, port);
        return c;
    };
    QTest::newRow("in use") << server(EADDRINUSE, 8001) << Situation::AddressInUse;
    QTest::newRow("below 1024") << server(EACCES, 80) << Situation::PrivilegedPort;
    QTest::newRow("no such address") << server(EADDRNOTAVAIL, 8001) << Situation::AddressNotAvailable;
    ErrorCoach::Context byErrno;
    byErrno.errorNumber = EADDRINUSE;
    QTest::newRow("errno") << byErrno << Situation::AddressInUse;
    const auto failed = [&client](QAbstractSocket::SocketError error, const QString &host,
                                  const QString &qtText = QString()) {
        return client(host, SocketErrors::socketFailed(error, host, 8001, qtText));
    };
    QTest::newRow("refused") << failed(QAbstractSocket::ConnectionRefusedError, QStringLiteral("127.0.0.1"))
                             << Situation::ConnectionRefused;
    QTest::newRow("localhost") << failed(QAbstractSocket::ConnectionRefusedError, QStringLiteral("localhost"))
                               << Situation::LocalhostIpv6;
    QTest::newRow("LAN address")
        << failed(QAbstractSocket::ConnectionRefusedError, QStringLiteral("192.168.1.20"))
        << Situation::WildcardVsLoopback;
    QTest::newRow("not found") << failed(QAbstractSocket::HostNotFoundError, QStringLiteral("nosuch.example"))
                               << Situation::HostNotFound;
    QTest::newRow("timeout") << failed(QAbstractSocket::SocketTimeoutError, QStringLiteral("10.1.2.3"))
                             << Situation::TimedOut;
    QTest::newRow("reset") << failed(QAbstractSocket::NetworkError, QStringLiteral("127.0.0.1"),
                                     QStringLiteral("Connection reset by peer"))
                           << Situation::ConnectionReset;
    QTest::newRow("unreachable") << failed(QAbstractSocket::NetworkError, QStringLiteral("10.9.9.9"),
                                           QStringLiteral("Network unreachable"))
                                 << Situation::HostUnreachable;
    ErrorCoach::Context udp = client(QStringLiteral("255.255.255.255"),
                                     QStringLiteral("sendto 255.255.255.255:9090: Permission denied"));
    udp.udp = true;
    QTest::newRow("broadcast") << udp << Situation::BroadcastWithoutOption;
    ErrorCoach::Context drop;
    drop.udp = true;
    drop.socketError = QAbstractSocket::SocketTimeoutError;
    QTest::newRow("udp silence") << drop << Situation::SilentDrop;
    // The Chinese interface's messages (translations of SocketErrors).
    QTest::newRow("zh in use")
        << client(QString(), QStringLiteral("127.0.0.1 上的 8001 端口已被占用：另一个程序或另一个面板正在该端口监听。"))
        << Situation::AddressInUse;
    QTest::newRow("zh refused")
        << client(QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1 的 8001 端口拒绝了连接：该端口上没有程序在监听。"))
        << Situation::ConnectionRefused;
    QTest::newRow("zh below 1024")
        << client(QString(), QStringLiteral("端口 80 小于 1024，这类端口只有管理员才能使用。"))
        << Situation::PrivilegedPort;
    QTest::newRow("python") << client(QString(), QStringLiteral("OSError: [Errno 98] Address already in use"))
                            << Situation::AddressInUse;
    QTest::newRow("nonsense") << client(QString(), QStringLiteral("??")) << Situation::Unknown;
}

void TestErrorCoach::classify()
{
    QFETCH(ErrorCoach::Context, context);
    QFETCH(Situation, expected);
    QCOMPARE(ErrorCoach::name(ErrorCoach::classify(context)), ErrorCoach::name(expected));
    const ErrorCoach::Advice advice = ErrorCoach::explain(context);
    QVERIFY(!advice.why.isEmpty());
    QVERIFY(!advice.tryThis.isEmpty());
}

void TestErrorCoach::parsesKernelTables()
{
    const QByteArray tcp =
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
        "   0: 0100007F:1F41 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1\n"
        "   1: 0100007F:1F41 0100007F:C350 06 00000000:00000000 03:00000a5e 00000000     0        0 0 3\n";
    const QList<PortUser> v4 = PortCheck::parse(tcp, QStringLiteral("tcp"));
    QCOMPARE(v4.size(), 2);
    QCOMPARE(v4.at(0).address, QStringLiteral("127.0.0.1"));
    QCOMPARE(v4.at(0).port, quint16(8001));
    QCOMPARE(v4.at(0).state, QStringLiteral("LISTEN"));
    QCOMPARE(v4.at(0).inode, quint64(4242));
    QCOMPARE(v4.at(1).state, QStringLiteral("TIME_WAIT"));
    QCOMPARE(v4.at(1).remote, QStringLiteral("127.0.0.1:50000"));
    const QByteArray tcp6 =
        "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
        "   0: 00000000000000000000000001000000:1F41 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 77 1\n"
        "   1: 00000000000000000000000000000000:1F42 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 78 1\n"
        "   2: 0000000000000000FFFF00000100007F:1F43 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 79 1\n";
    const QList<PortUser> v6 = PortCheck::parse(tcp6, QStringLiteral("tcp6"));
    QCOMPARE(v6.size(), 3);
    QCOMPARE(v6.at(0).address, QStringLiteral("::1"));
    QCOMPARE(v6.at(1).address, QStringLiteral("::"));
    QCOMPARE(v6.at(2).address, QStringLiteral("127.0.0.1"));
    const QString text = PortCheck::describe(v4, 8001);
    QVERIFY2(text.contains(QLatin1String("127.0.0.1")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("TIME_WAIT")), qPrintable(text));
}

void TestErrorCoach::portCheckFindsOurListener()
{
    QTcpServer v4;
    QVERIFY(v4.listen(QHostAddress::LocalHost, 0));
    if (!swb::net::ProcessLookup::system().available()) {
        // Without the kernel's tables the coach says it cannot tell, not "nothing listens".
        const QString text = PortCheck::report(v4.serverPort());
        QVERIFY2(text.contains(QLatin1String("not available on this system")), qPrintable(text));
        return;
    }
    QVERIFY(PortCheck::report(v4.serverPort()).contains(QLatin1String("127.0.0.1")));
    QList<PortUser> users = PortCheck::listeners(PortCheck::find(v4.serverPort()));
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().address, QStringLiteral("127.0.0.1"));
    QCOMPARE(users.first().table, QStringLiteral("tcp"));
    // Our own sockets are readable: the check names this process.
    const QString pid = QString::number(QCoreApplication::applicationPid());
    QVERIFY2(users.first().process.contains(pid), qPrintable(users.first().process));
    QVERIFY(PortCheck::describe(users, v4.serverPort()).contains(QLatin1String("127.0.0.1")));

    QTcpServer any;
    if (any.listen(QHostAddress::AnyIPv6, 0)) {
        users = PortCheck::listeners(PortCheck::find(any.serverPort()));
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().address, QStringLiteral("::"));
    }
    QUdpSocket udp;
    QVERIFY(udp.bind(QHostAddress::AnyIPv4, 0));
    users = PortCheck::listeners(PortCheck::find(udp.localPort(), false, true));
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().address, QStringLiteral("0.0.0.0"));
    QCOMPARE(users.first().table, QStringLiteral("udp"));
}

void TestErrorCoach::portCheckSaysFree()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QVERIFY(PortCheck::listeners(PortCheck::find(port)).isEmpty());
    QVERIFY(PortCheck::describe({}, port).contains(QString::number(port)));
}

void TestErrorCoach::loopbackSelfTest()
{
    LoopbackTest test;
    QSignalSpy finished(&test, &LoopbackTest::finished);
    test.start();
    QVERIFY(test.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3 * LoopbackTest::timeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(finished.first().at(1).toString().contains(QLatin1String("127.0.0.1")));
    QVERIFY(!test.isRunning());
}

QTEST_GUILESS_MAIN(TestErrorCoach)
#include "tst_errorcoach.moc"
