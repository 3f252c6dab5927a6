// Drives the HTTP panel as a student would, against an in-process server whose
// answers are known byte for byte: raw mode's marks and offsets, chunks, gzip,
// charsets (header, <meta charset> only, a guess), keep-alive reuse, bodies
// larger than the display limit, and bad input (silence, invalid URLs, a
// 10 MB header). Real peers and HTTPS are in tst_httppanelpeers.
#include "tests/net/compresstesting.h"
#include "tests/widgets/cannedhttpserver.h"
#include "tests/widgets/httppaneltesting.h"
#include "tests/widgets/paneltesting.h"

#include "models/trafficmodel.h"
#include "net/httpclient/httpconnection.h"
#include "net/httpclient/httpfetchclient.h"
#include "net/httpclient/rawmodesession.h"
#include "widgets/http/httpfetchview.h"
#include "widgets/http/httppanel.h"
#include "widgets/http/httprequesteditor.h"
#include "widgets/http/timingview.h"
#include "widgets/httpresponse/httpbodyview.h"
#include "widgets/httpresponse/httpchunkview.h"
#include "widgets/httpresponse/httpcontentview.h"
#include "widgets/httpresponse/httprawview.h"
#include "widgets/httpresponse/httpresponseview.h"

#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace swb;
using tests::rawRequest;
using tests::readFile;
using Part = widgets::HttpResponseView::Part;
using Source = net::CharsetDetector::Source;
using paneltesting::probe;

