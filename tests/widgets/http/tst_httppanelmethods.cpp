// Fetch mode beyond GET, and deflate, against a real peer: tests/peers/
// http_echo_server.py answers every request with JSON saying which method,
// headers and body arrived, so the test checks what went over the wire, not
// what the panel meant to send. /deflate and /deflate-raw send a page with
// Content-Encoding: deflate (zlib-wrapped, and raw as some servers do); fetch
// mode must decode it also when the user typed Accept-Encoding (Qt then does not).
#include "tests/widgets/httppaneltesting.h"
#include "tests/widgets/paneltesting.h"

#include "course/lessons/workspace.h"
#include "models/trafficmodel.h"
#include "net/httpclient/httpfetchclient.h"
#include "net/httpclient/rawmodesession.h"
#include "widgets/http/httpfetchview.h"
#include "widgets/http/httpheaderseditor.h"
#include "widgets/http/httppanel.h"
#include "widgets/http/httprequesteditor.h"
#include "widgets/httpresponse/httpbodyview.h"
#include "widgets/httpresponse/httpcontentview.h"
#include "widgets/httpresponse/httprawview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;
using Headers = QList<QPair<QString, QString>>;
using paneltesting::probe;

namespace {

// The page the peer compresses (tests/peers/http_echo_server.py, PAGE).
QByteArray deflatePage()
{
    QByteArray page = "<html><head><meta charset=\"utf-8\"></head><body>";
    for (int i = 0; i < 8; ++i)
        page += "deflate: the same page, smaller on the wire. ";
    return page + "</body></html>";
}

// What the peer saw, from its JSON report.
struct EchoReport
{
    bool valid = false;
    QString method;
    QString path;
    Headers headers;
    QByteArray body;

    QStringList valuesOf(const QString &name) const
    {
        QStringList values;
        for (const auto &[header, value] : headers) {
            if (header.compare(name, Qt::CaseInsensitive) == 0)
                values << value;
        }
        return values;
    }
};

EchoReport parseReport(const QByteArray &json)
{
    EchoReport report;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.isEmpty())
        return report;
    report.valid = true;
    report.method = object.value(QLatin1String("method")).toString();
    report.path = object.value(QLatin1String("path")).toString();
    const QJsonArray headers = object.value(QLatin1String("headers")).toArray();
    for (const QJsonValue &pair : headers)
        report.headers.append({pair[0].toString(), pair[1].toString()});
    report.body = QByteArray::fromBase64(object.value(QLatin1String("body")).toString().toLatin1());
    return report;
}

} // namespace

class TestHttpPanelMethods : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void fetchSendsMethodHeadersAndBody_data();
    void fetchSendsMethodHeadersAndBody();
    void headerTypedIntoTheFreeRowIsSent();
    void deflateIsDecoded_data();
    void deflateIsDecoded();
    void compressedBodyBeyondTheDisplayLimitIsUndone();
    void autoStartSendsOnceWhenOpened();

private:
    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(path));
    }

    QProcess m_peer;
    quint16 m_port = 0;
    models::TrafficModel *m_model = nullptr;
    widgets::HttpPanel *m_panel = nullptr;
};

void TestHttpPanelMethods::initTestCase()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed (scripts/install-deps.sh installs it)");
    m_peer.start(python, {QStringLiteral("-u"),
                          QStringLiteral(SWB_TESTS_DIR "/peers/http_echo_server.py")});
    QVERIFY(m_peer.waitForStarted(10000));
    QByteArray portLine;
    QTRY_VERIFY_WITH_TIMEOUT((portLine += m_peer.readAllStandardOutput()).contains('\n'), 15000);
    m_port = quint16(portLine.trimmed().toUInt());
    QVERIFY2(m_port != 0, portLine.constData());
}

void TestHttpPanelMethods::cleanupTestCase()
{
    if (m_peer.state() == QProcess::NotRunning)
        return;
    m_peer.terminate();
    if (!m_peer.waitForFinished(10000))
        m_peer.kill();
    m_peer.waitForFinished(5000);
}

void TestHttpPanelMethods::init()
{
    m_model = new models::TrafficModel;
    m_panel = new widgets::HttpPanel(7, m_model);
    m_panel->setName(QStringLiteral("HTTP"));
    m_panel->resize(1200, 800);
    m_panel->show();
}

