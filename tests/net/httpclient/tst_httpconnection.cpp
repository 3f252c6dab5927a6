#include "tests/net/httptestpeers.h"
#include "tests/net/nginxfixture.h"

#include "net/http/contentdecoder.h"
#include "net/http/httpdemopages.h"
#include "net/httpclient/httpconnection.h"
#include "net/reply/serverbehaviour.h"
#include "net/stream/tcpserverendpoint.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using swb::net::HttpMessageParser;
using swb::net::HttpBodyFraming;
using swb::net::HttpConnection;
using swb::tests::freePort;

// The raw exchange engine of the HTTP panel against real servers started by
// the test: the built-in demo site, Python's http.server, and nginx (gzip,
// chunked, keep-alive, HTTPS with a self-signed certificate); and against
// misbehaving peers made here (silent, non-HTTP, too long, cut short).
class TestHttpConnection : public QObject
{
    Q_OBJECT

private slots:
    void demoSiteWithKeepAlive();
    void slowDripDoesNotTimeOut();
    void silentServerTimesOut();
    void nonHttpServer();
    void connectionRefused();
    void bodyLongerThanContentLength();
    void bodyLongerThanContentLengthKeptAlive_data();
    void bodyLongerThanContentLengthKeptAlive();
    void truncatedBody();
    void bodyUntilClose();
    void pythonHttpServer();
    void nginxGzipChunkedKeepAlive();
    void nginxHttpsCertificate();
};

namespace {

constexpr int timeoutMs = 20000;

bool waitDone(HttpConnection &client, int ms = timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        if (client.state() == HttpConnection::State::Complete || client.state() == HttpConnection::State::Failed)
            return true;
        QTest::qWait(10);
    }
    return false;
}

QByteArray get(const QByteArray &path, const QByteArray &extra = QByteArray())
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

} // namespace

void TestHttpConnection::demoSiteWithKeepAlive()
{
    swb::tests::RecordingSink serverSink;
    swb::net::TcpServerEndpoint server;
    server.setSink(&serverSink);
    swb::net::ServerBehaviour behaviour;
    behaviour.reply = swb::net::ReplyKind::HttpDemo;
    QCOMPARE(server.setBehaviour(behaviour, swb::net::TextEncoding::Utf8).message(), QString());
    QVERIFY(server.start(swb::net::TcpServerSettings()));

    swb::tests::RecordingSink sink;
    HttpConnection client;
    client.setSink(&sink);
    QSignalSpy complete(&client, &HttpConnection::responseComplete);
    QSignalSpy timing(&client, &HttpConnection::timingMeasured);
    QSignalSpy bytes(&client, &HttpConnection::bytesReceived);
    client.start(QStringLiteral("localhost"), server.port(), false, get("/fixed"));
    QVERIFY(waitDone(client));
    QCOMPARE(client.state(), HttpConnection::State::Complete);
    QCOMPARE(complete.size(), 1);
    QCOMPARE(client.parser().statusCode(), 200);
    QCOMPARE(client.parser().contentLength(), client.parser().bodyBytes());
    QCOMPARE(client.responseBytes().size(), client.parser().totalBytes());
    QVERIFY(client.peerAddress().startsWith(QLatin1String("127.0.0.1:"))); // localhost, IPv4 preferred
    const swb::net::HttpTiming t = client.timing();
    QVERIFY(t.dnsMs >= 0 && t.connectMs >= 0 && t.ttfbMs >= 0 && t.downloadMs >= 0);
    QCOMPARE(t.tlsMs, -1.0);
    QVERIFY(t.totalMs >= t.ttfbMs);
    QVERIFY(!t.reusedConnection);
    QCOMPARE(timing.size(), 1);
    QVERIFY(bytes.size() >= 1);
    QCOMPARE(sink.count(swb::net::EventKind::Send), 1);
    QVERIFY(sink.events.first().protocol == swb::net::Protocol::Http);

    // The second request rides on the same connection.
    QVERIFY(client.canReuseConnection());
    QVERIFY(client.sendOnSameConnection(get("/chunked")));
    QVERIFY(waitDone(client));
    QCOMPARE(client.state(), HttpConnection::State::Complete);
    QCOMPARE(client.parser().bodyFraming(), HttpBodyFraming::Chunked);
    QCOMPARE(client.parser().chunkCount(), qint64(6));
    QVERIFY(client.timing().reusedConnection);
    QCOMPARE(client.timing().dnsMs, -1.0);
    QCOMPARE(client.requestsOnConnection(), 2);
    QCOMPARE(serverSink.count(swb::net::EventKind::Accept), 1);

    // HEAD: no body although Content-Length says 50 MB.
    QVERIFY(client.sendOnSameConnection("HEAD /large HTTP/1.1\r\nHost: x\r\n\r\n"));
    QVERIFY(waitDone(client));
    QCOMPARE(client.parser().contentLength(), qint64(50) << 20);
    QCOMPARE(client.parser().bodyBytes(), qint64(0));
    QCOMPARE(serverSink.count(swb::net::EventKind::Accept), 1);
}

