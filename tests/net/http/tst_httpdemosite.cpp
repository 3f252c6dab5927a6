#include "tests/net/httptestpeers.h"

#include "net/http/charsetdetector.h"
#include "net/http/contentdecoder.h"
#include "net/http/httpdemopages.h"
#include "net/http/httpdemosite.h"
#include "net/http/httpmessageparser.h"
#include "net/reply/serverbehaviour.h"
#include "net/stream/tcpserverendpoint.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using swb::net::CharsetDetector;
using swb::net::EventKind;
using swb::net::HttpDemoPages;
using swb::net::HttpMessageParser;
using swb::net::HttpBodyFraming;
using swb::net::ReplyKind;
using swb::net::TcpServerEndpoint;
using swb::tests::ProcessRun;
using swb::tests::runProgram;

// The built-in HTTP demo server (behaviour "http-demo") on a real TCP server
// endpoint, driven by curl, by Python's http.client and by raw sockets. Every
// response is checked with HttpMessageParser, so the parser and the server
// check each other; curl and Python check both against the outside world.
class TestHttpDemoSite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void indexAndLogLine();
    void fixedLength();
    void chunkedArrivesInSeparateChunks();
    void gzipHonoursAcceptEncoding();
    void gbkPages_data();
    void gbkPages();
    void redirectsFollowedByCurl();
    void notFoundAndMethodNotAllowed();
    void head();
    void largeBodyIsStreamed();
    void largeBodyContent();
    void drip();
    void keepAliveTwoRequestsOneConnection();
    void pipelinedRequestsAnsweredInOrder();
    void garbageGets400AndClose();
    void missingHostGets400();
    void smuggledRequestGets400AndClose();
    void endlessHeaderIsRefused();
    void idleClientIsClosed();
    void echoShowsTheRawRequest();
    void pythonHttpClient();
    void everyBlockIsRecorded();

private:
    QByteArray url(const char *path) const;
    ProcessRun curl(const QStringList &arguments, int timeoutMs = 60000);
    HttpMessageParser parse(const QByteArray &bytes, const QByteArray &method = "GET");

    QString m_curl;
    QString m_python;
    std::unique_ptr<swb::tests::RecordingSink> m_sink;
    std::unique_ptr<TcpServerEndpoint> m_server;
};

namespace {
constexpr int timeoutMs = 15000;
}