void TestHttpPanelMethods::cleanup()
{
    m_panel->shutdown();
    delete m_panel;
    delete m_model;
}

void TestHttpPanelMethods::fetchSendsMethodHeadersAndBody_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("contentType"); // what the peer must see

    const QString form = QStringLiteral("application/x-www-form-urlencoded");
    QTest::newRow("POST form")
        << QStringLiteral("POST")
        << Headers{{QStringLiteral("Content-Type"), form},
                   {QStringLiteral("X-Lesson"), QStringLiteral("sockets 101")},
                   {QStringLiteral("Authorization"), QStringLiteral("Bearer s3cret-token")}}
        << QStringLiteral("name=%E5%BC%A0%E4%B8%89&age=20") << form;
    QTest::newRow("POST UTF-8 text, no Content-Type")
        << QStringLiteral("POST") << Headers{{QStringLiteral("X-Lesson"), QStringLiteral("two")}}
        << QStringLiteral("\u5f20\u4e09\nline two") << QStringLiteral("text/plain; charset=UTF-8");
    QTest::newRow("PUT JSON")
        << QStringLiteral("PUT")
        << Headers{{QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                   {QStringLiteral("If-Match"), QStringLiteral("\"v1\"")}}
        << QStringLiteral("{\"title\": \"socket\", \"done\": true}")
        << QStringLiteral("application/json");
    QTest::newRow("DELETE no body")
        << QStringLiteral("DELETE") << Headers{{QStringLiteral("X-Reason"), QStringLiteral("cleanup")}}
        << QString() << QString();
    QTest::newRow("DELETE with body")
        << QStringLiteral("DELETE")
        << Headers{{QStringLiteral("Content-Type"), QStringLiteral("text/plain")}}
        << QStringLiteral("id=42") << QStringLiteral("text/plain");
    QTest::newRow("HEAD")
        << QStringLiteral("HEAD") << Headers{{QStringLiteral("X-Lesson"), QStringLiteral("head")}}
        << QString() << QString();
}

void TestHttpPanelMethods::fetchSendsMethodHeadersAndBody()
{
    QFETCH(QString, method);
    QFETCH(Headers, headers);
    QFETCH(QString, body);
    QFETCH(QString, contentType);

    // Set up as a saved workspace would (the same fields the widgets edit).
    course::PanelConfig config(course::PanelType::Http);
    config.name = QStringLiteral("HTTP");
    config.http().options.mode = course::HttpOptions::Mode::Fetch;
    config.http().options.url = url("/items/7?x=1");
    config.http().options.method = method;
    config.http().options.headers = headers;
    config.http().options.body = body;
    m_panel->applyConfig(config);
    QCOMPARE(probe(m_panel).fetchView()->headersEditor()->headers(), headers);
    QCOMPARE(m_panel->config().http().options.method, method);

    QVERIFY2(tests::sendAndWait(m_panel), qPrintable(m_panel->statusText()));
    widgets::HttpFetchView *view = probe(m_panel).fetchView();
    QVERIFY2(view->statusText().contains(QLatin1String("200 OK")), qPrintable(view->statusText()));
    QCOMPARE(probe(m_panel).fetchClient()->statusCode(), 200);

    // The peer's own account, from the header (HEAD has no body to carry it).
    const QByteArray reportHeader = probe(m_panel).fetchClient()->header("X-Echo-Report");
    QVERIFY2(!reportHeader.isEmpty(), "the peer's X-Echo-Report header is missing");
    const QByteArray json = QByteArray::fromBase64(reportHeader);
    const EchoReport report = parseReport(json);
    QVERIFY2(report.valid, json.constData());
    QCOMPARE(report.method, method);
    QCOMPARE(report.path, QStringLiteral("/items/7?x=1"));
    for (const auto &[name, value] : headers)
        QVERIFY2(report.valuesOf(name) == QStringList{value}, qPrintable(name + u'=' + value));
    QCOMPARE(report.body, body.toUtf8());
    if (!body.isEmpty()) {
        QCOMPARE(report.valuesOf(QStringLiteral("Content-Length")),
                 QStringList{QString::number(body.toUtf8().size())});
    }
    if (!contentType.isEmpty())
        QCOMPARE(report.valuesOf(QStringLiteral("Content-Type")), QStringList{contentType});

    // The panel shows the response: the JSON body, or nothing at all for HEAD.
    const QString shown = view->bodyView()->text();
    if (method == QLatin1String("HEAD")) {
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QCOMPARE(probe(m_panel).fetchClient()->body().size(), qint64(0));
    } else {
        QCOMPARE(probe(m_panel).fetchClient()->body().head(), json);
        QVERIFY2(shown.contains(QStringLiteral("\"method\": \"%1\"").arg(method)), qPrintable(shown));
    }
    bool headerShown = false;
    QTableWidget *table = view->headersTable();
    for (int row = 0; row < table->rowCount(); ++row)
        headerShown = headerShown || table->item(row, 0)->text() == QLatin1String("X-Echo-Report");
    QVERIFY(headerShown);

    // The traffic row of the request names the method and carries the body.
    bool sentRow = false;
    for (const net::TrafficEvent &e : tests::httpEvents(m_model)) {
        if (e.kind == net::EventKind::Send && e.data.startsWith(method.toLatin1() + ' '))
            sentRow = body.isEmpty() || e.data.endsWith(body.toUtf8());
    }
    QVERIFY2(sentRow, "no http send row with the method and the body");
}

