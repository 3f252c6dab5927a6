#include "tests/net/hostilepeers.h"

#include "net/http/httpmessageparser.h"
#include "net/reply/serverbehaviour.h"
#include "net/socket/backpressure.h"
#include "net/stream/localserverendpoint.h"
#include "net/stream/tcpserverendpoint.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using swb::net::HttpMessageParser;
using swb::net::LocalServerEndpoint;
using swb::net::ReplyKind;
using swb::net::StreamServerEndpoint;
using swb::net::TcpServerEndpoint;
using swb::net::TcpServerSettings;
using swb::net::TextEncoding;
namespace backpressure = swb::net::backpressure;

// Clients that send and never read the replies (issue 19): the echo-prefix
// server over TCP, the echo server over AF_UNIX and the HTTP demo site with
// pipelined GETs. The server must push back (stop reading, so the client's
// send() blocks) instead of queueing every reply, serve on once the client
// reads, and give the memory back when it leaves. Bounded by what the kernel
// buffers, not by time.
class TestHostileReaders : public QObject
{
    Q_OBJECT

private slots:
    void tcpEchoPrefixPushesBack();
    void localEchoPushesBack();
    void pipelinedGetsPushBack();
};

using namespace hostile;

namespace {

// What a connection may hold in the program: the threshold, plus the reply to
// one read of at most readBufferBytes (prefix included).
constexpr qint64 unsentBound = backpressure::maxUnsentBytes + 2 * backpressure::readBufferBytes;
// The same flood without backpressure grows the program by hundreds of MiB.
constexpr qint64 allowedGrowthKiB = 64 * 1024;

void makeNonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

// Sends block after block without reading, until total is sent or the server
// has stopped reading and the kernel takes no more. Returns what was sent.
qint64 floodWithoutReading(int fd, const StreamServerEndpoint &server, const QByteArray &block,
                           qint64 total)
{
    qint64 sent = 0;
    QElapsedTimer guard;
    guard.start();
    while (sent < total && guard.elapsed() < 3 * timeoutMs) {
        const ssize_t n = ::send(fd, block.constData(),
                                 size_t(std::min<qint64>(block.size(), total - sent)),
                                 MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
            QCoreApplication::processEvents();
            continue;
        }
        if (server.pausedConnections() > 0)
            break;
        QTest::qWait(1);
    }
    return sent;
}

// Reads everything until the server has read all that was sent (and tail,
// sent meanwhile) and has nothing left to send; returns the bytes read.
qint64 drainUntilServed(int fd, const StreamServerEndpoint &server, qint64 sent,
                        QByteArray *head = nullptr, QByteArray tail = QByteArray())
{
    qint64 received = 0;
    QElapsedTimer guard;
    guard.start();
    for (;;) {
        if (!tail.isEmpty()) {
            const ssize_t n = ::send(fd, tail.constData(), size_t(tail.size()),
                                     MSG_DONTWAIT | MSG_NOSIGNAL);
            if (n > 0) {
                tail.remove(0, n);
                sent += n;
            }
        }
        const QByteArray got = drain(fd);
        if (head && head->size() < 4096)
            *head += got.left(4096);
        received += got.size();
        const auto info = server.connections().value(0);
        if (info.bytesIn == sent && server.unsentBytes() == 0 && received == info.bytesOut)
            return received;
        if (guard.elapsed() > 6 * timeoutMs)
            return -1;
        QTest::qWait(1);
    }
}

bool noted(const QSignalSpy &spy, const QString &part)
{
    for (const auto &args : spy) {
        if (swb::net::DeferredText::render(args.value(0).toString()).contains(part))
            return true;
    }
    return false;
}

void checkPushBack(int fd, StreamServerEndpoint &server)
{
    QSignalSpy log(&server, &StreamServerEndpoint::logLine);
    QSignalSpy closed(&server, &StreamServerEndpoint::connectionClosed);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 1, timeoutMs);
    makeNonBlocking(fd);
    const qint64 rssBefore = statusKiB("VmRSS");