void TestHttpDemoSite::initTestCase()
{
    m_curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void TestHttpDemoSite::init()
{
    m_sink = std::make_unique<swb::tests::RecordingSink>();
    m_server = std::make_unique<TcpServerEndpoint>();
    m_server->setSink(m_sink.get());
    swb::net::ServerBehaviour behaviour;
    behaviour.reply = ReplyKind::HttpDemo;
    behaviour.greeting = QStringLiteral("must not be sent to an HTTP client\\r\\n");
    QCOMPARE(m_server->setBehaviour(behaviour, swb::net::TextEncoding::Utf8).message(), QString());
    QVERIFY(m_server->start(swb::net::TcpServerSettings()));
}

void TestHttpDemoSite::cleanup()
{
    m_server.reset();
    m_sink.reset();
}

QByteArray TestHttpDemoSite::url(const char *path) const
{
    return "http://127.0.0.1:" + QByteArray::number(m_server->port()) + path;
}

ProcessRun TestHttpDemoSite::curl(const QStringList &arguments, int timeout)
{
    return runProgram(m_curl, QStringList{"-s", "-S", "--max-time", "60"} + arguments, timeout);
}

HttpMessageParser TestHttpDemoSite::parse(const QByteArray &bytes, const QByteArray &method)
{
    HttpMessageParser parser;
    parser.setRequestMethod(method);
    parser.feed(bytes);
    return parser;
}

#define REQUIRE_CURL()                                                                             \
    if (m_curl.isEmpty())                                                                          \
    QSKIP("curl is not installed")

void TestHttpDemoSite::indexAndLogLine()
{
    REQUIRE_CURL();
    QSignalSpy log(m_server.get(), &TcpServerEndpoint::logLine);
    const ProcessRun run = curl({"-D", "-", "--raw", url("/")});
    QCOMPARE(run.exitCode, 0);
    const HttpMessageParser p = parse(run.out);
    QVERIFY2(p.isComplete(), qPrintable(p.errorMessage()));
    QCOMPARE(p.statusCode(), 200);
    QCOMPARE(p.bodyFraming(), HttpBodyFraming::ContentLength);
    for (const HttpDemoPages::Page &page : HttpDemoPages::pages())
        QVERIFY2(p.body().contains("href=\"" + page.path + "\""), page.path.constData());
    QVERIFY(!run.out.startsWith("must not")); // no greeting under http-demo
    QStringList lines;
    for (const QList<QVariant> &args : std::as_const(log))
        lines << args.at(0).toString();
    QVERIFY2(lines.filter(QRegularExpression(QStringLiteral("^GET / HTTP/1.1 from 127.0.0.1:\\d+$"))).size() == 1,
             qPrintable(lines.join(QLatin1Char('\n'))));
}

void TestHttpDemoSite::fixedLength()
{
    REQUIRE_CURL();
    const ProcessRun run = curl({"-D", "-", "--raw", url("/fixed")});
    const HttpMessageParser p = parse(run.out);
    QVERIFY2(p.isComplete(), qPrintable(p.errorMessage()));
    QCOMPARE(p.contentLength(), p.bodyBytes());
    QVERIFY(p.body().contains("Fixed length"));
    QCOMPARE(p.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(!p.header("Date").isEmpty());
    QCOMPARE(qint64(run.out.size()), p.totalBytes());
}

void TestHttpDemoSite::chunkedArrivesInSeparateChunks()
{
    swb::tests::TimedClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.socket.write("GET /chunked HTTP/1.1\r\nHost: t\r\n\r\n");
    HttpMessageParser p;
    QTRY_VERIFY_WITH_TIMEOUT((p = parse(client.received), p.isComplete()), timeoutMs);
    QCOMPARE(p.bodyFraming(), HttpBodyFraming::Chunked);
    QCOMPARE(p.chunkCount(), qint64(6));
    const swb::net::HttpChunk second = p.chunks().at(1);
    QCOMPARE(second.sizeLineLength,
             QByteArray::number(second.dataLength, 16).size() + qint64(strlen(";demo=extension\r\n")));
    QCOMPARE(p.trailers().size(), 1);
    QCOMPARE(p.trailers().at(0).value, QByteArray("5"));
    QVERIFY(p.body().contains("第四块"));
    // Head and five chunks and the last chunk in separate reads, spread in time.
    QVERIFY2(client.arrivalsMs.size() >= 6, qPrintable(QString::number(client.arrivalsMs.size())));
    QVERIFY(client.arrivalsMs.last() - client.arrivalsMs.first() >= 4 * 100);

    if (m_curl.isEmpty())
        return;
    const ProcessRun run = curl({"-D", "-", "--raw", url("/chunked")});
    const HttpMessageParser viaCurl = parse(run.out);
    QVERIFY2(viaCurl.isComplete(), qPrintable(viaCurl.errorMessage() + QString::fromUtf8(run.out)));
    QCOMPARE(viaCurl.body(), p.body());
}

void TestHttpDemoSite::gzipHonoursAcceptEncoding()
{
    REQUIRE_CURL();
    const ProcessRun compressed = curl({"-D", "-", "--compressed", url("/gzip")});
    QVERIFY(compressed.out.contains("Content-Encoding: gzip"));
    const ProcessRun plain = curl({"-D", "-", url("/gzip")});
    const HttpMessageParser plainResponse = parse(plain.out);
    QVERIFY(plainResponse.isComplete());
    QVERIFY(plainResponse.header("Content-Encoding").isEmpty()); // curl sent no Accept-Encoding
    // curl --compressed has undone the gzip: both bodies are the same page.
    QVERIFY(compressed.out.endsWith(plainResponse.body()));

    const ProcessRun raw = curl({"-D", "-", "--raw", "-H", "Accept-Encoding: gzip", url("/gzip")});
    const HttpMessageParser p = parse(raw.out);
    QVERIFY(p.isComplete());
    QCOMPARE(p.header("Content-Encoding"), QByteArray("gzip"));
    QVERIFY(p.body().startsWith("\x1f\x8b"));
    QVERIFY(p.body().size() < plainResponse.body().size());
    const auto decoded = swb::net::ContentDecoder::decode(p.body(), p.header("Content-Encoding"));
    QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
    QCOMPARE(decoded->bytes, plainResponse.body());
}

void TestHttpDemoSite::gbkPages_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("source");
    QTest::newRow("charset in the header") << QByteArray("/gbk-header") << int(CharsetDetector::Source::Header);
    QTest::newRow("charset only in meta") << QByteArray("/gbk-meta") << int(CharsetDetector::Source::Meta);
}

void TestHttpDemoSite::gbkPages()
{
    REQUIRE_CURL();
    QFETCH(QByteArray, path);
    QFETCH(int, source);
    const ProcessRun run = curl({"-D", "-", url(path.constData())});
    const HttpMessageParser p = parse(run.out);
    QVERIFY(p.isComplete());
    const CharsetDetector::Result detected = CharsetDetector::detect(p.header("Content-Type"), p.body());
    QCOMPARE(int(detected.source), source);
    QCOMPARE(detected.charset, QByteArray("GBK"));
    QVERIFY(CharsetDetector::decode(p.body(), detected.charset).contains(QStringLiteral("你好，世界！")));
    // "你好" in GBK, not UTF-8.
    QVERIFY(p.body().contains(QByteArray::fromHex("c4e3bac3")));
    QVERIFY(!p.body().contains(QByteArray("你好")));
}

void TestHttpDemoSite::redirectsFollowedByCurl()
{
    REQUIRE_CURL();
    const ProcessRun r301 = curl({"-L", "-D", "-", "-o", "/dev/null", url("/redirect-301")});
    QVERIFY(r301.out.startsWith("HTTP/1.1 301 Moved Permanently\r\n"));
    QVERIFY(r301.out.contains("Location: /fixed\r\n"));
    QVERIFY(r301.out.contains("\r\n\r\nHTTP/1.1 200 OK\r\n"));
    const ProcessRun r302 = curl({"-L", "-D", "-", "-o", "/dev/null", url("/redirect-302")});
    QVERIFY(r302.out.startsWith("HTTP/1.1 302 Found\r\n"));
    QVERIFY(r302.out.contains("Transfer-Encoding: chunked"));
}

void TestHttpDemoSite::notFoundAndMethodNotAllowed()
{
    REQUIRE_CURL();
    QCOMPARE(curl({"-o", "/dev/null", "-w", "%{http_code}", url("/no/such/page")}).out, QByteArray("404"));
    const ProcessRun post = curl({"-D", "-", "-o", "/dev/null", "-d", "x=1", url("/fixed")});
    QVERIFY(post.out.startsWith("HTTP/1.1 405 Method Not Allowed\r\n"));
    QVERIFY(post.out.contains("Allow: GET, HEAD\r\n"));
}

void TestHttpDemoSite::head()
{
    REQUIRE_CURL();
    const ProcessRun run = curl({"-I", url("/large")}, 10000);
    QCOMPARE(run.exitCode, 0);
    const HttpMessageParser p = parse(run.out, "HEAD");
    QVERIFY(p.isComplete());
    QCOMPARE(p.contentLength(), qint64(50) << 20);
    QCOMPARE(p.bodyBytes(), qint64(0));
    const ProcessRun chunked = curl({"-I", url("/chunked")}, 10000);
    QVERIFY(chunked.out.contains("Transfer-Encoding: chunked"));
}

static qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void TestHttpDemoSite::largeBodyIsStreamed()
{
    REQUIRE_CURL();
    const qint64 before = peakRssKiB();
    const ProcessRun run = curl({"-o", "/dev/null", "-w", "%{size_download} %{http_code}", url("/large")}, 120000);
    QVERIFY(!run.timedOut);
    QCOMPARE(run.out, QByteArray("52428800 200"));
    const qint64 after = peakRssKiB();
    // Buffering the body would cost at least 50 MB; streaming costs a few blocks.
    if (before > 0 && after > 0)
        QVERIFY2(after - before < 24 * 1024, qPrintable(QStringLiteral("peak RSS grew %1 KiB").arg(after - before)));
    qint64 recordedBytes = 0;
    for (const auto &e : std::as_const(m_sink->events)) {
        if (e.kind == EventKind::Send)
            recordedBytes += e.data.size();
    }
    QVERIFY2(recordedBytes < (qint64(2) << 20), qPrintable(QString::number(recordedBytes)));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, timeoutMs);
}