void TestHttpPanelMethods::headerTypedIntoTheFreeRowIsSent()
{
    m_panel->setRawMode(false);
    m_panel->setUrl(url("/typed"));
    m_panel->setMethod(QStringLiteral("POST"));
    QTableWidget *table = probe(m_panel).fetchView()->headersEditor()->table();
    QCOMPARE(table->rowCount(), 1); // only the free row
    // As a user types: name, then value, into the free row; a new free row appears.
    table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("X-Typed")));
    table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("by hand")));
    QCOMPARE(table->rowCount(), 2);
    probe(m_panel).fetchView()->bodyEditor()->setPlainText(QStringLiteral("typed body"));

    QVERIFY2(tests::sendAndWait(m_panel), qPrintable(m_panel->statusText()));
    const EchoReport report = parseReport(probe(m_panel).fetchClient()->body().head());
    QVERIFY(report.valid);
    QCOMPARE(report.method, QStringLiteral("POST"));
    QCOMPARE(report.valuesOf(QStringLiteral("X-Typed")), QStringList{QStringLiteral("by hand")});
    QCOMPARE(report.body, QByteArray("typed body"));
}

void TestHttpPanelMethods::deflateIsDecoded_data()
{
    QTest::addColumn<bool>("raw");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("acceptEncoding"); // fetch mode: typed into the headers editor

    QTest::newRow("raw mode, zlib-wrapped") << true << QByteArray("/deflate") << QString();
    QTest::newRow("raw mode, raw deflate") << true << QByteArray("/deflate-raw") << QString();
    QTest::newRow("fetch mode, zlib-wrapped") << false << QByteArray("/deflate") << QString();
    QTest::newRow("fetch mode, Accept-Encoding typed")
        << false << QByteArray("/deflate") << QStringLiteral("deflate");
}

