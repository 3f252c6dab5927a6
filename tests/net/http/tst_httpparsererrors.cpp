#include "tests/net/httpparserharness.h"

#include <QTest>

using swb::net::HttpMessageParser;
using swb::tests::ParserSetup;

// Bad input from the issue (malformed status line, header without a colon,
// invalid chunk size, truncated body, body longer than Content-Length, a
// non-HTTP server, a 10 MB header) and more: each must stop with a clear
// message naming the offending byte offset, the same whatever the split.
// Inputs the fuzzer once broke on are rows here too ("fuzz: ...").
class TestHttpParserErrors : public QObject
{
    Q_OBJECT

private slots:
    void errors_data();
    void errors();
    void tenMegabyteHeader();
    void endlessHeaderLineHasBoundedMemory();
    void closeBeforeAnyByte();
};

namespace {

using Kind = HttpMessageParser::Kind;
constexpr int response = int(Kind::Response);
constexpr int request = int(Kind::Request);
const QByteArray ok = "HTTP/1.1 200 OK\r\n";
const QByteArray chunked = ok + "Transfer-Encoding: chunked\r\n\r\n";

} // namespace

void TestHttpParserErrors::errors_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("finishAtEnd");
    QTest::addColumn<qint64>("maxHeaderBytes");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("message");

    QTest::newRow("status code not digits")
        << response << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << false << qint64(0) << qint64(10)
        << "the status code must be three digits";
    QTest::newRow("no space after the version")
        << response << QByteArray("HTTP/1.1200 OK\r\n\r\n") << false << qint64(0) << qint64(8)
        << "expected one space after HTTP/1.1";
    QTest::newRow("HTTP/2 text")
        << response << QByteArray("HTTP/2 200\r\n\r\n") << false << qint64(0) << qint64(5)
        << "must look like HTTP/1.1";
    QTest::newRow("HTTP/3.0")
        << response << QByteArray("HTTP/3.0 200 OK\r\n\r\n") << false << qint64(0) << qint64(5)
        << "is not HTTP/1.x";
    QTest::newRow("status below 100")
        << response << QByteArray("HTTP/1.1 099 Odd\r\n\r\n") << false << qint64(0) << qint64(9)
        << "below 100";
    QTest::newRow("header without a colon")
        << response << QByteArray(ok + "Content-Length 5\r\n\r\nhello") << false << qint64(0)
        << qint64(17) << "header line without a colon";
    QTest::newRow("space before the colon")
        << response << QByteArray(ok + "Content-Length : 5\r\n\r\n") << false << qint64(0)
        << qint64(31) << "white space";
    QTest::newRow("invalid chunk size")
        << response << QByteArray(chunked + "zz\r\n") << false << qint64(0) << qint64(47)
        << "invalid chunk size \"zz\"";
    QTest::newRow("junk after the chunk size")
        << response << QByteArray(chunked + "5x\r\nhello\r\n") << false << qint64(0) << qint64(48)
        << "invalid chunk size";
    QTest::newRow("chunk size too large")
        << response << QByteArray(chunked + "FFFFFFFFFFFFFFFFFFFF\r\n") << false << qint64(0)
        << qint64(47) << "chunk size too large";
    QTest::newRow("chunk data longer than its size")
        << response << QByteArray(chunked + "3\r\nabcd\r\n0\r\n\r\n") << false << qint64(0)
        << qint64(53) << "does not end where its size (3 bytes) says";
    QTest::newRow("truncated body")
        << response << QByteArray(ok + "Content-Length: 10\r\n\r\nabcd") << true << qint64(0)
        << qint64(43) << "the connection closed after 4 of 10 body bytes";
    QTest::newRow("truncated chunked body")
        << response << QByteArray(chunked + "5\r\nhel") << true << qint64(0) << qint64(53)
        << "the last chunk (size 0) never came";
    QTest::newRow("closed in the header")
        << response << QByteArray(ok + "Server: x\r\n") << true << qint64(0) << qint64(28)
        << "closed in the header section";
    QTest::newRow("Content-Length headers disagree")
        << response << QByteArray(ok + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello")
        << false << qint64(0) << qint64(36) << "two Content-Length headers disagree: 5 and 6";
    QTest::newRow("Content-Length not a number")
        << response << QByteArray(ok + "Content-Length: 12abc\r\n\r\n") << false << qint64(0)
        << qint64(17) << "invalid Content-Length \"12abc\"";
    QTest::newRow("negative Content-Length")
        << response << QByteArray(ok + "Content-Length: -1\r\n\r\n") << false << qint64(0)
        << qint64(17) << "invalid Content-Length";
    QTest::newRow("bare CR inside a header")
        << response << QByteArray(ok + "X-A: a\rb\r\n\r\n") << false << qint64(0) << qint64(23)
        << "CR byte";
    QTest::newRow("NUL in a header value")
        << response << QByteArray(ok + "X-A: a" + QByteArray(1, '\0') + "b\r\n\r\n") << false
        << qint64(0) << qint64(23) << "NUL byte";
    QTest::newRow("first header line folded")
        << response << QByteArray(ok + " X-A: a\r\n\r\n") << false << qint64(0) << qint64(17)
        << "begins with white space";
    QTest::newRow("folded trailer")
        << response << QByteArray(chunked + "0\r\nX-A: a\r\n b\r\n\r\n") << false << qint64(0)
        << qint64(58) << "not allowed in a request or a trailer";
    QTest::newRow("SSH server")
        << response << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n") << false << qint64(0)
        << qint64(0) << "this does not look like HTTP";
    QTest::newRow("TLS server alert")
        << response << QByteArray::fromHex("15030300020228") << false << qint64(0) << qint64(0)
        << "this does not look like HTTP";
    QTest::newRow("lower-case http")
        << response << QByteArray("http/1.1 200 OK\r\n\r\n") << false << qint64(0) << qint64(0)
        << "this does not look like HTTP";
    QTest::newRow("empty first line")
        << response << QByteArray("\r\nHTTP/1.1 200 OK\r\n\r\n") << false << qint64(0)
        << qint64(0) << "this does not look like HTTP";
    QTest::newRow("header over the limit")
        << response << QByteArray(ok + "X-Big: " + QByteArray(300, 'a') + "\r\n\r\n") << false
        << qint64(200) << qint64(200) << "larger than the limit of 200 bytes";
    QTest::newRow("trailers over the limit")
        << response << QByteArray(chunked + "0\r\nX-T: " + QByteArray(300, 'b') + "\r\n\r\n")
        << false << qint64(200) << qint64(250) << "larger than the limit of 200 bytes";
    QTest::newRow("trailer without a colon")
        << response << QByteArray(chunked + "0\r\nnot a field\r\n\r\n") << false << qint64(0)
        << qint64(50) << "header line without a colon";
    QTest::newRow("request: TLS ClientHello on the plain port")
        << request << QByteArray::fromHex("160301020001000200") << false << qint64(0) << qint64(0)
        << "this does not look like HTTP";
    QTest::newRow("request: HTTP/0.9")
        << request << QByteArray("GET /\r\n\r\n") << false << qint64(0) << qint64(5)
        << "no HTTP version";
    QTest::newRow("request: empty target")
        << request << QByteArray("GET  HTTP/1.1\r\n\r\n") << false << qint64(0) << qint64(4)
        << "request target is empty";
    QTest::newRow("request: obs-fold")
        << request << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n b\r\n\r\n") << false << qint64(0)
        << qint64(25) << "not allowed in a request";
    QTest::newRow("request: Transfer-Encoding without chunked")
        << request << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << false
        << qint64(0) << qint64(17) << "has no knowable length";
    // Found by fuzz_httprequest: a long non-HTTP first line in one piece was
    // judged only at its end (another message) while byte by byte it failed at once.
    QTest::newRow("fuzz: long non-HTTP line in one piece")
        << request
        << QByteArray("GEContent-Ty\x10" + QByteArray(1, '\0') + QByteArray(33, 's') + QByteArray(6, '\0')
                      + "/html; charset=T /\r\n\r\xa6")
        << false << qint64(0) << qint64(0) << "this does not look like HTTP";
    // Found by fuzz_httpresponse: with a small header limit, a long non-HTTP
    // line in one piece hit the limit (offset 200) before its first bytes were judged.
    QTest::newRow("fuzz: non-HTTP line longer than the header limit")
        << response << QByteArray::fromHex("436e742d456e636f64cb48cdc9c9b78c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8cffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8cffffffffffffffffffffffffffffffffffffffffffffffffff8c8cd107b36df4c1125c00")
        << true << qint64(200) << qint64(0) << "this does not look like HTTP";
    QTest::newRow("request: a response where a request belongs")
        << request << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << false << qint64(0) << qint64(0)
        << "this does not look like HTTP";
}