void TestHttpDemoSite::largeBodyContent()
{
    REQUIRE_CURL();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("large.txt"));
    const ProcessRun run = curl({"-o", file, url("/large?mb=3")}, 60000);
    QCOMPARE(run.exitCode, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray body = f.readAll();
    QCOMPARE(body.size(), 3 << 20);
    QCOMPARE(body, HttpDemoPages::largeBody(0, 3 << 20));
    QVERIFY(body.startsWith("/large line 0000000000: "));
    QCOMPARE(body.mid(64 * 1000, 24), QByteArray("/large line 0000001000: "));
}

void TestHttpDemoSite::drip()
{
    swb::tests::TimedClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.socket.write("GET /drip HTTP/1.1\r\nHost: t\r\n\r\n");
    HttpMessageParser p;
    QTRY_VERIFY_WITH_TIMEOUT((p = parse(client.received), p.isComplete()), timeoutMs);
    QCOMPARE(p.bodyBytes(), qint64(30 * HttpDemoPages::dripPieceBytes));
    QCOMPARE(p.contentLength(), p.bodyBytes());
    QVERIFY2(client.arrivalsMs.size() >= 20, qPrintable(QString::number(client.arrivalsMs.size())));
    QVERIFY(client.arrivalsMs.last() - client.arrivalsMs.first() >= 2500);
}