void TestHttpPanelMethods::deflateIsDecoded()
{
    QFETCH(bool, raw);
    QFETCH(QByteArray, path);
    QFETCH(QString, acceptEncoding);
    const QByteArray page = deflatePage();

    m_panel->setRawMode(raw);
    m_panel->setUrl(url("/"));
    if (raw) {
        probe(m_panel).rawView()->editor()->setPlainText(
            QStringLiteral("GET %1 HTTP/1.1\\r\\nHost: {host}\\r\\nAccept-Encoding: deflate\\r\\n"
                           "Connection: close\\r\\n\\r\\n")
                .arg(QString::fromLatin1(path)));
    } else {
        m_panel->setUrl(url(path.constData()));
        m_panel->setMethod(QStringLiteral("GET"));
        if (!acceptEncoding.isEmpty()) {
            probe(m_panel).fetchView()->headersEditor()->setHeaders(
                {{QStringLiteral("Accept-Encoding"), acceptEncoding}});
        }
    }
    QVERIFY2(tests::sendAndWait(m_panel), qPrintable(m_panel->statusText()));

    if (raw) {
        widgets::HttpContentView *content = probe(m_panel).rawView()->contentView();
        QVERIFY(content->isCompressed());
        QVERIFY2(!content->decodeFailed(), qPrintable(content->summary()));
        QCOMPARE(content->decoded(), page);
        QVERIFY2(content->summary().contains(QLatin1String("Content-Encoding: deflate")),
                 qPrintable(content->summary()));
        QVERIFY(content->bodyView()->text().contains(QLatin1String("smaller on the wire")));
        QVERIFY(
            probe(m_panel).rawSession()->response().head().contains("Content-Encoding: deflate"));
        QVERIFY(!probe(m_panel).rawSession()->response().head().contains("smaller on the wire"));
    } else {
        // Whether the panel asked for deflate or the user typed Accept-Encoding,
        // the page is shown, as requests does, and a row says what was undone.
        QCOMPARE(probe(m_panel).fetchClient()->header("Content-Encoding"), QByteArray("deflate"));
        QCOMPARE(probe(m_panel).fetchClient()->body().head(), page);
        QVERIFY(probe(m_panel).fetchView()->bodyView()->text().contains(
            QLatin1String("smaller on the wire")));
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("page.html"));
        const Result<void> done = probe(m_panel).fetchView()->saveBody(saved);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(tests::readFile(saved), page);
        bool undoneRow = false;
        for (const net::TrafficEvent &e : tests::httpEvents(m_model))
            undoneRow = undoneRow || e.text.contains(QLatin1String("Content-Encoding: deflate undone"));
        QVERIFY(undoneRow);
    }
}

void TestHttpPanelMethods::compressedBodyBeyondTheDisplayLimitIsUndone()
{
    // The compressed body outgrows the display limit and goes to disk; it is
    // still undone once complete, and the page (not the deflate bytes) is kept.
    m_panel->setRawMode(false);
    m_panel->setDisplayLimit(16);
    m_panel->setUrl(url("/deflate"));
    probe(m_panel).fetchView()->headersEditor()->setHeaders(
        {{QStringLiteral("Accept-Encoding"), QStringLiteral("deflate")}});
    QVERIFY2(tests::sendAndWait(m_panel), qPrintable(m_panel->statusText()));
    const net::HttpFetchClient *client = probe(m_panel).fetchClient();
    const qint64 compressed = client->header("Content-Length").toLongLong();
    QVERIFY(compressed > 16);
    QCOMPARE(client->receivedBodyBytes(), compressed);
    QVERIFY(client->body().isSpooled());
    QCOMPARE(client->body().read(0, client->body().size()), deflatePage());
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("page.html"));
    const Result<void> done = probe(m_panel).fetchView()->saveBody(saved);
    QVERIFY2(done.ok(), qPrintable(done.message()));
    QCOMPARE(tests::readFile(saved), deflatePage());
}

void TestHttpPanelMethods::autoStartSendsOnceWhenOpened()
{
    course::PanelConfig config(course::PanelType::Http);
    config.name = QStringLiteral("HTTP");
    config.http().options.url = url("/opened");
    m_panel->applyConfig(config);
    QVERIFY(!m_panel->startsOnOpen());
    QSignalSpy spy(m_panel, &widgets::HttpPanel::exchangeFinished);
    m_panel->autoStart(); // off: nothing is sent
    QTest::qWait(300);
    QCOMPARE(spy.count(), 0);

    config.http().autoStart = true;
    m_panel->applyConfig(config);
    QVERIFY(m_panel->startsOnOpen());
    QVERIFY(m_panel->config().http().autoStart); // saved as it was opened
    course::Workspace workspace;
    workspace.panels << m_panel->config();
    const auto back = course::WorkspaceFile::parse(course::WorkspaceFile::serialize(workspace));
    QVERIFY2(back, qPrintable(back.message()));
    QVERIFY(back->panels.first().http().autoStart);
    m_panel->autoStart();
    QVERIFY(spy.wait(20000));
    QVERIFY2(spy.first().first().toBool(), qPrintable(m_panel->statusText()));
    const EchoReport report = parseReport(probe(m_panel).fetchClient()->body().head());
    QCOMPARE(report.path, QStringLiteral("/opened"));
    QTest::qWait(300);
    QCOMPARE(spy.count(), 1); // once
}

QTEST_MAIN(TestHttpPanelMethods)

#include "tst_httppanelmethods.moc"
