#include "net/http/contentdecoder.h"

#include <QTest>

#include <zlib.h>

using swb::Result;
using swb::net::ContentDecoder;

// Content-Encoding undone with zlib. The fixtures were made by Python's gzip
// and zlib modules, not by this project, so encoder and decoder cannot share a
// mistake.
class TestContentDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void boundedOutput();
    void gzipBombStopsAtTheLimit();
};

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

const QByteArray gzipHello = hex("1f8b0800000000000203cb48cdc9c9d75148afca2c5028cf2fca49e10200e07b8d0512000000");

} // namespace

void TestContentDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("message"); // in errorMessage, or in note when ok

    QTest::newRow("no encoding") << QByteArray("plain") << QByteArray() << true << QByteArray("plain") << QString();
    QTest::newRow("identity") << QByteArray("plain") << QByteArray("identity") << true << QByteArray("plain") << QString();
    QTest::newRow("gzip") << gzipHello << QByteArray("gzip") << true << QByteArray("hello, gzip world\n") << QString();
    QTest::newRow("x-gzip, odd case") << gzipHello << QByteArray(" X-GZip ") << true
                                      << QByteArray("hello, gzip world\n") << QString();
    QTest::newRow("deflate, zlib-wrapped")
        << hex("789ccb48cdc9c9d75148494dcb492c49e502002bed0540") << QByteArray("deflate") << true
        << QByteArray("hello, deflate\n") << QString();
    QTest::newRow("deflate, raw") << hex("2b4a2c5748494dcb492c495548ca4fa9e40200") << QByteArray("deflate")
                                  << true << QByteArray("raw deflate body\n") << QString();
    QTest::newRow("two gzip members")
        << hex("1f8b0800000000000203cb48cdc9c9570000f6f981ed06000000"
               "1f8b08000000000002032bcf2fca4901004311773a05000000")
        << QByteArray("gzip") << true << QByteArray("hello world") << QString();
    QTest::newRow("stacked: deflate, then gzip")
        << hex("1f8b0800000000000203ab98a3ade7e973cecff7211303df3aa6570084f0f3de10000000")
        << QByteArray("deflate, gzip") << true << QByteArray("stacked\n") << QString();
    QTest::newRow("empty body") << QByteArray() << QByteArray("gzip") << true << QByteArray() << QString();
    QTest::newRow("trailing bytes noted")
        << QByteArray(gzipHello + "junk") << QByteArray("gzip") << true
        << QByteArray("hello, gzip world\n") << "4 bytes after the end of the gzip data";
    QTest::newRow("truncated gzip")
        << gzipHello.left(20) << QByteArray("gzip") << false << QByteArray() << "ends early";
    QTest::newRow("gzip cut before the CRC")
        << gzipHello.left(gzipHello.size() - 8) << QByteArray("gzip") << false
        << QByteArray("hello, gzip world\n") << "ends early";
    QByteArray corrupt = gzipHello;
    corrupt[12] = char(0xff);
    QTest::newRow("corrupt gzip") << corrupt << QByteArray("gzip") << false << QByteArray() << "broken at byte offset";
    QTest::newRow("not gzip at all") << QByteArray("<html>not compressed</html>") << QByteArray("gzip")
                                     << false << QByteArray() << "broken at byte offset";
    QTest::newRow("brotli unsupported") << QByteArray("\x1b\x03") << QByteArray("br") << false
                                        << QByteArray("\x1b\x03") << "\"br\" is not supported";
}

void TestContentDecoder::decode()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, encoding);
    QFETCH(bool, ok);
    QFETCH(QByteArray, expected);
    QFETCH(QString, message);

    ContentDecoder::Decoded partial;
    const Result<ContentDecoder::Decoded> result =
        ContentDecoder::decode(body, encoding, qint64(256) << 20, &partial);
    QCOMPARE(result.ok(), ok);
    const ContentDecoder::Decoded &decoded = ok ? *result : partial;
    if (ok || !expected.isEmpty())
        QCOMPARE(decoded.bytes, expected);
    const QString text = ok ? decoded.note : result.message();
    if (message.isEmpty())
        QVERIFY2(text.isEmpty(), qPrintable(text));
    else
        QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY(!decoded.truncated);
    // A stream that breaks names the byte where it broke, in the message and in the offset.
    if (!ok && result.failure().offset >= 0)
        QVERIFY2(text.contains(QStringLiteral("offset %1 ").arg(result.failure().offset)),
                 qPrintable(text));
}

void TestContentDecoder::boundedOutput()
{
    const Result<ContentDecoder::Decoded> result = ContentDecoder::decode(gzipHello, "gzip", 5);
    QVERIFY(result.ok());
    QVERIFY(result->truncated);
    QCOMPARE(result->bytes, QByteArray("hello"));
    QVERIFY(result->note.contains(QLatin1String("stopped at 5 bytes")));
}

void TestContentDecoder::gzipBombStopsAtTheLimit()
{
    // 64 MB of zeros compress to a few hundred KB: decoding must stop at the
    // limit quickly instead of filling memory.
    z_stream stream{};
    QVERIFY(deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray bomb;
    QByteArray out(1 << 16, Qt::Uninitialized);
    for (int i = 0; i < 64; ++i) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = uInt(zeros.size());
        const int flush = i == 63 ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(out.data());
            stream.avail_out = uInt(out.size());
            deflate(&stream, flush);
            bomb.append(out.constData(), out.size() - stream.avail_out);
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    QVERIFY(bomb.size() < 1 << 20);
    const Result<ContentDecoder::Decoded> result = ContentDecoder::decode(bomb, "gzip", 8 << 20);
    QVERIFY(result.ok());
    QVERIFY(result->truncated);
    QCOMPARE(result->bytes.size(), 8 << 20);
}

QTEST_APPLESS_MAIN(TestContentDecoder)
#include "tst_contentdecoder.moc"