void TestHttpDemoSite::keepAliveTwoRequestsOneConnection()
{
    REQUIRE_CURL();
    const ProcessRun run = curl({"-v", "-o", "/dev/null", "-o", "/dev/null", url("/fixed"), url("/chunked")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("Re-using existing connection")
                 || run.err.contains("Reusing existing connection"),
             run.err.constData());
    QCOMPARE(m_sink->count(EventKind::Accept), 1);
}

void TestHttpDemoSite::pipelinedRequestsAnsweredInOrder()
{
    swb::tests::TimedClient client;
    QVERIFY(client.connectTo(m_server->port()));
    // Sent in one write: the chunked answer takes time, and the 404 must wait behind it.
    client.socket.write("GET /chunked HTTP/1.1\r\nHost: t\r\n\r\n"
                        "GET /missing HTTP/1.1\r\nHost: t\r\n\r\n"
                        "HEAD /fixed HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, timeoutMs);
    QByteArray rest = client.received;
    const QList<QByteArray> methods{"GET", "GET", "HEAD"};
    QList<int> statuses;
    for (const QByteArray &method : methods) {
        HttpMessageParser p;
        p.setRequestMethod(method);
        rest = rest.mid(p.feed(rest));
        QVERIFY2(p.isComplete(), qPrintable(p.errorMessage()));
        statuses << p.statusCode();
    }
    QCOMPARE(statuses, (QList<int>{200, 404, 200}));
    QVERIFY(rest.isEmpty());
}

void TestHttpDemoSite::garbageGets400AndClose()
{
    swb::tests::TimedClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.socket.write(QByteArray::fromHex("16030100a5010000a10303"));
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, timeoutMs);
    const HttpMessageParser p = parse(client.received);
    QVERIFY(p.isComplete());
    QCOMPARE(p.statusCode(), 400);
    QVERIFY(p.body().contains("does not look like HTTP"));
    QVERIFY(!p.keepAlive());
}

void TestHttpDemoSite::missingHostGets400()
{
    swb::tests::TimedClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.socket.write("GET / HTTP/1.1\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, timeoutMs);
    const HttpMessageParser p = parse(client.received);
    QCOMPARE(p.statusCode(), 400);
    QVERIFY(p.body().contains("Host header"));
}

void TestHttpDemoSite::smuggledRequestGets400AndClose()
{
    // A front end that trusts Content-Length forwards all of this as one
    // request; a server that trusts chunked sees an empty body and then a
    // second, smuggled request. RFC 9112 section 6.1: refuse and close.
    swb::tests::TimedClient client;
    QVERIFY(client.connectTo(m_server->port()));
    QSignalSpy log(m_server.get(), &TcpServerEndpoint::logLine);
    client.socket.write("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 40\r\n"
                        "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                        "GET /smuggled HTTP/1.1\r\nHost: t\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, timeoutMs);
    const HttpMessageParser p = parse(client.received);
    QVERIFY(p.isComplete());
    QCOMPARE(p.statusCode(), 400);
    QVERIFY(p.body().contains("request smuggling"));
    QVERIFY(!p.keepAlive());
    // One response only: the smuggled GET was never served.
    QCOMPARE(client.received.count("HTTP/1.1 "), 1);
    bool logged = false;
    for (const auto &args : std::as_const(log))
        logged = logged || args.value(0).toString().contains(QStringLiteral("Bad request"));
    QVERIFY(logged);
    for (const auto &args : std::as_const(log))
        QVERIFY(!args.value(0).toString().contains(QStringLiteral("/smuggled")));
}

void TestHttpDemoSite::endlessHeaderIsRefused()
{
    swb::tests::TimedClient client;
    QVERIFY(client.connectTo(m_server->port()));
    // Just over the limit, in one write: a client that goes on sending into a
    // closed connection gets a reset, which can swallow the 400 before it is read.
    client.socket.write("GET / HTTP/1.1\r\nHost: t\r\nX-Endless: " + QByteArray(70 * 1024, 'e'));
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, timeoutMs);
    const HttpMessageParser p = parse(client.received);
    QCOMPARE(p.statusCode(), 400);
    QVERIFY(p.body().contains("larger than the limit of 65536 bytes"));
}

void TestHttpDemoSite::idleClientIsClosed()
{
    // A client that starts a request and never finishes it is closed after the
    // idle time (30 s in the app; shortened here), holding no more than its bytes.
    QBuffer device;
    QVERIFY(device.open(QIODevice::ReadWrite));
    swb::net::HttpDemoSite site(&device, QStringLiteral("127.0.0.1:5555"));
    site.setIdleTimeoutMs(200);
    QSignalSpy closed(&site, &swb::net::HttpDemoSite::closeRequested);
    QSignalSpy notes(&site, &swb::net::HttpDemoSite::note);
    site.handleBytes("GET /fixed HTTP/1.1\r\nHo");
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    QVERIFY(closed.at(0).at(0).toString().contains(QLatin1String("without a request")));
    QVERIFY(notes.at(0).at(0).toString().contains(QLatin1String("127.0.0.1:5555")));
    QCOMPARE(device.data(), QByteArray()); // nothing answered
    site.handleBytes("st: x\r\n\r\n");   // too late: ignored
    QCOMPARE(device.data(), QByteArray());
}

void TestHttpDemoSite::echoShowsTheRawRequest()
{
    swb::tests::TimedClient client;
    QVERIFY(client.connectTo(m_server->port()));
    const QByteArray request = "POST /echo HTTP/1.1\r\nHOST:time.geekbang.org\r\nContent-Length: 5\r\n"
                               "Connection: close\n\r\nhello";
    client.socket.write(request);
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, timeoutMs);
    const HttpMessageParser p = parse(client.received);
    QCOMPARE(p.statusCode(), 200);
    QCOMPARE(p.body(), request);
}