namespace {

const QByteArray fixedResponse = "HTTP/1.1 200 OK\r\n"
                                 "Content-Type: text/plain; charset=utf-8\r\n"
                                 "Content-Length: 5\r\n"
                                 "Connection: close\r\n"
                                 "\r\n"
                                 "hello";
const QByteArray chunkedResponse = "HTTP/1.1 200 OK\r\n"
                                   "Content-Type: text/plain; charset=utf-8\r\n"
                                   "Transfer-Encoding: chunked\r\n"
                                   "Connection: close\r\n"
                                   "\r\n"
                                   "5\r\nhello\r\n"
                                   "6\r\n world\r\n"
                                   "0\r\n\r\n";
const QByteArray page = "<html><body>gzip: the same page, smaller on the wire. "
                        "gzip: the same page, smaller on the wire.</body></html>";

QByteArray withBody(const QByteArray &head, const QByteArray &body)
{
    return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestHttpPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rawFixedLengthIsMarked();
    void rawChunkedShowsEachChunk();
    void rawGzipIsDecoded();
    void rawCharset_data();
    void rawCharset();
    void rawKeepAliveReusesTheConnection();
    void rawBodyLongerThanContentLengthKeptAlive();
    void largeBodyStreamsToDisk();
    void silentServerTimesOut_data();
    void silentServerTimesOut();
    void invalidUrl_data();
    void invalidUrl();
    void hugeHeaderIsRefused();
    void configRoundTrip();
    void workspaceKeysAreValidated();

private:
    bool sendAndWait(int timeoutMs = 20000);
    void useRaw(const char *path, bool close = true);
    QList<net::TrafficEvent> httpEvents();

    QTemporaryDir m_dir;
    models::TrafficModel *m_model = nullptr;
    widgets::HttpPanel *m_panel = nullptr;
    tests::CannedHttpServer *m_server = nullptr;
};

void TestHttpPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHttpPanel::init()
{
    m_model = new models::TrafficModel;
    m_panel = new widgets::HttpPanel(7, m_model);
    m_panel->setName(QStringLiteral("HTTP"));
    m_panel->resize(1200, 800);
    m_panel->show();
    m_server = new tests::CannedHttpServer;
    QVERIFY(m_server->listen());
    m_server->add("/fixed", fixedResponse);
    m_server->add("/chunked", chunkedResponse);
}

void TestHttpPanel::cleanup()
{
    m_panel->shutdown();
    delete m_panel;
    delete m_server;
    delete m_model;
}

bool TestHttpPanel::sendAndWait(int timeoutMs)
{
    return tests::sendAndWait(m_panel, timeoutMs);
}

void TestHttpPanel::useRaw(const char *path, bool close)
{
    m_panel->setRawMode(true);
    m_panel->setUrl(QString::fromLatin1(m_server->url("/")));
    probe(m_panel).rawView()->editor()->setPlainText(rawRequest(path, close));
}

QList<net::TrafficEvent> TestHttpPanel::httpEvents()
{
    return tests::httpEvents(m_model);
}

void TestHttpPanel::rawFixedLengthIsMarked()
{
    useRaw("/fixed");
    QVERIFY2(sendAndWait(), qPrintable(m_panel->statusText()));
    // What the server got is the editor's text with \r\n as CR LF and {host} filled in.
    QCOMPARE(m_server->lastRequest(), "GET /fixed HTTP/1.1\r\nHost: 127.0.0.1:"
                                          + QByteArray::number(m_server->port())
                                          + "\r\nConnection: close\r\n\r\n");
    widgets::HttpRawView *view = probe(m_panel).rawView();
    QCOMPARE(probe(m_panel).rawSession()->response().head(), fixedResponse);

    const qint64 blank = fixedResponse.indexOf("\r\n\r\n") + 2;
    const qint64 bodyStart = blank + 2;
    const QList<widgets::HttpResponseView::Mark> marks = view->responseView()->marks();
    QCOMPARE(marks.size(), 6); // status line, 3 headers, blank line, body
    QCOMPARE(marks.at(0).part, Part::StatusLine);
    QCOMPARE(marks.at(0).length, qint64(17));
    QCOMPARE(marks.at(1).part, Part::Header);
    QCOMPARE(marks.at(1).offset, qint64(17));
    QCOMPARE(marks.at(4).part, Part::BlankLine);
    QCOMPARE(marks.at(4).offset, blank);
    QCOMPARE(marks.at(5).part, Part::Body);
    QCOMPARE(marks.at(5).offset, bodyStart);
    QCOMPARE(marks.at(5).length, qint64(5));
    const QString shown = view->responseView()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("0x0000 status line")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("HTTP/1.1 200 OK\\r\\n")));
    QVERIFY(view->boundaryText().contains(QStringLiteral("byte %1").arg(bodyStart)));
    QVERIFY2(view->lengthText().contains(QStringLiteral("\u2713")), qPrintable(view->lengthText()));

    // The notes' split: header and body into files.
    const QString body = m_dir.filePath(QStringLiteral("baidu-index.html"));
    const Result<void> savedBody = view->save(widgets::HttpRawView::SavePart::BodyAsReceived, body);
    QVERIFY2(savedBody.ok(), qPrintable(savedBody.message()));
    QCOMPARE(readFile(body), QByteArray("hello"));
    const QString header = m_dir.filePath(QStringLiteral("header.txt"));
    QVERIFY(view->save(widgets::HttpRawView::SavePart::Header, header).ok());
    QCOMPARE(readFile(header), fixedResponse.left(bodyStart));

    // Timing is measured for every phase in raw mode.
    const net::HttpTiming timing = probe(m_panel).timingView()->timing();
    QVERIFY(timing.dnsMs >= 0 && timing.connectMs >= 0 && timing.ttfbMs >= 0);
    QVERIFY(timing.totalMs >= timing.ttfbMs);
    QVERIFY(probe(m_panel)
                .timingView()
                ->valueText(widgets::TimingView::Tls)
                .contains(QLatin1String("plain")));

    // Traffic rows, proto http: the request, the response, and the summary line.
    const QList<net::TrafficEvent> events = httpEvents();
    bool sent = false, received = false, summary = false;
    for (const net::TrafficEvent &e : events) {
        QCOMPARE(e.panelId, 7);
        sent = sent || (e.kind == net::EventKind::Send && e.data.startsWith("GET /fixed"));
        received = received || (e.kind == net::EventKind::Recv && e.data.contains("200 OK"));
        summary = summary
            || (e.kind == net::EventKind::Info
                && e.text.contains(QStringLiteral("\u2192 200 OK, %1 bytes").arg(fixedResponse.size())));
    }
    QVERIFY(sent);
    QVERIFY(received);
    QVERIFY2(summary, "no summary row \"GET http://… → 200 OK, N bytes, … ms\"");
}

void TestHttpPanel::rawChunkedShowsEachChunk()
{
    useRaw("/chunked");
    QVERIFY2(sendAndWait(), qPrintable(m_panel->statusText()));
    widgets::HttpRawView *view = probe(m_panel).rawView();
    QList<qint64> sizeLines;
    for (const auto &mark : view->responseView()->marks()) {
        if (mark.part == Part::ChunkSize)
            sizeLines << mark.offset;
    }
    const qint64 first = chunkedResponse.indexOf("5\r\nhello");
    QCOMPARE(sizeLines, (QList<qint64>{first, chunkedResponse.indexOf("6\r\n world"),
                                       chunkedResponse.indexOf("0\r\n\r\n")}));
    QCOMPARE(view->chunkView()->chunkCount(), 3);
    QCOMPARE(view->chunkView()->table()->item(1, 2)->text(), QStringLiteral("6"));
    QCOMPARE(view->contentView()->decoded(), QByteArray("hello world"));
    QVERIFY(view->lengthText().contains(QLatin1String("chunked")));
    QVERIFY(view->responseView()->toPlainText().contains(QLatin1String("chunk 2 size")));
}

