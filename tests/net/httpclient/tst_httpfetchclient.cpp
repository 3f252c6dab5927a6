// Fetch mode's engine on its own, against real peers: nginx (gzip made on the
// fly, so chunked; HTTPS with a self-signed certificate) and the built-in demo
// site (a redirect followed over the same connection). It checks what fetch
// mode gained by sending through HttpConnection: every phase timed, the exact
// request and response bytes in the traffic rows, the exact HTTP version.
#include "tests/net/httptestpeers.h"
#include "tests/net/nginxfixture.h"

#include "net/http/httpdemopages.h"
#include "net/httpclient/httpfetchclient.h"
#include "net/reply/serverbehaviour.h"
#include "net/stream/tcpserverendpoint.h"
#include "widgets/http/timingview.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using namespace swb;
using net::HttpFetchClient;

class TestHttpFetchClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void composeWritesRequestsDefaults_data();
    void composeWritesRequestsDefaults();
    void nginxGzipChunkedIsUndoneAndTimed();
    void nginxHttpsTimesTheHandshake();
    void redirectReusesTheConnection();
    void stopBetweenRedirectHops();
    void newFetchBetweenRedirectHops();
    void httpsToAPlainPortSaysSo();
    void badServersGiveClearMessages_data();
    void badServersGiveClearMessages();

private:
    static bool fetch(net::HttpFetchClient &client, const net::HttpFetchClient::Request &request);
    static bool startDemoSite(net::TcpServerEndpoint &server);
};

void TestHttpFetchClient::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.9"));
}

bool TestHttpFetchClient::fetch(net::HttpFetchClient &client, const net::HttpFetchClient::Request &request)
{
    QSignalSpy done(&client, &net::HttpFetchClient::finished);
    client.start(request);
    if (done.isEmpty() && !done.wait(20000))
        return false;
    return done.first().first().toBool();
}

bool TestHttpFetchClient::startDemoSite(net::TcpServerEndpoint &server)
{
    net::ServerBehaviour behaviour;
    behaviour.reply = net::ReplyKind::HttpDemo;
    return server.setBehaviour(behaviour, net::TextEncoding::Utf8).ok()
        && server.start(net::TcpServerSettings());
}

void TestHttpFetchClient::composeWritesRequestsDefaults_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<net::HttpFetchClient::RawHeaders>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray defaults = "User-Agent: socket-workbench/9.9\r\nAccept-Encoding: gzip, "
                                "deflate\r\nAccept: */*\r\nConnection: keep-alive\r\n";
    QTest::newRow("GET") << QByteArray("GET") << net::HttpFetchClient::RawHeaders() << QByteArray()
                         << "GET /a?b=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n" + defaults + "\r\n";
    QTest::newRow("POST without a body says so") << QByteArray("POST")
                                                 << net::HttpFetchClient::RawHeaders() << QByteArray()
                                                 << "POST /a?b=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
            + defaults + "Content-Length: 0\r\n\r\n";
    QTest::newRow("PUT with a body")
        << QByteArray("PUT") << net::HttpFetchClient::RawHeaders() << QByteArray("五")
        << "PUT /a?b=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n" + defaults
            + "Content-Type: text/plain; charset=UTF-8\r\nContent-Length: 3\r\n\r\n五";
    // A header typed by the user replaces the default of the same name, in any case.
    QTest::newRow("typed headers win")
        << QByteArray("GET")
        << net::HttpFetchClient::RawHeaders{{"user-agent", "python-requests/2.31"},
                                       {"Accept-Encoding", "identity"},
                                       {"Connection", "close"}}
        << QByteArray()
        << QByteArray("GET /a?b=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAccept: */*\r\n"
                      "user-agent: python-requests/2.31\r\nAccept-Encoding: identity\r\n"
                      "Connection: close\r\n\r\n");
}

void TestHttpFetchClient::composeWritesRequestsDefaults()
{
    QFETCH(QByteArray, method);
    QFETCH(net::HttpFetchClient::RawHeaders, headers);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    net::HttpFetchClient::Request request;
    request.headers = headers;
    const QUrl url(QStringLiteral("http://127.0.0.1:8080/a?b=1"));
    QCOMPARE(net::HttpFetchClient::compose(request, url, method, body), expected);
}

