// The HTTP client (raw mode's HttpConnection, fetch mode's HttpFetchClient)
// against hostile servers on loopback (issue 19): a flood of interim
// responses, a decompression bomb, an endless body. Each must end with a clear
// message and bounded memory, and the client must work again afterwards.
#include "tests/net/compresstesting.h"
#include "tests/net/hostilehttppeers.h"
#include "tests/net/httptestpeers.h"

#include "net/httpclient/httpconnection.h"
#include "net/httpclient/httpfetchclient.h"
#include "net/httpclient/rawmodesession.h"
#include "net/httpclient/shownline.h"

#include <QSignalSpy>
#include <QStorageInfo>
#include <QTest>

#include <zlib.h>

using swb::net::HttpConnection;
using swb::net::HttpFetchClient;

class TestHostileHttp : public QObject
{
    Q_OBJECT

private slots:
    void interimFloodRawMode();
    void interimFloodFetchMode();
    void interimResponsesUnderTheCapAreFine();
    void decompressionBomb_data();
    void decompressionBomb();
    void decodedSizeLimit();
    void endlessChunkedBody();
    void endlessChunkedBodyRawMode();
    void temporaryFolderNearlyFull();
    void redirectToAnotherHostDropsCredentials();
    void hugeReasonPhraseIsShownCut();

private:
    static bool fetch(HttpFetchClient &client, const QUrl &url);
};

namespace {

QByteArray interimFlood(int count)
{
    QByteArray flood;
    flood.reserve(count * 18 + 64);
    for (int i = 0; i < count; ++i)
        flood += "HTTP/1.1 100 x\r\n\r\n";
    return flood + "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
}

bool waitDone(HttpConnection &client)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < hostile::timeoutMs) {
        if (client.state() == HttpConnection::State::Complete
            || client.state() == HttpConnection::State::Failed)
            return true;
        QTest::qWait(10);
    }
    return false;
}

// gzip of zeroBytes zeros, made piece by piece so that the test holds only the result.
QByteArray gzipZeros(qint64 zeroBytes)
{
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray out;
    char buffer[65536];
    for (qint64 left = zeroBytes;;) {
        const qint64 piece = qMin<qint64>(left, zeros.size());
        left -= piece;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = uInt(piece);
        const int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        int rc = Z_OK;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            rc = deflate(&stream, flush);
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
        if (rc == Z_STREAM_END)
            break;
    }
    deflateEnd(&stream);
    return out;
}

QByteArray withHead(const QByteArray &coding, const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Encoding: " + coding + "\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QUrl urlOf(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
}

} // namespace

bool TestHostileHttp::fetch(HttpFetchClient &client, const QUrl &url)
{
    QSignalSpy done(&client, &HttpFetchClient::finished);
    HttpFetchClient::Request request;
    request.url = url;
    request.timeoutMs = hostile::timeoutMs;
    client.start(request);
    if (done.isEmpty() && !done.wait(hostile::timeoutMs * 3))
        return false;
    return done.first().first().toBool();
}