void TestHttpPanel::rawGzipIsDecoded()
{
    const QByteArray compressed = swb::tests::compress(page);
    m_server->add("/gzip", withBody("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                                    "Content-Encoding: gzip\r\nConnection: close\r\n",
                                    compressed));
    useRaw("/gzip");
    QVERIFY2(sendAndWait(), qPrintable(m_panel->statusText()));
    widgets::HttpContentView *content = probe(m_panel).rawView()->contentView();
    QVERIFY(content->isCompressed());
    QVERIFY(!content->decodeFailed());
    QCOMPARE(content->decoded(), page);
    QVERIFY(content->bodyView()->text().contains(QLatin1String("smaller on the wire")));
    const QString path = m_dir.filePath(QStringLiteral("page.html"));
    QVERIFY(probe(m_panel).rawView()->save(widgets::HttpRawView::SavePart::BodyDecoded, path).ok());
    QCOMPARE(readFile(path), page);
    const QString asReceived = m_dir.filePath(QStringLiteral("page.gz"));
    QVERIFY(probe(m_panel).rawView()->save(widgets::HttpRawView::SavePart::BodyAsReceived, asReceived).ok());
    QCOMPARE(readFile(asReceived), compressed);
}

void TestHttpPanel::rawCharset_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("text");
    const QByteArray gbkPage = QByteArray("<html><head><meta charset=\"gbk\"></head><body>")
        + QByteArray::fromHex("d6d0cec4cdf8d2b3") // 中文网页 in GBK
        + "</body></html>";
    QTest::newRow("meta") << QByteArray("text/html") << gbkPage << QByteArray("GBK")
                          << int(Source::Meta) << QStringLiteral("中文网页");
    QTest::newRow("header") << QByteArray("text/html; charset=utf-8")
                            << QByteArray("<p>\xe4\xbd\xa0\xe5\xa5\xbd</p>") << QByteArray("UTF-8")
                            << int(Source::Header) << QStringLiteral("你好");
    QTest::newRow("guess") << QByteArray("text/html")
                           << QByteArray("<p>\xe4\xbd\xa0\xe5\xa5\xbd</p>") << QByteArray("UTF-8")
                           << int(Source::Guess) << QStringLiteral("你好");
}

void TestHttpPanel::rawCharset()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, charset);
    QFETCH(int, source);
    QFETCH(QString, text);
    m_server->add("/page", withBody("HTTP/1.1 200 OK\r\nContent-Type: " + contentType
                                        + "\r\nConnection: close\r\n",
                                    body));
    useRaw("/page");
    QVERIFY2(sendAndWait(), qPrintable(m_panel->statusText()));
    widgets::HttpBodyView *bodyView = probe(m_panel).rawView()->contentView()->bodyView();
    QCOMPARE(bodyView->charset(), charset);
    QCOMPARE(int(bodyView->detectedSource()), source);
    QVERIFY2(bodyView->text().contains(text), qPrintable(bodyView->text()));
    const bool guessed = bodyView->charsetLabel().contains(QLatin1String("guess"));
    QCOMPARE(guessed, source == int(Source::Guess));
    // The manual choice wins, and the marked bytes follow it.
    bodyView->setOverride("Latin-1");
    QCOMPARE(bodyView->charset(), QByteArray("Latin-1"));
    QVERIFY(bodyView->isOverridden());
    QVERIFY(!bodyView->text().contains(text));
    bodyView->setOverride(QByteArray());
    QCOMPARE(bodyView->charset(), charset);
}

void TestHttpPanel::rawKeepAliveReusesTheConnection()
{
    m_server->add("/keep", withBody("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n", "first"),
                  false);
    m_server->add("/again", withBody("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n", "second"),
                  false);
    useRaw("/keep", false);
    QVERIFY2(sendAndWait(), qPrintable(m_panel->statusText()));
    widgets::HttpRawView *view = probe(m_panel).rawView();
    QVERIFY(view->sendAgainButton()->isEnabled());
    QVERIFY(view->connectionText().contains(QLatin1String("keep-alive")));

    view->editor()->setPlainText(rawRequest("/again", false));
    QSignalSpy spy(m_panel, &widgets::HttpPanel::exchangeFinished);
    QTest::mouseClick(view->sendAgainButton(), Qt::LeftButton);
    QVERIFY(spy.wait(10000));
    QVERIFY2(spy.first().first().toBool(), qPrintable(m_panel->statusText()));
    QCOMPARE(m_server->requests(), 2);
    QCOMPARE(m_server->connections(), 1);
    QCOMPARE(probe(m_panel).rawSession()->response().head().right(6), QByteArray("second"));
    const QStringList lines = view->exchangeLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(QLatin1String("new connection")));
    QVERIFY(lines.at(1).contains(QLatin1String("reused")));
    QVERIFY(probe(m_panel).timingView()->timing().reusedConnection);
    QVERIFY(probe(m_panel)
                .timingView()
                ->valueText(widgets::TimingView::Connect)
                .contains(QLatin1String("reused")));
}