    // 200 MB in the issue; far less already shows the push-back.
    constexpr qint64 wanted = qint64(128) << 20;
    const qint64 sent = floodWithoutReading(fd, server, QByteArray(64 * 1024, 'n'), wanted);
    const qint64 growthKiB = statusKiB("VmRSS") - rssBefore;
    qInfo("sent %lld MiB before the server pushed back; %lld bytes unsent; RSS grew %lld MiB",
          sent >> 20, server.unsentBytes(), growthKiB >> 10);
    QVERIFY2(sent < wanted, "the server never stopped reading");
    QCOMPARE(server.pausedConnections(), 1);
    QVERIFY(server.unsentBytes() <= unsentBound);
    QVERIFY2(growthKiB < allowedGrowthKiB,
             qPrintable(QStringLiteral("RSS grew by %1 MiB").arg(growthKiB >> 10)));
    QVERIFY(noted(log, QStringLiteral("stops reading from it until it has read them")));

    // The client reads at last: every byte it sent is answered.
    const qint64 received = drainUntilServed(fd, server, sent);
    QVERIFY(received >= sent);
    QCOMPARE(server.pausedConnections(), 0);

    ::close(fd);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, timeoutMs);
    QCOMPARE(server.connectionCount(), 0);
    QCOMPARE(server.unsentBytes(), 0);
}

} // namespace

void TestHostileReaders::tcpEchoPrefixPushesBack()
{
    TcpServerEndpoint server;
    QVERIFY(server.setBehaviour(withReply(ReplyKind::Prefix), TextEncoding::Utf8).ok());
    QVERIFY(server.start(TcpServerSettings()));
    const int fd = rawConnect(server.port(), true);
    QVERIFY(fd >= 0);
    checkPushBack(fd, server);
    QVERIFY(echoWorks(server.port()));
}

void TestHostileReaders::localEchoPushesBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LocalServerEndpoint server;
    QVERIFY(server.setBehaviour(withReply(ReplyKind::Echo), TextEncoding::Utf8).ok());
    QCOMPARE(server.start(dir.filePath(QStringLiteral("s.sock"))),
             LocalServerEndpoint::StartResult::Listening);
    const int fd = rawLocalConnect(server.path());
    QVERIFY(fd >= 0);
    checkPushBack(fd, server);
}

void TestHostileReaders::pipelinedGetsPushBack()
{
    TcpServerEndpoint server;
    QVERIFY(server.setBehaviour(withReply(ReplyKind::HttpDemo), TextEncoding::Utf8).ok());
    QVERIFY(server.start(TcpServerSettings()));
    QSignalSpy closed(&server, &StreamServerEndpoint::connectionClosed);
    const int fd = rawConnect(server.port(), false);
    QVERIFY(fd >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 1, timeoutMs);
    const qint64 rssBefore = statusKiB("VmRSS");

    // 8 MiB of small GETs, each answered by the index page: hundreds of MiB of
    // responses if all were queued at once.
    const QByteArray get = "GET / HTTP/1.1\r\nHost: t\r\n\r\n";
    const QByteArray block = get.repeated(2048);
    const qint64 wanted = (qint64(8) << 20) / block.size() * block.size();
    const qint64 sent = floodWithoutReading(fd, server, block, wanted);
    QTRY_COMPARE_WITH_TIMEOUT(server.pausedConnections(), 1, timeoutMs);
    const qint64 growthKiB = statusKiB("VmRSS") - rssBefore;
    qInfo("sent %lld KiB of GETs; %lld bytes unsent; RSS grew %lld MiB", sent >> 10,
          server.unsentBytes(), growthKiB >> 10);
    QVERIFY(server.unsentBytes() <= unsentBound);
    QVERIFY2(growthKiB < allowedGrowthKiB,
             qPrintable(QStringLiteral("RSS grew by %1 MiB").arg(growthKiB >> 10)));

    // Reading resumes the answers: every request is answered (the flood may
    // have stopped inside one; its rest is sent first).
    QByteArray head;
    const qint64 partial = sent % get.size();
    const QByteArray rest = partial ? get.mid(partial) : QByteArray();
    const qint64 received = drainUntilServed(fd, server, sent, &head, rest);
    qInfo("received %lld KiB of responses", received >> 10);
    QVERIFY(received > 4 * sent);
    HttpMessageParser parser(HttpMessageParser::Kind::Response);
    parser.feed(head);
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.statusCode(), 200);

    hardClose(fd);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, timeoutMs);
    QCOMPARE(server.unsentBytes(), 0);
}

QTEST_GUILESS_MAIN(TestHostileReaders)
#include "tst_hostilereaders.moc"
