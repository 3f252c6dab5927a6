#include "tests/net/compresstesting.h"

#include "net/http/contentdecodestream.h"
#include "net/http/contentdecoder.h"

#include <QTest>

#include <zlib.h>

using swb::Result;
using swb::net::ContentDecodeStream;

// Fetch mode's streaming decoder: the same page however the body is cut into
// pieces, gzip members and nested codings across piece boundaries, raw and
// zlib-wrapped deflate, and the failures (broken, cut short, unsupported).
class TestContentDecodeStream : public QObject
{
    Q_OBJECT

private slots:
    void samePageAnyPieces_data();
    void samePageAnyPieces();
    void failures_data();
    void failures();
};

namespace {

QByteArray page()
{
    QByteArray text;
    for (int i = 0; text.size() < 300000; ++i)
        text += "<p>line " + QByteArray::number(i) + " of a page, " + QByteArray::number(i * 7919 % 1000) + "</p>\n";
    return text;
}

struct Run
{
    Result<void> result;
    QByteArray decoded;
};

Run decodeInPieces(const QByteArray &body, const QByteArray &coding, qsizetype piece)
{
    Run run;
    ContentDecodeStream decoder(coding, ContentDecodeStream::Limits());
    const auto keep = [&run](const QByteArray &bytes) -> Result<void> {
        run.decoded += bytes;
        return {};
    };
    for (qsizetype at = 0; run.result && at < body.size(); at += piece)
        run.result = decoder.push(body.mid(at, piece), keep);
    if (run.result)
        run.result = decoder.finish();
    return run;
}

} // namespace

void TestContentDecodeStream::samePageAnyPieces_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("coding");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray text = page();
    const QByteArray half1 = text.left(text.size() / 2), half2 = text.mid(text.size() / 2);
    QTest::newRow("gzip") << swb::tests::compress(text, 31) << QByteArray("gzip") << text;
    QTest::newRow("two gzip members") << swb::tests::compress(half1, 31) + swb::tests::compress(half2, 31)
                                      << QByteArray("x-gzip") << text;
    QTest::newRow("deflate, zlib-wrapped") << swb::tests::compress(text, 15) << QByteArray("deflate") << text;
    QTest::newRow("deflate, raw") << swb::tests::compress(text, -15) << QByteArray("Deflate") << text;
    QTest::newRow("gzip inside deflate") << swb::tests::compress(swb::tests::compress(text, 31), 15)
                                         << QByteArray("gzip, deflate") << text;
    QTest::newRow("identity") << text << QByteArray("identity") << text;
    // fuzz: trailing bytes after a member, then what looks like another member:
    // all of it is trailing, whether it arrives whole or byte by byte (the
    // streaming decoder used to find the second member in one-byte pieces).
    QTest::newRow("member, trailing bytes, member")
        << swb::tests::compress(half1, 31) + QByteArray("\0\0\0\xff\xff\x01", 6) + swb::tests::compress(half2, 31)
        << QByteArray("gzip") << half1;
}

void TestContentDecodeStream::samePageAnyPieces()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, coding);
    QFETCH(QByteArray, expected);
    for (const qsizetype piece : {qsizetype(1), qsizetype(7), qsizetype(4096), body.size()}) {
        const Run run = decodeInPieces(body, coding, piece);
        QVERIFY2(run.result.ok(), qPrintable(QString::number(piece) + QLatin1Char(' ') + run.result.message()));
        QVERIFY2(run.decoded == expected, qPrintable(QString::number(piece)));
    }
    // The whole-body decoder agrees.
    const auto whole = swb::net::ContentDecoder::decode(body, coding);
    QVERIFY(whole.ok());
    QCOMPARE(whole->bytes, expected);
}

void TestContentDecodeStream::failures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("coding");
    QTest::addColumn<QString>("says");
    const QByteArray gz = swb::tests::compress(page(), 31);
    QByteArray broken = gz;
    broken[200] = char(broken[200] ^ 0x55);
    broken[201] = char(broken[201] ^ 0xaa);
    QTest::newRow("broken") << broken << QByteArray("gzip") << QStringLiteral("broken at byte offset");
    QTest::newRow("cut short") << gz.left(gz.size() / 2) << QByteArray("gzip") << QStringLiteral("ends early");
    QTest::newRow("unsupported") << gz << QByteArray("br") << QStringLiteral("\"br\" is not supported");
}

void TestContentDecodeStream::failures()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, coding);
    QFETCH(QString, says);
    const Run run = decodeInPieces(body, coding, 1000);
    QVERIFY(!run.result.ok());
    QVERIFY2(run.result.message().contains(says), qPrintable(run.result.message()));
}

QTEST_GUILESS_MAIN(TestContentDecodeStream)

#include "tst_contentdecodestream.moc"