void TestHostileHttp::interimFloodRawMode()
{
    // 55,000 interim responses (about 1 MiB) then the real one: each used to
    // copy the rest and recurse (3,567 frames, 256 KiB -> 507 MiB).
    swb::tests::ScriptedServer flood(interimFlood(55000), true);
    hostile::CountingSink sink;
    HttpConnection client;
    client.setSink(&sink);
    const qint64 rssBefore = hostile::statusKiB("VmRSS");
    client.start(QStringLiteral("127.0.0.1"), flood.port(), false, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(waitDone(client));
    const qint64 grownKiB = hostile::statusKiB("VmRSS") - rssBefore;
    QCOMPARE(client.state(), HttpConnection::State::Failed);
    QVERIFY2(client.errorMessage().contains(QStringLiteral("more than %1 interim responses")
                                                .arg(HttpConnection::maxInterimResponses)),
             qPrintable(client.errorMessage()));
    QVERIFY(!client.isConnected());
    // One row per interim response up to the cap, not 55,000.
    QVERIFY(sink.count(swb::net::EventKind::Info) <= HttpConnection::maxInterimResponses + 4);
    QCOMPARE(sink.count(swb::net::EventKind::Error), 1);
    qInfo("RSS grew by %lld KiB during the 1xx flood", grownKiB);
    QVERIFY2(grownKiB < 64 * 1024, qPrintable(QString::number(grownKiB)));

    // The same object works again with an honest server.
    swb::tests::ScriptedServer honest("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", true);
    client.start(QStringLiteral("127.0.0.1"), honest.port(), false, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(waitDone(client));
    QCOMPARE(client.state(), HttpConnection::State::Complete);
    QCOMPARE(client.parser().body(), QByteArray("ok"));
}

void TestHostileHttp::interimFloodFetchMode()
{
    swb::tests::ScriptedServer flood(interimFlood(55000), true);
    HttpFetchClient client;
    QVERIFY(!fetch(client, urlOf(flood.port())));
    QVERIFY2(client.errorMessage().contains(QStringLiteral("more than %1 interim responses")
                                                .arg(HttpConnection::maxInterimResponses)),
             qPrintable(client.errorMessage()));
    QVERIFY(!client.isBusy());
    swb::tests::ScriptedServer honest("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", true);
    QVERIFY(fetch(client, urlOf(honest.port())));
    QCOMPARE(client.body().head(), QByteArray("ok"));
}

void TestHostileHttp::interimResponsesUnderTheCapAreFine()
{
    // A few interim responses, in one read with the real one, as before.
    swb::tests::ScriptedServer server(interimFlood(HttpConnection::maxInterimResponses), true);
    hostile::CountingSink sink;
    HttpConnection client;
    client.setSink(&sink);
    client.start(QStringLiteral("127.0.0.1"), server.port(), false, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(waitDone(client));
    QCOMPARE(client.state(), HttpConnection::State::Complete);
    QCOMPARE(client.parser().statusCode(), 200);
    QCOMPARE(client.parser().body(), QByteArray("ok"));
    QVERIFY(client.responseBytes().startsWith("HTTP/1.1 200 OK"));
}

void TestHostileHttp::decompressionBomb_data()
{
    QTest::addColumn<QByteArray>("coding");
    QTest::addColumn<QByteArray>("body");
    // 256 MiB of zeros are 256 KiB gzip'd; 1 GiB (1 MiB gzip'd) behaves the same, only slower to make.
    const QByteArray bomb = gzipZeros(qint64(256) << 20);
    QTest::newRow("gzip") << QByteArray("gzip") << bomb;
    QTest::newRow("gzip inside gzip") << QByteArray("gzip, gzip") << swb::tests::compress(bomb);
}

void TestHostileHttp::decompressionBomb()
{
    QFETCH(QByteArray, coding);
    QFETCH(QByteArray, body);
    swb::tests::ScriptedServer server(withHead(coding, body), true);
    hostile::CountingSink sink;
    HttpFetchClient client;
    client.attach(&sink, 1, QStringLiteral("HTTP"));
    const qint64 rssBefore = hostile::statusKiB("VmRSS");
    QVERIFY(fetch(client, urlOf(server.port())));
    const qint64 grownKiB = hostile::statusKiB("VmRSS") - rssBefore;
    qInfo("RSS grew by %lld KiB for a %lld-byte bomb", grownKiB, qint64(body.size()));
    // Stopped by the ratio limit, named in the message; the body stays as received.
    const QString says = QStringLiteral("more than %1 times as many").arg(client.decodeLimits().maxRatio);
    QVERIFY2(client.decodeError().contains(says), qPrintable(client.decodeError()));
    QCOMPARE(client.body().size(), qint64(body.size()));
    QVERIFY2(grownKiB < 64 * 1024, qPrintable(QString::number(grownKiB)));
}

void TestHostileHttp::decodedSizeLimit()
{
    // A page that compresses honestly (so the ratio does not stop it) but is over the size limit.
    QByteArray page;
    for (int i = 0; page.size() < (6 << 20); ++i)
        page += QByteArray::number(qint64(i) * 2654435761u, 36) + ' ';
    swb::tests::ScriptedServer server(withHead("gzip", swb::tests::compress(page)), true);
    HttpFetchClient client;
    swb::net::ContentDecodeStream::Limits limits;
    limits.maxDecodedBytes = qint64(4) << 20;
    client.setDecodeLimits(limits);
    QVERIFY(fetch(client, urlOf(server.port())));
    QVERIFY2(client.decodeError().contains(QStringLiteral("more than 4 MiB")), qPrintable(client.decodeError()));
    // Under the limit, the same page is undone.
    limits.maxDecodedBytes = qint64(8) << 20;
    client.setDecodeLimits(limits);
    QVERIFY(fetch(client, urlOf(server.port())));
    QCOMPARE(client.decodeError(), QString());
    QCOMPARE(client.body().size(), qint64(page.size()));
    QCOMPARE(client.body().read(0, page.size()), page);
}

void TestHostileHttp::endlessChunkedBody()
{
    const QByteArray piece = hostile::chunk(QByteArray(64 << 10, 'x'));
    hostile::HttpFloodServer server("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                                    [piece] { return piece; });
    HttpFetchClient client;
    client.setMaxBodyBytes(qint64(16) << 20);
    const qint64 rssBefore = hostile::statusKiB("VmRSS");
    QVERIFY(!fetch(client, urlOf(server.port())));
    const qint64 grownKiB = hostile::statusKiB("VmRSS") - rssBefore;
    QVERIFY2(client.errorMessage().contains(QStringLiteral("larger than 16 MiB")),
             qPrintable(client.errorMessage()));
    QVERIFY(client.body().size() <= (qint64(16) << 20));
    QVERIFY(!client.isBusy());
    QVERIFY2(grownKiB < 64 * 1024, qPrintable(QString::number(grownKiB)));
    // The connection was closed: the server stops sending soon after.
    const qint64 sentAtStop = server.sent;
    QTest::qWait(200);
    QVERIFY(server.sent - sentAtStop < (qint64(4) << 20));
}

void TestHostileHttp::endlessChunkedBodyRawMode()
{
    const QByteArray piece = hostile::chunk(QByteArray(64 << 10, 'x'));
    hostile::HttpFloodServer server("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                                    [piece] { return piece; });
    swb::net::RawModeSession session;
    session.setMaxResponseBytes(qint64(16) << 20);
    session.setTimeoutMs(hostile::timeoutMs);
    QSignalSpy done(&session, &swb::net::RawModeSession::finished);
    session.start(urlOf(server.port()), "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(done.wait(hostile::timeoutMs * 3));
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY2(session.errorMessage().contains(QStringLiteral("larger than 16 MiB")),
             qPrintable(session.errorMessage()));
    QVERIFY(session.response().size() <= (qint64(16) << 20));
    QVERIFY(!session.isBusy());
}

void TestHostileHttp::temporaryFolderNearlyFull()
{
    // The spool asks for more free space than the disk has: it stops before writing a file.
    swb::net::BodySpool spool(1 << 20);
    spool.setMinFreeDisk(QStorageInfo(QDir::tempPath()).bytesAvailable() + (qint64(1) << 40));
    QVERIFY(spool.append(QByteArray(1 << 20, 'a')).ok()); // in memory, no disk needed
    const swb::Result<void> kept = spool.append("b");
    QVERIFY(!kept.ok());
    QVERIFY2(kept.message().contains(QStringLiteral("MiB free")), qPrintable(kept.message()));
    QVERIFY(!spool.isSpooled());
}

void TestHostileHttp::redirectToAnotherHostDropsCredentials()
{
    // 127.0.0.1 sends the client on to "localhost": another host by name.
    hostile::HttpFloodServer other("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    hostile::HttpFloodServer first("HTTP/1.1 302 Found\r\nLocation: http://localhost:"
                                   + QByteArray::number(other.port())
                                   + "/next\r\nContent-Length: 0\r\n\r\n");
    hostile::CountingSink sink;
    HttpFetchClient client;
    client.attach(&sink, 1, QStringLiteral("HTTP"));
    HttpFetchClient::Request request;
    request.url = urlOf(first.port());
    request.headers = {{"Authorization", "Bearer secret"}, {"Cookie", "session=1"}, {"X-Kept", "yes"}};
    request.acceptInvalidCertificates = true;
    request.timeoutMs = hostile::timeoutMs;
    QSignalSpy done(&client, &HttpFetchClient::finished);
    client.start(request);
    QVERIFY(done.wait(hostile::timeoutMs));
    QVERIFY(done.first().first().toBool());
    QCOMPARE(client.hops().size(), 2);
    QVERIFY(first.received.contains("Authorization: Bearer secret"));
    QVERIFY(first.received.contains("Cookie: session=1"));
    QVERIFY2(!other.received.contains("Authorization") && !other.received.contains("Cookie"),
             other.received.constData());
    QVERIFY(other.received.contains("X-Kept: yes"));
    bool said = false;
    for (const swb::net::TrafficEvent &e : std::as_const(sink.events))
        said = said || e.text.contains(QStringLiteral("Authorization, Cookie not sent to localhost"));
    QVERIFY(said);
    // Certificate errors were accepted for 127.0.0.1 only, not for localhost.
    QVERIFY(!client.findChild<HttpConnection *>()->ignoresCertificateErrors());
}

void TestHostileHttp::hugeReasonPhraseIsShownCut()
{
    // A 500 KiB reason phrase (the header limit is 1 MiB): rows and labels get a cut line.
    const QByteArray reply = "HTTP/1.1 200 " + QByteArray(500 << 10, 'A')
        + "\r\nContent-Length: 2\r\n\r\nok";
    swb::tests::ScriptedServer server(reply, true);
    hostile::CountingSink sink;
    HttpConnection raw;
    raw.setSink(&sink);
    raw.start(QStringLiteral("127.0.0.1"), server.port(), false, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(waitDone(raw));
    QCOMPARE(raw.state(), HttpConnection::State::Complete);
    QCOMPARE(raw.parser().reasonPhrase().size(), 500 << 10); // the parser keeps every byte
    HttpFetchClient client;
    client.attach(&sink, 1, QStringLiteral("HTTP"));
    QVERIFY(fetch(client, urlOf(server.port())));
    QVERIFY(client.reasonPhrase().size() < swb::net::maxShownLine + 32);
    QVERIFY(client.reasonPhrase().endsWith("(512000 bytes)"));
    for (const swb::net::TrafficEvent &e : std::as_const(sink.events))
        QVERIFY2(e.text.size() < 1000, qPrintable(e.text.left(100)));
}

QTEST_GUILESS_MAIN(TestHostileHttp)

#include "tst_hostilehttp.moc"
