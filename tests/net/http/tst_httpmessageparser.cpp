#include "tests/net/httpparserharness.h"

#include <QRandomGenerator>
#include <QTest>

using swb::net::HttpMessageParser;
using swb::tests::ParserSetup;

// Well-formed messages, each parsed whole, split in two at every byte
// position, byte by byte and in random pieces: every run must report exactly
// the same (offsets, headers, chunks, body, warnings). Bad input is tabled in
// tst_httpparsererrors.cpp with the same harness.
class TestHttpMessageParser : public QObject
{
    Q_OBJECT

private slots:
    void messages_data();
    void messages();
    void offsetsOfTheNotesRequest();
    void feedAfterCompleteConsumesNothing();
    void resetKeepsConfiguration();
    void largeBodyKeptUpToLimit();
    void manyChunksAreCountedNotAllKept();
};

namespace {

using Kind = HttpMessageParser::Kind;

constexpr int response = int(Kind::Response);
constexpr int request = int(Kind::Request);

QByteArray repeated(const char *piece, int times)
{
    QByteArray out;
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

} // namespace

void TestHttpMessageParser::messages_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("finishAtEnd");
    QTest::addColumn<int>("messageCount");
    // Substrings that must appear in the descriptions of all messages, joined.
    QTest::addColumn<QStringList>("expect");