void TestHttpParserErrors::errors()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, input);
    QFETCH(bool, finishAtEnd);
    QFETCH(qint64, maxHeaderBytes);
    QFETCH(qint64, offset);
    QFETCH(QString, message);

    ParserSetup setup;
    setup.kind = Kind(kind);
    setup.finishAtEnd = finishAtEnd;
    setup.maxHeaderBytes = maxHeaderBytes;
    HttpMessageParser last;
    const QStringList whole = swb::tests::runPieces(setup, {input}, &last);
    QVERIFY2(last.hasError(), qPrintable(whole.join(QLatin1Char('\n'))));
    QCOMPARE(last.errorOffset(), offset);
    QVERIFY2(last.errorMessage().contains(message), qPrintable(last.errorMessage()));
    QVERIFY2(last.errorMessage().contains(QStringLiteral("byte offset %1").arg(offset)),
             qPrintable(last.errorMessage()));

    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        const QStringList split = swb::tests::runPieces(setup, swb::tests::splitAt(input, {cut}));
        if (split != whole)
            QFAIL(qPrintable(QStringLiteral("split at %1:\n%2\n--- whole:\n%3")
                                 .arg(cut)
                                 .arg(split.join(QLatin1Char('\n')), whole.join(QLatin1Char('\n')))));
    }
    QCOMPARE(swb::tests::runPieces(setup, swb::tests::bytewise(input)), whole);
}

