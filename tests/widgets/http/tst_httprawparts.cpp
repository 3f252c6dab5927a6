// Raw mode's parts against the built-in demo site (/chunked: five chunks with
// an extension and a trailer; /gzip: compressed when asked): choosing each part
// in the hex + text view shows exactly its bytes, and each save button's
// function writes exactly its bytes. What is expected comes from the demo
// server's own record of what it received and sent, split and de-chunked and
// gunzipped here, not from the panel.
#include "tests/net/httptestpeers.h"
#include "tests/widgets/httppaneltesting.h"
#include "tests/widgets/paneltesting.h"

#include "models/trafficmodel.h"
#include "net/reply/serverbehaviour.h"
#include "net/stream/tcpserverendpoint.h"
#include "widgets/common/bytedetailview.h"
#include "widgets/common/hexview.h"
#include "widgets/http/httppanel.h"
#include "widgets/http/httprequesteditor.h"
#include "widgets/httpresponse/httppartview.h"
#include "widgets/httpresponse/httprawview.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace swb;
using Part = widgets::HttpPartView::Part;
using SavePart = widgets::HttpRawView::SavePart;
using paneltesting::probe;

namespace {

// The body of a chunked message without its framing, done independently of
// the panel's parser: size line (hex, ";extension" ignored), data, CR LF.
QByteArray dechunk(const QByteArray &body)
{
    QByteArray out;
    qsizetype at = 0;
    for (;;) {
        const qsizetype lineEnd = body.indexOf("\r\n", at);
        if (lineEnd < 0)
            return "<no size line>";
        const QByteArray sizeField = body.mid(at, lineEnd - at).split(';').first().trimmed();
        bool ok = false;
        const qsizetype size = sizeField.toLongLong(&ok, 16);
        if (!ok)
            return "<bad size line>";
        if (size == 0)
            return out;
        out += body.mid(lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
}

QByteArray gunzip(const QByteArray &input)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return "<inflateInit2 failed>";
    QByteArray out;
    char buffer[16384];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    stream.avail_in = uInt(input.size());
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = uInt(sizeof buffer);
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray("<gzip stream broken>");
}

// The bytes a hex dump shows, read back from its lines ("00000010  68 65 ...  |he...|").
QByteArray bytesFromHexLines(const widgets::HexView *hex)
{
    QByteArray bytes;
    for (int line = 0; line < hex->lineCount(); ++line) {
        const QString text = hex->lineText(line);
        const qsizetype bar = text.indexOf(QLatin1String("  |"));
        const QStringList fields = text.left(bar).split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < fields.size(); ++i) // 0: the offset
            bytes += QByteArray::fromHex(fields.at(i).toLatin1());
    }
    return bytes;
}

// The printable column of the dump, joined: ASCII as is, everything else '.'.
QString asciiFromHexLines(const widgets::HexView *hex)
{
    QString ascii;
    for (int line = 0; line < hex->lineCount(); ++line) {
        const QString text = hex->lineText(line);
        const qsizetype bar = text.indexOf(QLatin1String("  |"));
        ascii += text.mid(bar + 3).chopped(1);
    }
    return ascii;
}

QString printable(const QByteArray &bytes)
{
    QString ascii;
    for (const char c : bytes)
        ascii += (uchar(c) >= 0x20 && uchar(c) <= 0x7e) ? QLatin1Char(c) : QLatin1Char('.');
    return ascii;
}

} // namespace

class TestHttpRawParts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void eachPartShowsItsBytes_data();
    void eachPartShowsItsBytes();
    void saveWritesEachPart_data();
    void saveWritesEachPart();
    void suggestedNamesAreTheNotes();

private:
    // Sends GET path in raw mode; fills what the demo server got and sent.
    bool exchange(const QByteArray &path, const QByteArray &extraHeaders);
    QByteArray serverBytes(net::EventKind kind) const;

    QTemporaryDir m_dir;
    models::TrafficModel *m_model = nullptr;
    widgets::HttpPanel *m_panel = nullptr;
    net::TcpServerEndpoint *m_demo = nullptr;
    tests::RecordingSink m_serverTraffic;
    QByteArray m_request;  // as the server received it
    QByteArray m_response; // as the server sent it
};