void TestHttpConnection::slowDripDoesNotTimeOut()
{
    swb::net::TcpServerEndpoint server;
    swb::net::ServerBehaviour behaviour;
    behaviour.reply = swb::net::ReplyKind::HttpDemo;
    (void)server.setBehaviour(behaviour, swb::net::TextEncoding::Utf8);
    QVERIFY(server.start(swb::net::TcpServerSettings()));
    HttpConnection client;
    client.setTimeoutMs(1000); // longer than the gaps, shorter than the drip
    client.start(QStringLiteral("127.0.0.1"), server.port(), false,
                 "GET /drip HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QVERIFY(waitDone(client));
    QVERIFY2(client.state() == HttpConnection::State::Complete, qPrintable(client.errorMessage()));
    QCOMPARE(client.parser().bodyBytes(), qint64(600));
    QVERIFY(client.timing().downloadMs > 2000);
    QTRY_VERIFY_WITH_TIMEOUT(!client.isConnected(), timeoutMs);
}

void TestHttpConnection::silentServerTimesOut()
{
    swb::tests::ScriptedServer silent(QByteArray(), false);
    HttpConnection client;
    client.setTimeoutMs(300);
    QSignalSpy errors(&client, &HttpConnection::errorOccurred);
    // No blank line at the end: the classic reason for a server that never answers.
    client.start(QStringLiteral("127.0.0.1"), silent.port(), false, "GET / HTTP/1.1\r\nHost: x\r\n");
    QVERIFY(waitDone(client, 5000));
    QCOMPARE(client.state(), HttpConnection::State::Failed);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(client.errorMessage().contains(QLatin1String("No progress")), qPrintable(client.errorMessage()));
    QVERIFY(client.errorMessage().contains(QLatin1String("\\r\\n\\r\\n")));
}

void TestHttpConnection::nonHttpServer()
{
    swb::tests::ScriptedServer ssh("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n", false);
    HttpConnection client;
    client.start(QStringLiteral("127.0.0.1"), ssh.port(), false, get("/"));
    QVERIFY(waitDone(client));
    QCOMPARE(client.state(), HttpConnection::State::Failed);
    QVERIFY2(client.errorMessage().contains(QLatin1String("this does not look like HTTP")), qPrintable(client.errorMessage()));
    QVERIFY(client.errorMessage().contains(QLatin1String("byte offset 0")));
    QVERIFY(client.errorMessage().contains(QLatin1String("SSH-2.0")));
}

void TestHttpConnection::connectionRefused()
{
    HttpConnection client;
    client.start(QStringLiteral("127.0.0.1"), freePort(), false, get("/"));
    QVERIFY(waitDone(client));
    QCOMPARE(client.state(), HttpConnection::State::Failed);
    QVERIFY(!client.errorMessage().isEmpty());
}

void TestHttpConnection::bodyLongerThanContentLength()
{
    swb::tests::ScriptedServer liar("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabcdefg", true);
    HttpConnection client;
    client.start(QStringLiteral("127.0.0.1"), liar.port(), false, get("/"));
    QVERIFY(waitDone(client));
    QCOMPARE(client.state(), HttpConnection::State::Complete);
    QCOMPARE(client.parser().body(), QByteArray("abc"));
    QTRY_COMPARE_WITH_TIMEOUT(client.extraBytes(), qint64(4), timeoutMs);
    QVERIFY(client.parser().warnings().join(QLatin1Char(' ')).contains(QLatin1String("longer than Content-Length by 4 bytes")));
}

void TestHttpConnection::bodyLongerThanContentLengthKeptAlive_data()
{
    QTest::addColumn<bool>("later");
    QTest::newRow("in the same write") << false;
    QTest::newRow("in a write 100 ms later") << true;
}

void TestHttpConnection::bodyLongerThanContentLengthKeptAlive()
{
    // "Content-Length: 5" and then 10 body bytes on a connection kept open.
    QFETCH(bool, later);
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n";
    QTcpServer liar;
    QVERIFY(liar.listen(QHostAddress::LocalHost, 0));
    int requests = 0;
    QObject::connect(&liar, &QTcpServer::newConnection, &liar, [&] {
        QTcpSocket *socket = liar.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            socket->readAll();
            ++requests;
            if (!later) {
                socket->write(head + "abcdefghij");
                return;
            }
            socket->write(head + "abcde");
            socket->flush();
            QTimer::singleShot(100, socket, [socket] { socket->write("fghij"); });
        });
    });
    swb::tests::RecordingSink sink;
    HttpConnection client;
    client.setSink(&sink);
    QSignalSpy extra(&client, &HttpConnection::extraBytesArrived);
    client.start(QStringLiteral("127.0.0.1"), liar.serverPort(), false, get("/"));
    QVERIFY(waitDone(client));
    QCOMPARE(client.state(), HttpConnection::State::Complete);
    QCOMPARE(client.parser().body(), QByteArray("abcde"));
    QTRY_COMPARE_WITH_TIMEOUT(client.extraBytes(), qint64(5), timeoutMs);
    QVERIFY(extra.size() >= 1);
    QStringList infos;
    for (const swb::net::TrafficEvent &e : sink.events)
        if (e.kind == swb::net::EventKind::Info)
            infos << e.text;
    const QString joined = infos.join(QLatin1Char('\n'));
    QVERIFY2(joined.contains(QLatin1String(
                 "5 bytes arrived after the end of the response (Content-Length: 5)")),
             qPrintable(joined));
    // The extra bytes are not taken for the start of the next response.
    QVERIFY(client.canReuseConnection());
    QVERIFY(client.sendOnSameConnection(get("/again")));
    QCOMPARE(client.extraBytes(), qint64(0));
    QVERIFY(waitDone(client));
    QVERIFY2(client.state() == HttpConnection::State::Complete, qPrintable(client.errorMessage()));
    QCOMPARE(client.parser().statusCode(), 200);
    QCOMPARE(client.parser().body(), QByteArray("abcde"));
    QCOMPARE(requests, 2);
    QTRY_COMPARE_WITH_TIMEOUT(client.extraBytes(), qint64(5), timeoutMs);
}