void TestHttpFetchClient::nginxGzipChunkedIsUndoneAndTimed()
{
    const QByteArray big = net::HttpDemoPages::largeBody(0, 300 * 1024);
    tests::NginxFixture nginx;
    SWB_START_NGINX(nginx, "<p>index</p>\n", big);

    tests::RecordingSink sink;
    net::HttpFetchClient client;
    client.attach(&sink, 1, QStringLiteral("HTTP"));
    client.setDisplayLimit(64 * 1024); // the page outgrows it: on disk, still undone
    net::HttpFetchClient::Request request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/big.txt").arg(nginx.port()));
    QVERIFY2(fetch(client, request), qPrintable(client.errorMessage()));

    QCOMPARE(client.statusCode(), 200);
    QCOMPARE(client.httpVersion(), QByteArray("HTTP/1.1"));
    QCOMPARE(client.header("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(client.header("Transfer-Encoding"), QByteArray("chunked"));
    QCOMPARE(client.body().size(), qint64(big.size()));
    QCOMPARE(client.body().read(0, big.size()), big);
    QVERIFY(client.body().isSpooled());
    QVERIFY(client.receivedBodyBytes() < big.size() / 4); // compressed on the wire

    const net::HttpTiming timing = client.timing();
    QVERIFY(timing.dnsMs >= 0);
    QVERIFY(timing.connectMs >= 0);
    QCOMPARE(timing.tlsMs, -1.0); // plain HTTP
    QVERIFY(timing.ttfbMs >= 0);
    QVERIFY(timing.downloadMs >= 0);
    QVERIFY(timing.totalMs >= timing.ttfbMs);
    QVERIFY(!timing.reusedConnection);

    // The rows hold the exact bytes: what was sent, and the chunked gzip as it came.
    QByteArray sent;
    QByteArray received;
    for (const net::TrafficEvent &e : std::as_const(sink.events)) {
        QCOMPARE(e.protocol, net::Protocol::Http);
        if (e.kind == net::EventKind::Send)
            sent += e.data;
        if (e.kind == net::EventKind::Recv)
            received += e.data;
    }
    QCOMPARE(sent, net::HttpFetchClient::compose(request, request.url, "GET", QByteArray()));
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(received.contains("\r\nTransfer-Encoding: chunked\r\n"));
    QVERIFY(received.endsWith("\r\n0\r\n\r\n"));
}

void TestHttpFetchClient::nginxHttpsTimesTheHandshake()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    tests::NginxFixture nginx;
    SWB_START_NGINX(nginx, "<p>secure</p>\n", "x");
    if (!nginx.hasTls())
        QSKIP("openssl could not make a certificate");

    tests::RecordingSink sink;
    net::HttpFetchClient client;
    client.attach(&sink, 1, QStringLiteral("HTTP"));
    net::HttpFetchClient::Request request;
    request.url = QUrl(QStringLiteral("https://localhost:%1/").arg(nginx.tlsPort()));
    QVERIFY(!fetch(client, request));
    QVERIFY(client.certificateRejected());
    QVERIFY2(client.errorMessage().contains(QLatin1String("Continue anyway")),
             qPrintable(client.errorMessage()));
    QCOMPARE(sink.count(net::EventKind::Send), 0); // stopped before anything was sent
    QCOMPARE(sink.count(net::EventKind::Error), 1);

    request.acceptInvalidCertificates = true;
    QVERIFY2(fetch(client, request), qPrintable(client.errorMessage()));
    QCOMPARE(client.body().head(), QByteArray("<p>secure</p>\n"));
    QVERIFY(client.tlsInfo().encrypted);
    QVERIFY(client.tlsInfo().errorsIgnored);
    QVERIFY(!client.tlsInfo().cipher.isEmpty());
    const net::HttpTiming timing = client.timing();
    QVERIFY(timing.dnsMs >= 0);
    QVERIFY(timing.connectMs >= 0);
    QVERIFY(timing.tlsMs >= 0);
    QVERIFY(timing.ttfbMs >= 0);
}

void TestHttpFetchClient::redirectReusesTheConnection()
{
    net::TcpServerEndpoint demo;
    QVERIFY(startDemoSite(demo));

    tests::RecordingSink sink;
    net::HttpFetchClient client;
    client.attach(&sink, 1, QStringLiteral("HTTP"));
    net::HttpFetchClient::Request request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/redirect-301").arg(demo.port()));
    QVERIFY2(fetch(client, request), qPrintable(client.errorMessage()));

    const QList<net::HttpFetchClient::Hop> hops = client.hops();
    QCOMPARE(hops.size(), 2);
    QCOMPARE(hops.at(0).status, 301);
    QCOMPARE(hops.at(0).location.path(), QStringLiteral("/fixed"));
    QCOMPARE(hops.at(1).status, 200);
    QCOMPARE(client.finalUrl().path(), QStringLiteral("/fixed"));
    // One connection for both hops, as requests' pool does: the second hop had
    // no DNS, connect or TLS.
    QCOMPARE(sink.count(net::EventKind::Connect), 1);
    QCOMPARE(sink.count(net::EventKind::Send), 2);
    QVERIFY(client.timing().reusedConnection);
    QCOMPARE(client.timing().dnsMs, -1.0);
}

void TestHttpFetchClient::stopBetweenRedirectHops()
{
    net::TcpServerEndpoint demo;
    QVERIFY(startDemoSite(demo));

    net::HttpFetchClient client;
    // Stopped just after the redirect arrived, before the next hop goes out.
    connect(&client, &net::HttpFetchClient::hopFinished, &client, [&client] { client.abort(); });
    net::HttpFetchClient::Request request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/redirect-302").arg(demo.port()));
    QSignalSpy done(&client, &net::HttpFetchClient::finished);
    client.start(request);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY(!client.isBusy());
    QVERIFY2(client.errorMessage().contains(QLatin1String("Stopped")),
             qPrintable(client.errorMessage()));
    QCOMPARE(client.hops().size(), 1);
    QTest::qWait(200);
    QCOMPARE(done.size(), 1); // and no second hop after all
}

void TestHttpFetchClient::newFetchBetweenRedirectHops()
{
    net::TcpServerEndpoint demo;
    QVERIFY(startDemoSite(demo));
    net::HttpFetchClient client;
    const QUrl fixed(QStringLiteral("http://127.0.0.1:%1/fixed").arg(demo.port()));
    // A new fetch started as the redirect arrives replaces the old one: the
    // old one ends stopped, and its redirect is never followed.
    bool restarted = false;
    connect(&client, &net::HttpFetchClient::hopFinished, &client, [&] {
        if (restarted)
            return;
        restarted = true;
        net::HttpFetchClient::Request next;
        next.url = fixed;
        client.start(next);
    });
    net::HttpFetchClient::Request request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/redirect-302").arg(demo.port()));
    QSignalSpy done(&client, &net::HttpFetchClient::finished);
    client.start(request);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 10000);
    QCOMPARE(done.at(0).first().toBool(), false); // the old fetch, stopped
    QCOMPARE(done.at(1).first().toBool(), true);
    QCOMPARE(client.finalUrl(), fixed);
    QCOMPARE(client.hops().size(), 1);
    QCOMPARE(client.statusCode(), 200);
    QTest::qWait(200);
    QCOMPARE(done.size(), 2);
    QCOMPARE(client.finalUrl(), fixed); // /chunked, the old redirect's target, never fetched
}