    QTest::newRow("fixed length")
        << response << QByteArray()
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello")
        << false << 1
        << QStringList{"state=7", "first=HTTP/1.1 200 OK len=17", "status=200 reason=OK",
                       "headers=[Content-Length=5@17+19 Content-Type=text/plain@36+26]",
                       "headerEnd=64 blank=62", "framing=1 cl=5", "body=hello bodyBytes=5 total=69",
                       "keepAlive=1", "warnings=[]"};
    QTest::newRow("chunked with extension and trailer")
        << response << QByteArray()
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Checksum\r\n\r\n"
                      "5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Checksum: abc\r\n\r\n")
        << false << 1
        << QStringList{"state=7", "headerEnd=68", "framing=2 cl=-1",
                       "chunks=[68+14:82+5 89+3:92+6 100+3:103+0] count=3",
                       "trailers=[X-Checksum=abc@103+17]", "body=hello world bodyBytes=11 total=122",
                       "keepAlive=1"};
    QTest::newRow("chunked upper-case hex, white space before extension")
        << response << QByteArray()
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "A \t;x=\"quoted\"\r\n0123456789\r\n0\r\n\r\n")
        << false << 1 << QStringList{"state=7", "body=0123456789", "count=2"};
    QTest::newRow("until close")
        << response << QByteArray()
        << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html>bye</html>")
        << true << 1
        << QStringList{"state=7", "framing=3 cl=-1", "body=<html>bye</html>", "keepAlive=0"};
    QTest::newRow("until close, empty body")
        << response << QByteArray() << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << true << 1
        << QStringList{"state=7", "framing=3", "bodyBytes=0", "error@-1"};
    QTest::newRow("HEAD response has no body")
        << response << QByteArray("HEAD")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n") << false << 1
        << QStringList{"state=7", "framing=0 cl=1234", "bodyBytes=0", "keepAlive=1"};
    QTest::newRow("204 no content")
        << response << QByteArray() << QByteArray("HTTP/1.1 204 No Content\r\nServer: t\r\n\r\n")
        << false << 1 << QStringList{"state=7", "status=204", "framing=0"};
    QTest::newRow("304 ignores Content-Length")
        << response << QByteArray()
        << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 100\r\n\r\n") << false << 1
        << QStringList{"state=7", "framing=0 cl=100", "bodyBytes=0"};
    QTest::newRow("keep-alive: two pipelined responses")
        << response << QByteArray()
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc"
                      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nxyz\r\n0\r\n\r\n")
        << false << 2
        << QStringList{"body=abc bodyBytes=3 total=41", "body=xyz bodyBytes=3 total=60"};
    QTest::newRow("100 continue, then the response")
        << response << QByteArray()
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok")
        << false << 2 << QStringList{"status=100", "status=201", "body=ok"};
    QTest::newRow("empty reason phrase")
        << response << QByteArray() << QByteArray("HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n")
        << false << 1 << QStringList{"state=7", "status=200 reason= ", "bodyBytes=0"};
    QTest::newRow("bare LF line ends warned")
        << response << QByteArray() << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nhi")
        << false << 1
        << QStringList{"state=7", "headerEnd=35 blank=34", "body=hi",
                       "bare LF at byte offset 15"};
    QTest::newRow("obs-fold in a response joined with a warning")
        << response << QByteArray()
        << QByteArray("HTTP/1.1 200 OK\r\nX-Long: one\r\n  two\r\nContent-Length: 0\r\n\r\n")
        << false << 1
        << QStringList{"state=7", "X-Long=one two@17+20", "Obsolete line folding at byte offset 30"};
    QTest::newRow("Connection: close on HTTP/1.1")
        << response << QByteArray()
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: keep-alive, Close\r\nContent-Length: 1\r\n\r\nx")
        << false << 1 << QStringList{"state=7", "keepAlive=0"};
    QTest::newRow("HTTP/1.0 keep-alive")
        << response << QByteArray()
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 1\r\n\r\nx")
        << false << 1 << QStringList{"state=7", "keepAlive=1"};
    QTest::newRow("HTTP/1.0 without keep-alive closes")
        << response << QByteArray() << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx")
        << false << 1 << QStringList{"state=7", "keepAlive=0"};
    QTest::newRow("equal duplicate Content-Length")
        << response << QByteArray()
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\ncontent-length: 2, 2\r\n\r\nok")
        << false << 1 << QStringList{"state=7", "cl=2", "body=ok"};
    QTest::newRow("chunked wins over Content-Length")
        << response << QByteArray()
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "2\r\nok\r\n0\r\n\r\n")
        << false << 1 << QStringList{"state=7", "framing=2", "body=ok", "Content-Length is ignored"};
    QTest::newRow("body longer than Content-Length on a closing connection")
        << response << QByteArray()
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabcdefg")
        << true << 1
        << QStringList{"state=7", "body=abc", "extra=4",
                       "longer than Content-Length by 4 bytes", "after byte offset 60"};
    QTest::newRow("GET request")
        << request << QByteArray()
        << QByteArray("GET /index.html?q=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n") << false << 1
        << QStringList{"state=7", "method=GET target=/index.html?q=1", "version=HTTP/1.1",
                       "framing=0", "keepAlive=1"};
    QTest::newRow("the notes' request with a stray bare LF")
        << request << QByteArray()
        << QByteArray("GET / HTTP/1.1\r\nHOST:time.geekbang.org\r\nConnection: close\n\r\n")
        << false << 1
        << QStringList{"state=7", "HOST=time.geekbang.org@16+24 Connection=close@40+18",
                       "headerEnd=60 blank=58", "keepAlive=0", "bare LF at byte offset 57"};
    QTest::newRow("POST with a body")
        << request << QByteArray()
        << QByteArray("POST /submit HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcd") << false
        << 1 << QStringList{"state=7", "method=POST", "body=abcd"};
    QTest::newRow("chunked request")
        << request << QByteArray()
        << QByteArray("PUT /f HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nwiki\r\n0\r\n\r\n")
        << false << 1 << QStringList{"state=7", "framing=2", "body=wiki"};
    QTest::newRow("two pipelined requests")
        << request << QByteArray()
        << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\n\r\nHEAD /b HTTP/1.1\r\nHost: x\r\n\r\n") << false
        << 2 << QStringList{"target=/a", "method=HEAD target=/b"};
    QTest::newRow("long header lines")
        << response << QByteArray()
        << QByteArray("HTTP/1.1 200 OK\r\nSet-Cookie: " + repeated("abcdefghij", 30)
                      + "\r\nContent-Length: 0\r\n\r\n")
        << false << 1 << QStringList{"state=7", "Set-Cookie=abcdefghij"};
}

void TestHttpMessageParser::messages()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, input);
    QFETCH(bool, finishAtEnd);
    QFETCH(int, messageCount);
    QFETCH(QStringList, expect);

    ParserSetup setup;
    setup.kind = Kind(kind);
    setup.requestMethod = method;
    setup.finishAtEnd = finishAtEnd;

    const QStringList whole = swb::tests::runPieces(setup, {input});
    QCOMPARE(whole.size(), messageCount);
    const QString all = whole.join(QLatin1String("\n----\n"));
    for (const QString &part : expect)
        QVERIFY2(all.contains(part), qPrintable(QStringLiteral("missing \"%1\" in\n%2").arg(part, all)));

    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        const QStringList split = swb::tests::runPieces(setup, swb::tests::splitAt(input, {cut}));
        if (split != whole)
            QFAIL(qPrintable(QStringLiteral("split at %1:\n%2\n--- whole:\n%3")
                                 .arg(cut)
                                 .arg(split.join(QLatin1String("\n----\n")), all)));
    }
    QCOMPARE(swb::tests::runPieces(setup, swb::tests::bytewise(input)), whole);
    // Random three-way splits cover pairs of boundaries too.
    QRandomGenerator random(quint32(qHash(input)));
    for (int i = 0; i < 200; ++i) {
        qsizetype a = random.bounded(int(input.size()) + 1);
        qsizetype b = random.bounded(int(input.size()) + 1);
        if (a > b)
            std::swap(a, b);
        QCOMPARE(swb::tests::runPieces(setup, swb::tests::splitAt(input, {a, b})), whole);
    }
}