void TestHttpParserErrors::tenMegabyteHeader()
{
    HttpMessageParser p;
    p.feed(ok);
    const QByteArray line = "X-Filler: " + QByteArray(1000, 'f') + "\r\n";
    QByteArray block;
    while (block.size() < 64 * 1024)
        block += line;
    qint64 fed = ok.size();
    qint64 consumed = ok.size();
    while (fed < qint64(10) << 20) {
        consumed += p.feed(block);
        fed += block.size();
        if (p.hasError())
            break;
    }
    QVERIFY(p.hasError());
    QCOMPARE(p.errorOffset(), qint64(1) << 20);
    QVERIFY2(p.errorMessage().contains(QLatin1String("larger than the limit of 1048576 bytes")),
             qPrintable(p.errorMessage()));
    QVERIFY(p.headers().size() < 1100);
    QCOMPARE(p.feed(block), qint64(0)); // stays stopped
}

void TestHttpParserErrors::endlessHeaderLineHasBoundedMemory()
{
    // One line that never ends: the partial line must not grow past the limit.
    HttpMessageParser p;
    p.setMaxHeaderBytes(4096);
    p.feed("HTTP/1.1 200 OK\r\nX: ");
    const QByteArray block(1000, 'z');
    for (int i = 0; i < 100 && !p.hasError(); ++i)
        p.feed(block);
    QVERIFY(p.hasError());
    QCOMPARE(p.errorOffset(), qint64(4096));
}

void TestHttpParserErrors::closeBeforeAnyByte()
{
    HttpMessageParser p;
    p.finish();
    QVERIFY(p.hasError());
    QCOMPARE(p.errorOffset(), qint64(0));
    QVERIFY(p.errorMessage().contains(QLatin1String("before the message began")));
}

QTEST_APPLESS_MAIN(TestHttpParserErrors)
#include "tst_httpparsererrors.moc"