void TestHttpConnection::truncatedBody()
{
    swb::tests::ScriptedServer cut("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabcd", true);
    HttpConnection client;
    client.start(QStringLiteral("127.0.0.1"), cut.port(), false, get("/"));
    QVERIFY(waitDone(client));
    QCOMPARE(client.state(), HttpConnection::State::Failed);
    QVERIFY2(client.errorMessage().contains(QLatin1String("after 4 of 10 body bytes")), qPrintable(client.errorMessage()));
    QCOMPARE(client.parser().errorOffset(), qint64(43));
}

void TestHttpConnection::bodyUntilClose()
{
    swb::tests::ScriptedServer old("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end", true);
    HttpConnection client;
    client.start(QStringLiteral("127.0.0.1"), old.port(), false, get("/"));
    QVERIFY(waitDone(client));
    QVERIFY2(client.state() == HttpConnection::State::Complete, qPrintable(client.errorMessage()));
    QCOMPARE(client.parser().bodyFraming(), HttpBodyFraming::UntilClose);
    QCOMPARE(client.parser().body(), QByteArray("until the end"));
    QVERIFY(!client.canReuseConnection());
}

void TestHttpConnection::pythonHttpServer()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("hello.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello from http.server\n");
    file.close();
    QProcess server;
    quint16 port = 0;
    for (int attempt = 0; attempt < 5 && port == 0; ++attempt) {
        const quint16 candidate = freePort();
        server.start(python, {"-m", "http.server", "--bind", "127.0.0.1", "--directory", dir.path(),
                              QString::number(candidate)});
        QVERIFY(server.waitForStarted(10000));
        for (int i = 0; i < 100 && server.state() == QProcess::Running; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, candidate);
            if (probe.waitForConnected(200)) {
                port = candidate;
                break;
            }
            QTest::qWait(50);
        }
        if (port == 0) {
            server.kill();
            server.waitForFinished(5000);
        }
    }
    QVERIFY2(port != 0, "python3 -m http.server did not start");
    auto stopServer = qScopeGuard([&server] {
        server.terminate();
        if (!server.waitForFinished(5000))
            server.kill();
        server.waitForFinished(5000);
    });

    HttpConnection client;
    client.start(QStringLiteral("127.0.0.1"), port, false, get("/hello.txt"));
    QVERIFY(waitDone(client));
    QVERIFY2(client.state() == HttpConnection::State::Complete, qPrintable(client.errorMessage()));
    QCOMPARE(client.parser().statusCode(), 200);
    QCOMPARE(client.parser().body(), QByteArray("hello from http.server\n"));
    QVERIFY(client.parser().header("Server").startsWith("SimpleHTTP"));
    // http.server answers HTTP/1.0 and closes: no reuse.
    QCOMPARE(client.parser().httpVersion(), QByteArray("HTTP/1.0"));
    QVERIFY(!client.canReuseConnection());

    client.start(QStringLiteral("127.0.0.1"), port, false, get("/no-such-file"));
    QVERIFY(waitDone(client));
    QCOMPARE(client.parser().statusCode(), 404);
}