void TestHttpMessageParser::offsetsOfTheNotesRequest()
{
    // The notes split the raw reply at the first \r\n\r\n; the parser's header
    // end is that same position (plus 4), so the two views agree.
    const QByteArray raw = "HTTP/1.1 200 OK\r\nAccept-Ranges: bytes\r\nContent-Length: 5\r\n"
                           "Content-Type: text/html\r\nConnection: close\r\n\r\n<!DOC";
    HttpMessageParser p;
    QCOMPARE(p.feed(raw), qint64(raw.size()));
    QVERIFY(p.isComplete());
    QCOMPARE(p.headerEnd(), qint64(raw.indexOf("\r\n\r\n") + 4));
    QCOMPARE(p.blankLineOffset(), qint64(raw.indexOf("\r\n\r\n") + 2));
    QCOMPARE(p.header("content-type"), QByteArray("text/html"));
    QCOMPARE(p.headers().size(), 4);
    QCOMPARE(p.headers().at(1).offset, qint64(raw.indexOf("Content-Length")));
}

void TestHttpMessageParser::feedAfterCompleteConsumesNothing()
{
    HttpMessageParser p;
    const QByteArray first = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
    const QByteArray next = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
    QCOMPARE(p.feed(first + next), qint64(first.size()));
    QVERIFY(p.isComplete());
    QCOMPARE(p.feed(next), qint64(0)); // keep-alive: the caller resets first
    QCOMPARE(p.extraBytes(), qint64(0));
    QVERIFY(p.warnings().isEmpty());
    p.reset();
    QCOMPARE(p.feed(next), qint64(next.size()));
    QCOMPARE(p.statusCode(), 404);
    QVERIFY(p.isComplete());
}

void TestHttpMessageParser::resetKeepsConfiguration()
{
    HttpMessageParser p;
    p.setRequestMethod("HEAD");
    p.setMaxHeaderBytes(64);
    p.reset();
    QCOMPARE(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n"), qint64(39));
    QVERIFY(p.isComplete()); // still HEAD after reset()
    p.reset();
    p.feed("HTTP/1.1 200 OK\r\nX: " + QByteArray(100, 'a'));
    QVERIFY(p.hasError());
    QCOMPARE(p.errorOffset(), qint64(64));
}

void TestHttpMessageParser::largeBodyKeptUpToLimit()
{
    HttpMessageParser p;
    p.setMaxKeptBodyBytes(1000);
    p.feed("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
    const QByteArray block(4096, 'x');
    qint64 fed = 0;
    while (!p.isComplete())
        fed += p.feed(block.left(int(std::min<qint64>(block.size(), 100000 - fed))));
    QCOMPARE(fed, qint64(100000));
    QCOMPARE(p.bodyBytes(), qint64(100000));
    QCOMPARE(p.body().size(), 1000);
}

void TestHttpMessageParser::manyChunksAreCountedNotAllKept()
{
    HttpMessageParser p;
    p.setMaxKeptBodyBytes(0);
    p.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray oneByteChunks = repeated("1\r\nx\r\n", 1000);
    const int rounds = HttpMessageParser::maxKeptChunks / 1000 + 5;
    for (int i = 0; i < rounds; ++i)
        QCOMPARE(p.feed(oneByteChunks), qint64(oneByteChunks.size()));
    p.feed("0\r\n\r\n");
    QVERIFY(p.isComplete());
    QCOMPARE(p.chunkCount(), qint64(rounds) * 1000 + 1);
    QCOMPARE(p.chunks().size(), HttpMessageParser::maxKeptChunks);
    QCOMPARE(p.bodyBytes(), qint64(rounds) * 1000);
}

QTEST_APPLESS_MAIN(TestHttpMessageParser)
#include "tst_httpmessageparser.moc"