void TestHttpRawParts::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHttpRawParts::init()
{
    m_model = new models::TrafficModel;
    m_panel = new widgets::HttpPanel(7, m_model);
    m_panel->setName(QStringLiteral("HTTP"));
    m_panel->resize(1200, 800);
    m_panel->show();
    m_demo = new net::TcpServerEndpoint;
    m_serverTraffic.events.clear();
    m_demo->setSink(&m_serverTraffic);
    net::ServerBehaviour behaviour;
    const auto kind = net::ServerBehaviour::replyFromName(QStringLiteral("http-demo"));
    QVERIFY(kind);
    behaviour.reply = *kind;
    QCOMPARE(m_demo->setBehaviour(behaviour, net::TextEncoding::Utf8).message(), QString());
    QVERIFY(m_demo->start(net::TcpServerSettings()));
}

void TestHttpRawParts::cleanup()
{
    m_panel->shutdown();
    delete m_panel;
    m_demo->stop();
    delete m_demo;
    delete m_model;
}

QByteArray TestHttpRawParts::serverBytes(net::EventKind kind) const
{
    QByteArray bytes;
    for (const net::TrafficEvent &e : m_serverTraffic.events) {
        if (e.kind == kind)
            bytes += e.data;
    }
    return bytes;
}

bool TestHttpRawParts::exchange(const QByteArray &path, const QByteArray &extraHeaders)
{
    m_panel->setRawMode(true);
    m_panel->setUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_demo->port()));
    probe(m_panel).rawView()->editor()->setPlainText(
        QStringLiteral("GET %1 HTTP/1.1\\r\\nHost: {host}\\r\\n%2Connection: close\\r\\n\\r\\n")
            .arg(QString::fromLatin1(path), QString::fromLatin1(extraHeaders)));
    if (!tests::sendAndWait(m_panel))
        return false;
    // The server records what it writes as it writes it; give a slow record a moment.
    for (int i = 0; i < 50 && serverBytes(net::EventKind::Send).isEmpty(); ++i)
        QTest::qWait(100);
    m_request = serverBytes(net::EventKind::Recv);
    m_response = serverBytes(net::EventKind::Send);
    return true;
}

void TestHttpRawParts::eachPartShowsItsBytes_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("extraHeaders");
    QTest::newRow("chunked") << QByteArray("/chunked") << QByteArray();
    QTest::newRow("gzip") << QByteArray("/gzip") << QByteArray("Accept-Encoding: gzip\\r\\n");
}

