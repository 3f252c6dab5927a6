#include "tests/net/hostilepeers.h"

#include "net/stream/localserverendpoint.h"
#include "net/stream/tcpserverendpoint.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <vector>

using namespace hostile;
using swb::net::LocalServerEndpoint;
using swb::net::ReplyKind;
using swb::net::TcpServerEndpoint;
using swb::net::TcpServerSettings;
using swb::net::TextEncoding;

// The servers' accept side under pressure, on 127.0.0.1, port 0: 5,000
// connections opened, held and dropped at once, and a process that runs out
// of file descriptors (EMFILE) while clients keep coming, for TCP and for an
// AF_UNIX socket file.
class TestHostileAccept : public QObject
{
    Q_OBJECT

private slots:
    void thousandsOfConnectionsDroppedAtOnce();
    void outOfFileDescriptors();
    void localServerOutOfFileDescriptors();
};

void TestHostileAccept::thousandsOfConnectionsDroppedAtOnce()
{
    const int clients = int(envBytes("SWB_HOSTILE_CONNECTIONS", 5000));
    SoftLimit limit;
    // Each connection costs two descriptors here: the client's and the accepted one.
    const rlim_t needed = rlim_t(2 * clients + 200);
    if (limit.saved.rlim_max != RLIM_INFINITY && limit.saved.rlim_max < needed)
        QSKIP(qPrintable(QStringLiteral("the hard RLIMIT_NOFILE (%1) is below the %2 descriptors "
                                        "this case needs")
                             .arg(limit.saved.rlim_max)
                             .arg(needed)));
    QVERIFY(limit.set(std::max(needed, limit.saved.rlim_cur)));

    CountingSink sink;
    TcpServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(server.setBehaviour(withReply(ReplyKind::Prefix), TextEncoding::Utf8).ok());
    TcpServerSettings settings;
    settings.backlog = 4096;
    QVERIFY(server.start(settings));

    std::vector<int> fds;
    fds.reserve(size_t(clients));
    for (int i = 0; i < clients; ++i) {
        const int fd = rawConnect(server.port(), false);
        QVERIFY2(fd >= 0, strerror(errno));
        fds.push_back(fd);
        if (i % 200 == 199)
            QTest::qWait(1); // lets the server accept, as a real burst would
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), clients, 60000);
    QCOMPARE(sink.count(EventKind::Error), 0);

    // All at once: half of them with an RST, half with a FIN.
    for (size_t i = 0; i < fds.size(); ++i) {
        if (i % 2)
            hardClose(fds[i]);
        else
            ::close(fds[i]);
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, 60000);
    QCOMPARE(sink.count(EventKind::Close), clients);
    QVERIFY(server.isListening());
    QVERIFY(echoWorks(server.port()));
}


namespace {

// What both servers go through: 40 clients wait in the listen queue, the
// descriptors run out with room for 10, the server says so once, keeps
// serving, takes the waiting clients as descriptors come back, and says when
// it accepts again. connectClient opens one client (a descriptor, or -1).
void runOutOfDescriptors(swb::net::StreamServerEndpoint &server, CountingSink &sink,
                         const std::function<int()> &connectClient)
{
    constexpr int clients = 40;
    constexpr int room = 10; // descriptors left for accepted connections
    QSignalSpy opened(&server, &swb::net::StreamServerEndpoint::connectionOpened);
    QSignalSpy errors(&server, &swb::net::StreamServerEndpoint::errorOccurred);
    // Every client socket exists before the limit drops (TCP handshakes and
    // AF_UNIX connects complete into the listen queue).
    std::vector<int> fds;
    const auto closeAll = qScopeGuard([&fds] {
        for (int fd : fds) {
            if (fd >= 0)
                ::close(fd);
        }
    });
    for (int i = 0; i < clients; ++i) {
        const int fd = connectClient();
        QVERIFY(fd >= 0);
        fds.push_back(fd);
    }
    // Also for UBSan: its vptr check opens a pipe the first time it meets a
    // type, so the sink is met now, while there are descriptors.
    QCOMPARE(sink.count(EventKind::Error), 0);
    SoftLimit limit;
    QVERIFY(limit.set(rlim_t(openDescriptors() + room)));

    QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 1, timeoutMs);
    const int accepted = server.connectionCount();
    QVERIFY2(accepted > 0 && accepted <= room + 2, qPrintable(QString::number(accepted)));
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("file descriptors"))
                 && message.contains(server.localEndpoint()),
             qPrintable(message));
    QVERIFY(server.isListening());
    QVERIFY(server.isAcceptPaused());

    // Retries while still out of descriptors add no rows.
    QTest::qWait(2 * swb::net::StreamServerEndpoint::acceptRetryMs + 500);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(sink.count(EventKind::Error), 1);
    QCOMPARE(server.connectionCount(), accepted);

    // The clients already in are still served.
    QCOMPARE(::send(fds[0], "ping", 4, MSG_NOSIGNAL), ssize_t(4));
    QByteArray answer;
    QTRY_COMPARE_WITH_TIMEOUT((answer += drain(fds[0])), QByteArray("received: ping"), timeoutMs);

    // Connections that close give descriptors back, and the waiting clients get in.
    for (int i = 0; i < accepted; ++i) {
        ::close(fds[size_t(i)]);
        fds[size_t(i)] = -1;
    }
    QTRY_VERIFY_WITH_TIMEOUT(opened.size() > accepted, timeoutMs);

    // With the limit back, every remaining client is accepted and answered.
    ::setrlimit(RLIMIT_NOFILE, &limit.saved);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), clients, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!server.isAcceptPaused(),
                             3 * swb::net::StreamServerEndpoint::acceptRetryMs + 1000);
    QCOMPARE(sink.count(EventKind::Info), 1); // "accepting again", once
    const int last = fds.back();
    QCOMPARE(::send(last, "pong", 4, MSG_NOSIGNAL), ssize_t(4));
    answer.clear();
    QTRY_COMPARE_WITH_TIMEOUT((answer += drain(last)), QByteArray("received: pong"), timeoutMs);
    QCOMPARE(errors.size(), 1);
}

} // namespace

void TestHostileAccept::outOfFileDescriptors()
{
    CountingSink sink;
    TcpServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(server.setBehaviour(withReply(ReplyKind::Prefix), TextEncoding::Utf8).ok());
    TcpServerSettings settings;
    settings.backlog = 128;
    QVERIFY(server.start(settings));
    runOutOfDescriptors(server, sink, [&server] { return rawConnect(server.port(), false); });
}

// The same on a socket file. QLocalServer would close itself for good at the
// first failed accept(), without a word: the endpoint accepts by itself.
void TestHostileAccept::localServerOutOfFileDescriptors()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("emfile.sock"));
    CountingSink sink;
    LocalServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(server.setBehaviour(withReply(ReplyKind::Prefix), TextEncoding::Utf8).ok());
    QCOMPARE(server.start(path), LocalServerEndpoint::StartResult::Listening);
    runOutOfDescriptors(server, sink, [&path] { return rawLocalConnect(path); });
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QFileInfo::exists(path));
    server.stop();
    QVERIFY(!QFileInfo::exists(path)); // a stopped server leaves no stale file
}

QTEST_GUILESS_MAIN(TestHostileAccept)
#include "tst_hostileaccept.moc"