void TestHttpDemoSite::pythonHttpClient()
{
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
    // Python's own HTTP client: de-chunks, keeps the connection alive, reads GBK.
    const QByteArray script = R"(
import http.client, sys
c = http.client.HTTPConnection('127.0.0.1', int(sys.argv[1]), timeout=20)
for path in ['/fixed', '/chunked', '/gbk-header', '/redirect-301', '/nothing']:
    c.request('GET', path)
    r = c.getresponse()
    body = r.read()
    print(path, r.status, len(body), r.getheader('Transfer-Encoding'), r.getheader('Content-Type'))
    if path == '/gbk-header':
        print('gbk', body.decode('gbk').count('你好，世界'))
import urllib.request
print('urllib', len(urllib.request.urlopen('http://127.0.0.1:%s/redirect-302' % sys.argv[1], timeout=20).read()))
)";
    const ProcessRun run = runProgram(m_python, {"-c", QString::fromUtf8(script), QString::number(m_server->port())}, 60000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QLatin1String("/fixed 200")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("/chunked 200")) && out.contains(QLatin1String("chunked text/html")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("gbk 1")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("/redirect-301 301")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("/nothing 404")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("urllib ")), qPrintable(out));
    // Five requests over one connection, then urllib's own.
    QCOMPARE(m_sink->count(EventKind::Accept), 3); // http.client, urllib's 302 and its redirect
}

void TestHttpDemoSite::everyBlockIsRecorded()
{
    swb::tests::TimedClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.socket.write("GET /chunked HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, timeoutMs);
    QByteArray sent;
    QByteArray received;
    for (const auto &e : std::as_const(m_sink->events)) {
        if (e.kind == EventKind::Send)
            sent += e.data;
        if (e.kind == EventKind::Recv)
            received += e.data;
    }
    QCOMPARE(sent, client.received);
    QCOMPARE(m_sink->count(EventKind::Send), 7); // head, five chunks, last chunk
    QVERIFY(received.startsWith("GET /chunked HTTP/1.1\r\n"));
}

QTEST_GUILESS_MAIN(TestHttpDemoSite)
#include "tst_httpdemosite.moc"
