// The HTTP client (raw mode's HttpConnection, fetch mode's HttpFetchClient)
// against hostile servers on loopback (issue 19): a flood of interim
// responses, a decompression bomb, an endless body. Each must end with a clear
// message and bounded memory, and the client must work again afterwards.
#include "tests/net/hostilehttppeers.h"
#include "tests/net/httptestpeers.h"

#include "net/httpclient/httpconnection.h"
#include "net/httpclient/httpfetchclient.h"

#include <QSignalSpy>
#include <QTest>

using swb::net::HttpConnection;
using swb::net::HttpFetchClient;

class TestHostileHttp : public QObject
{
    Q_OBJECT

private slots:
    void interimFloodRawMode();
    void interimFloodFetchMode();
    void interimResponsesUnderTheCapAreFine();

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

QTEST_GUILESS_MAIN(TestHostileHttp)

#include "tst_hostilehttp.moc"