void TestHttpConnection::nginxGzipChunkedKeepAlive()
{
    const QByteArray index = "<!DOCTYPE html><html><body><p>nginx test page</p></body></html>\n";
    const QByteArray big = swb::net::HttpDemoPages::largeBody(0, 200 * 1024);
    swb::tests::NginxFixture nginx;
    SWB_START_NGINX(nginx, index, big);

    HttpConnection client;
    client.start(QStringLiteral("127.0.0.1"), nginx.port(), false, get("/index.html"));
    QVERIFY(waitDone(client));
    QVERIFY2(client.state() == HttpConnection::State::Complete, qPrintable(client.errorMessage()));
    QCOMPARE(client.parser().bodyFraming(), HttpBodyFraming::ContentLength);
    QCOMPARE(client.parser().body(), index);
    QVERIFY(client.parser().header("Server").startsWith("nginx"));

    // Same connection, now compressed on the fly: nginx switches to chunked.
    QVERIFY(client.canReuseConnection());
    QVERIFY(client.sendOnSameConnection(get("/big.txt", "Accept-Encoding: gzip\r\n")));
    QVERIFY(waitDone(client));
    QVERIFY2(client.state() == HttpConnection::State::Complete, qPrintable(client.errorMessage()));
    const HttpMessageParser &p = client.parser();
    QCOMPARE(p.bodyFraming(), HttpBodyFraming::Chunked);
    QCOMPARE(p.header("Content-Encoding"), QByteArray("gzip"));
    QVERIFY(p.chunkCount() >= 2);
    QVERIFY(client.timing().reusedConnection);
    const auto decoded = swb::net::ContentDecoder::decode(p.body(), p.header("Content-Encoding"));
    QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
    QCOMPARE(decoded->bytes, big);
    QVERIFY(p.body().size() < big.size() / 4);
}

void TestHttpConnection::nginxHttpsCertificate()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    swb::tests::NginxFixture nginx;
    SWB_START_NGINX(nginx, "<p>secure</p>\n", "x");
    if (!nginx.hasTls())
        QSKIP("openssl could not make a certificate");

    // By default a self-signed certificate stops the exchange before anything is sent.
    swb::tests::RecordingSink sink;
    HttpConnection client;
    client.setSink(&sink);
    QSignalSpy tls(&client, &HttpConnection::tlsInfoChanged);
    client.start(QStringLiteral("localhost"), nginx.tlsPort(), true, get("/index.html"));
    QVERIFY(waitDone(client));
    QCOMPARE(client.state(), HttpConnection::State::Failed);
    QVERIFY2(client.errorMessage().contains(QLatin1String("certificate was not accepted")), qPrintable(client.errorMessage()));
    QCOMPARE(sink.count(swb::net::EventKind::Send), 0);
    QVERIFY(!client.tlsInfo().certificateErrors.isEmpty());
    QVERIFY(!client.tlsInfo().chain.isEmpty());
    QVERIFY(tls.size() >= 1);

    // Deliberately ignored: the exchange goes through, and the card has its data.
    client.setIgnoreCertificateErrors(true);
    client.start(QStringLiteral("localhost"), nginx.tlsPort(), true, get("/index.html"));
    QVERIFY(waitDone(client));
    QVERIFY2(client.state() == HttpConnection::State::Complete, qPrintable(client.errorMessage()));
    QCOMPARE(client.parser().body(), QByteArray("<p>secure</p>\n"));
    const swb::net::TlsSessionInfo info = client.tlsInfo();
    QVERIFY(info.encrypted);
    QVERIFY(info.errorsIgnored);
    QVERIFY2(info.protocol.startsWith(QLatin1String("TLS 1.")), qPrintable(info.protocol));
    QVERIFY(!info.cipher.isEmpty());
    QVERIFY(client.timing().tlsMs >= 0);
    const swb::net::CertificateSummary card = HttpConnection::summarize(info.chain.first());
    QVERIFY2(card.subject.contains(QLatin1String("CN=localhost")), qPrintable(card.subject));
    QCOMPARE(card.issuer, card.subject);
    QVERIFY(card.selfSigned);
    QVERIFY(card.subjectAltNames.contains(QLatin1String("DNS:localhost")));
    QVERIFY(card.subjectAltNames.contains(QLatin1String("IP:127.0.0.1")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(card.notBefore <= now && now < card.notAfter);
    QCOMPARE(card.sha256.count(QLatin1Char(':')), 31);
}

QTEST_GUILESS_MAIN(TestHttpConnection)
#include "tst_httpconnection.moc"