void TestHttpRawParts::eachPartShowsItsBytes()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, extraHeaders);
    QVERIFY2(exchange(path, extraHeaders), qPrintable(m_panel->statusText()));
    const QByteArray expectedRequest = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + QByteArray::number(m_demo->port()) + "\r\n" + extraHeaders.replace("\\r\\n", "\r\n")
        + "Connection: close\r\n\r\n";
    QCOMPARE(m_request, expectedRequest);
    QVERIFY2(m_response.startsWith("HTTP/1.1 200 OK\r\n"), m_response.left(200).constData());

    const qsizetype headerEnd = m_response.indexOf("\r\n\r\n") + 4;
    QVERIFY(headerEnd > 4);
    const QByteArray header = m_response.left(headerEnd);
    const QByteArray body = m_response.mid(headerEnd);
    const bool chunked = header.contains("Transfer-Encoding: chunked");
    const bool gzipped = header.contains("Content-Encoding: gzip");
    QCOMPARE(chunked, path == "/chunked");
    QCOMPARE(gzipped, path == "/gzip");
    const QByteArray dechunked = chunked ? dechunk(body) : body;
    const QByteArray decoded = gzipped ? gunzip(dechunked) : dechunked;
    if (chunked) {
        QVERIFY(body.endsWith("0\r\nX-Demo-Chunks: 5\r\n\r\n")); // the trailer stays in the body
        QVERIFY(dechunked.startsWith("<!DOCTYPE html>"));
        QVERIFY(dechunked.endsWith("</body></html>\n"));
        QVERIFY(dechunked.size() < body.size());
    }
    if (gzipped) {
        QVERIFY(decoded.contains("Repetition compresses well. Repetition"));
        QVERIFY(decoded.size() > dechunked.size());
    }

    widgets::HttpPartView *parts = probe(m_panel).rawView()->partView();
    auto *chooser = parts->findChild<QComboBox *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(chooser);
    QCOMPARE(chooser->count(), int(Part::PartCount));
    const QList<QPair<Part, QByteArray>> expected{
        {Part::Request, expectedRequest}, {Part::Response, m_response},
        {Part::Header, header},           {Part::BodyAsReceived, body},
        {Part::BodyDechunked, dechunked}, {Part::BodyDecoded, decoded}};
    for (const auto &[part, bytes] : expected) {
        // As a user picks it from the "Show:" list.
        chooser->setCurrentIndex(int(part));
        const QByteArray label = chooser->currentText().toUtf8();
        QCOMPARE(parts->partSize(part), qint64(bytes.size()));
        QVERIFY2(parts->detail()->bytes() == bytes, label.constData());
        QVERIFY2(bytesFromHexLines(parts->detail()->hexView()) == bytes, label.constData());
        QVERIFY2(asciiFromHexLines(parts->detail()->hexView()) == printable(bytes),
                 label.constData());
        QCOMPARE(parts->detail()->hexView()->lineCount(),
                 int((bytes.size() + widgets::HexView::bytesPerLine - 1)
                     / widgets::HexView::bytesPerLine));
    }

    // The text side: readable where the bytes are text, not where they are gzip.
    chooser->setCurrentIndex(int(Part::Header));
    QVERIFY(parts->detail()->decodedText().startsWith(QLatin1String("HTTP/1.1 200 OK")));
    chooser->setCurrentIndex(int(Part::BodyDecoded));
    const QString text = parts->detail()->decodedText();
    QVERIFY2(text.contains(QLatin1String("</body></html>")), qPrintable(text.right(200)));
    if (chunked)
        QVERIFY(text.contains(QStringLiteral("\u7b2c\u56db\u5757"))); // 第四块, UTF-8 decoded
    if (gzipped) {
        chooser->setCurrentIndex(int(Part::BodyAsReceived));
        QVERIFY(!parts->detail()->decodedText().contains(QLatin1String("Repetition")));
    }
}

void TestHttpRawParts::saveWritesEachPart_data()
{
    eachPartShowsItsBytes_data();
}

void TestHttpRawParts::saveWritesEachPart()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, extraHeaders);
    QVERIFY2(exchange(path, extraHeaders), qPrintable(m_panel->statusText()));
    const qsizetype headerEnd = m_response.indexOf("\r\n\r\n") + 4;
    QVERIFY(headerEnd > 4);
    const QByteArray body = m_response.mid(headerEnd);
    const QByteArray dechunked = path == "/chunked" ? dechunk(body) : body;
    const QByteArray decoded = path == "/gzip" ? gunzip(dechunked) : dechunked;
    const QList<QPair<SavePart, QByteArray>> expected{
        {SavePart::Response, m_response},
        {SavePart::Header, m_response.left(headerEnd)},
        {SavePart::BodyAsReceived, body},
        {SavePart::BodyDecoded, decoded}};
    widgets::HttpRawView *view = probe(m_panel).rawView();
    for (const auto &[part, bytes] : expected) {
        const QString file = m_dir.filePath(QString::fromLatin1(path.mid(1)) + u'-'
                                            + widgets::HttpRawView::suggestedName(part));
        const Result<void> done = view->save(part, file);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QVERIFY2(tests::readFile(file) == bytes, qPrintable(file));
    }
}

void TestHttpRawParts::suggestedNamesAreTheNotes()
{
    QCOMPARE(widgets::HttpRawView::suggestedName(SavePart::BodyAsReceived),
             QStringLiteral("baidu-index.html"));
    QCOMPARE(widgets::HttpRawView::suggestedName(SavePart::Header), QStringLiteral("header.txt"));
    // Before any exchange there is nothing to split, and the user is told so.
    const Result<void> refused =
        probe(m_panel).rawView()->save(SavePart::Header, m_dir.filePath(QStringLiteral("x.txt")));
    QVERIFY(!refused.ok());
    QVERIFY(refused.message().contains(QLatin1String("send a request first")));
}

QTEST_MAIN(TestHttpRawParts)

#include "tst_httprawparts.moc"