void TestHttpPanel::rawBodyLongerThanContentLengthKeptAlive()
{
    // Content-Length says 5, ten body bytes come, and the connection stays open.
    m_server->add("/long", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nabcdefghij", false);
    useRaw("/long", false);
    QVERIFY2(sendAndWait(), qPrintable(m_panel->statusText()));
    widgets::HttpRawView *view = probe(m_panel).rawView();
    QTRY_VERIFY2_WITH_TIMEOUT(view->lengthText().contains(QLatin1String(
                                  "5 bytes arrived after the end of the response "
                                  "(Content-Length: 5)")),
                              qPrintable(view->lengthText()), 5000);
    QVERIFY(view->lengthText().contains(QStringLiteral("\u2717")));
    QVERIFY(!view->lengthText().contains(QStringLiteral("\u2713")));
    // The response as received has all the bytes, the extra ones included.
    QVERIFY(probe(m_panel).rawSession()->response().head().endsWith("abcdefghij"));
    bool info = false;
    for (const net::TrafficEvent &e : httpEvents())
        info = info
            || (e.kind == net::EventKind::Info
                && e.text.contains(QLatin1String("5 bytes arrived after the end of the response")));
    QVERIFY(info);
}

void TestHttpPanel::largeBodyStreamsToDisk()
{
    // 2 MB through a 64 KiB display limit: memory keeps the window, disk keeps all.
    QByteArray large(2 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char('a' + i % 26);
    m_server->add("/large", withBody("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                     "Connection: close\r\n", large));
    m_panel->setDisplayLimit(64 * 1024);
    for (const bool raw : {true, false}) {
        m_panel->setRawMode(raw);
        m_panel->setUrl(QString::fromLatin1(m_server->url("/large")));
        probe(m_panel).rawView()->editor()->setPlainText(rawRequest("/large"));
        QVERIFY2(sendAndWait(), qPrintable(m_panel->statusText()));
        const net::BodySpool &spool = raw ? probe(m_panel).rawSession()->response()
                                              : probe(m_panel).fetchClient()->body();
        QVERIFY(spool.isSpooled());
        QVERIFY(spool.head().size() <= 64 * 1024);
        QVERIFY(spool.size() >= large.size());
        const QString path = m_dir.filePath(QStringLiteral("large.txt"));
        const Result<void> saved = raw
            ? probe(m_panel).rawView()->save(widgets::HttpRawView::SavePart::BodyAsReceived, path)
            : probe(m_panel).fetchView()->saveBody(path);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QVERIFY(readFile(path) == large);
    }
}

void TestHttpPanel::silentServerTimesOut_data()
{
    QTest::addColumn<bool>("raw");
    QTest::newRow("raw") << true;
    QTest::newRow("fetch") << false;
}

void TestHttpPanel::silentServerTimesOut()
{
    QFETCH(bool, raw);
    useRaw("/silent");
    m_panel->setRawMode(raw);
    m_panel->setUrl(QString::fromLatin1(m_server->url("/silent")));
    m_panel->setTimeoutMs(400);
    QVERIFY(!sendAndWait(10000));
    QVERIFY(!m_panel->isBusy());
    // Both modes name the phase they were waiting in.
    const QString said = m_panel->statusText();
    QVERIFY2(said.contains(QLatin1String("first response byte")), qPrintable(said));
    bool errorRow = false;
    for (const net::TrafficEvent &e : httpEvents())
        errorRow = errorRow || e.kind == net::EventKind::Error;
    QVERIFY(errorRow);
}

void TestHttpPanel::invalidUrl_data()
{
    QTest::addColumn<bool>("raw");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    for (const bool raw : {true, false}) {
        const char *mode = raw ? "raw" : "fetch";
        QTest::addRow("%s empty", mode) << raw << QString() << QStringLiteral("Type a URL");
        QTest::addRow("%s scheme", mode) << raw << QStringLiteral("ftp://127.0.0.1/") << QStringLiteral("scheme");
        QTest::addRow("%s no scheme", mode) << raw << QStringLiteral("127.0.0.1:8080/") << QStringLiteral("no scheme");
        QTest::addRow("%s no host", mode) << raw << QStringLiteral("http://") << QStringLiteral("host");
        QTest::addRow("%s garbage", mode) << raw << QStringLiteral("http://exa mple.com/") << QStringLiteral("not a valid URL");
    }
}

void TestHttpPanel::invalidUrl()
{
    QFETCH(bool, raw);
    QFETCH(QString, url);
    QFETCH(QString, says);
    m_panel->setRawMode(raw);
    m_panel->setUrl(url);
    QSignalSpy spy(m_panel, &widgets::HttpPanel::exchangeFinished);
    m_panel->send();
    QVERIFY2(m_panel->statusText().contains(says), qPrintable(m_panel->statusText()));
    QVERIFY(!m_panel->isBusy());
    QTest::qWait(50);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_server->requests(), 0);
    bool errorRow = false;
    for (const net::TrafficEvent &e : httpEvents())
        errorRow = errorRow || (e.kind == net::EventKind::Error && e.text.contains(says));
    QVERIFY(errorRow);
}

void TestHttpPanel::hugeHeaderIsRefused()
{
    m_server->add("/huge", "HTTP/1.1 200 OK\r\nX-Huge: " + QByteArray(10 * 1024 * 1024, 'h')
                               + "\r\nContent-Length: 0\r\n\r\n");
    useRaw("/huge");
    QVERIFY(!sendAndWait());
    QVERIFY(!m_panel->isBusy());
    QVERIFY2(m_panel->statusText().contains(QLatin1String("header"), Qt::CaseInsensitive),
             qPrintable(m_panel->statusText()));
    QVERIFY(probe(m_panel).rawSession()->response().size() < 10 * 1024 * 1024);
}

void TestHttpPanel::configRoundTrip()
{
    m_panel->setRawMode(true);
    m_panel->setUrl(QStringLiteral("http://127.0.0.1:8080/chunked"));
    m_panel->setMethod(QStringLiteral("POST"));
    probe(m_panel).rawView()->editor()->setPlainText(rawRequest("/chunked"));
    const course::PanelConfig out = m_panel->config();
    QCOMPARE(out.type(), course::PanelType::Http);
    QVERIFY(!out.http().options.ignoreCertificateErrors);
    course::Workspace workspace;
    workspace.panels << out;
    const auto back = course::WorkspaceFile::parse(course::WorkspaceFile::serialize(workspace));
    QVERIFY2(back, qPrintable(back.message()));
    widgets::HttpPanel other(8, m_model);
    other.applyConfig(back->panels.first());
    const course::PanelConfig again = other.config();
    QCOMPARE(again.http().options.mode, course::HttpOptions::Mode::Raw);
    QCOMPARE(again.http().options.url, out.http().options.url);
    QCOMPARE(again.http().options.method, QStringLiteral("POST"));
    QCOMPARE(again.http().options.rawRequest, out.http().options.rawRequest);
    QCOMPARE(again.http().options.timeoutMs, out.http().options.timeoutMs);
    QCOMPARE(again.name, QStringLiteral("HTTP"));
}

void TestHttpPanel::workspaceKeysAreValidated()
{
    const auto parse = [](const QByteArray &panel) {
        return course::WorkspaceFile::parse(
            R"({"format": "socket-workbench-workspace", "version": 1, "panels": [)" + panel + "]}");
    };
    const auto good = parse(R"({"type": "http", "name": "H", "mode": "raw",
                                "headers": [["Accept", "text/html"]], "timeoutMs": 500})");
    QVERIFY2(good, qPrintable(good.message()));
    QCOMPARE(good->panels.first().http().options.mode, course::HttpOptions::Mode::Raw);
    QCOMPARE(good->panels.first().http().options.headers.size(), 1);
    QVERIFY(!good->panels.first().http().options.ignoreCertificateErrors);
    const auto bad = parse(R"({"type": "http", "mode": "socket", "method": "BREW",
                               "headers": {"Accept": "x"}, "timeoutMs": 5,
                               "ignoreCertificateErrors": "yes"})");
    QVERIFY(!bad);
    const QString error = bad.message();
    for (const char *key : {"mode", "method", "headers", "timeoutMs", "ignoreCertificateErrors"})
        QVERIFY2(error.contains(QLatin1String(key)), qPrintable(error));
}

QTEST_MAIN(TestHttpPanel)

#include "tst_httppanel.moc"