void TestHttpFetchClient::httpsToAPlainPortSaysSo()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    net::TcpServerEndpoint demo;
    QVERIFY(startDemoSite(demo));
    net::HttpFetchClient client;
    net::HttpFetchClient::Request request;
    request.url = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(demo.port()));
    QVERIFY(!fetch(client, request));
    QVERIFY2(client.errorMessage().contains(QLatin1String("A plain http:// server cannot answer")),
             qPrintable(client.errorMessage()));
    const net::HttpTiming timing = client.timing();
    QVERIFY(timing.connectMs >= 0);
    QVERIFY(timing.tls);
    QCOMPARE(timing.tlsMs, -1.0);
    widgets::TimingView view;
    view.setTiming(timing);
    QCOMPARE(view.valueText(widgets::TimingView::Tls), QStringLiteral("not finished"));
}

void TestHttpFetchClient::badServersGiveClearMessages_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("says"); // part of the message, the byte offset where there is one
    QTest::newRow("malformed status line")
        << QByteArray("HTTP/1.1 OK\r\n\r\n") << QStringLiteral("offset 9");
    QTest::newRow("header without a colon")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length 5\r\n\r\nhello")
        << QStringLiteral("offset 17");
    QTest::newRow("invalid chunk size")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nab\r\n0\r\n\r\n")
        << QStringLiteral("offset 47");
    QTest::newRow("truncated body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this")
        << QStringLiteral("before the response was complete");
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2p1\r\n")
                              << QStringLiteral("cannot be read");
}

void TestHttpFetchClient::badServersGiveClearMessages()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, says);
    tests::ScriptedServer server(reply, true);
    tests::RecordingSink sink;
    net::HttpFetchClient client;
    client.attach(&sink, 1, QStringLiteral("HTTP"));
    net::HttpFetchClient::Request request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.port()));
    request.timeoutMs = 5000;
    QVERIFY(!fetch(client, request));
    QVERIFY(!client.isBusy());
    QVERIFY2(client.errorMessage().contains(says), qPrintable(client.errorMessage()));
    QCOMPARE(sink.count(net::EventKind::Error), 1); // one row says it, once
    // The bytes that came are still in the rows, exactly.
    QByteArray received;
    for (const net::TrafficEvent &e : std::as_const(sink.events))
        received += e.kind == net::EventKind::Recv ? e.data : QByteArray();
    QVERIFY(reply.startsWith(received.left(reply.size())));
}

QTEST_MAIN(TestHttpFetchClient)

#include "tst_httpfetchclient.moc"
