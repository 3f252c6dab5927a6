// The HTTP panel against real peers: fetch mode against Python's http.server
// (status, headers, decoded body, save) and the built-in demo site (each
// redirect hop), and HTTPS in both modes with a self-signed certificate that
// stops the request until the deliberate "Continue anyway".
#include "tests/net/httptestpeers.h"
#include "tests/widgets/httppaneltesting.h"
#include "tests/widgets/paneltesting.h"

#include "models/trafficmodel.h"
#include "net/httpclient/httpfetchclient.h"
#include "net/reply/serverbehaviour.h"
#include "net/stream/tcpserverendpoint.h"
#include "widgets/http/certificatecard.h"
#include "widgets/http/httpfetchview.h"
#include "widgets/http/httppanel.h"
#include "widgets/http/httprequesteditor.h"
#include "widgets/http/timingview.h"
#include "widgets/httpresponse/httpbodyview.h"
#include "widgets/httpresponse/httprawview.h"

#include <QCheckBox>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;
using Source = net::CharsetDetector::Source;
using paneltesting::probe;

class TestHttpPanelPeers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fetchFromPythonHttpServer();
    void fetchFollowsDemoRedirects();
    void httpsSelfSigned_data();
    void httpsSelfSigned();

private:
    QTemporaryDir m_dir;
    models::TrafficModel *m_model = nullptr;
    widgets::HttpPanel *m_panel = nullptr;
};

void TestHttpPanelPeers::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHttpPanelPeers::init()
{
    m_model = new models::TrafficModel;
    m_panel = new widgets::HttpPanel(7, m_model);
    m_panel->setName(QStringLiteral("HTTP"));
    m_panel->resize(1200, 800);
    m_panel->show();
}

void TestHttpPanelPeers::cleanup()
{
    m_panel->shutdown();
    delete m_panel;
    delete m_model;
}

void TestHttpPanelPeers::fetchFromPythonHttpServer()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed (scripts/install-deps.sh installs it)");
    const QByteArray html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                            "<body>GNU's Not Unix</body></html>";
    QFile file(m_dir.filePath(QStringLiteral("gnu.html")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(html);
    file.close();
    QProcess server;
    quint16 port = 0;
    // The port was free a moment ago; if python lost the race for it, try another.
    for (int attempt = 0; attempt < 5 && port == 0; ++attempt) {
        const quint16 candidate = tests::freePort();
        server.start(python, {QStringLiteral("-m"), QStringLiteral("http.server"),
                              QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("--directory"), m_dir.path(),
                              QString::number(candidate)});
        QVERIFY(server.waitForStarted(10000));
        for (int i = 0; i < 100 && server.state() == QProcess::Running && port == 0; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, candidate);
            if (probe.waitForConnected(200))
                port = candidate;
            else
                QTest::qWait(50);
        }
        if (port == 0) {
            server.kill();
            server.waitForFinished(5000);
        }
    }
    const auto stopServer = qScopeGuard([&server] {
        server.terminate();
        if (!server.waitForFinished(10000))
            server.kill();
        server.waitForFinished(5000);
    });
    QVERIFY2(port != 0, "python3 -m http.server did not start");
    m_panel->setRawMode(false);
    m_panel->setUrl(QStringLiteral("http://127.0.0.1:%1/gnu.html").arg(port));
    QVERIFY2(tests::sendAndWait(m_panel), qPrintable(m_panel->statusText()));
    widgets::HttpFetchView *view = probe(m_panel).fetchView();
    // Python's http.server answers "HTTP/1.0 200 OK": shown as the server said it.
    QVERIFY2(view->statusText().startsWith(QLatin1String("HTTP/1.0 200 OK")),
             qPrintable(view->statusText()));
    QVERIFY(view->statusText().contains(QLatin1String("True")));
    QStringList names; // as the server spelled them (Python writes "Content-type")
    for (int row = 0; row < view->headersTable()->rowCount(); ++row)
        names << view->headersTable()->item(row, 0)->text();
    QVERIFY2(names.contains(QStringLiteral("Content-Type"), Qt::CaseInsensitive),
             qPrintable(names.join(u',')));
    QVERIFY(names.contains(QStringLiteral("Content-Length"), Qt::CaseInsensitive));
    QVERIFY(view->bodyView()->text().contains(QLatin1String("GNU's Not Unix")));
    QCOMPARE(view->bodyView()->detectedSource(), Source::Meta);
    const QString saved = m_dir.filePath(QStringLiteral("gne.html"));
    const Result<void> done = view->saveBody(saved);
    QVERIFY2(done.ok(), qPrintable(done.message()));
    QCOMPARE(tests::readFile(saved), html);
    // Fetch mode measures every phase itself, as raw mode does.
    const net::HttpTiming timing = probe(m_panel).timingView()->timing();
    QVERIFY(timing.dnsMs >= 0);
    QVERIFY(timing.connectMs >= 0);
    QCOMPARE(timing.tlsMs, -1.0);
    QCOMPARE(probe(m_panel).timingView()->valueText(widgets::TimingView::Tls),
             QStringLiteral("none: plain HTTP"));
    QVERIFY(timing.ttfbMs >= 0);
    QVERIFY(timing.downloadMs >= 0);
    QVERIFY(probe(m_panel).timingView()->timing().totalMs >= 0);
    bool summary = false;
    QStringList infos;
    bool honestHead = false;
    for (const net::TrafficEvent &e : tests::httpEvents(m_model)) {
        if (e.kind == net::EventKind::Recv && e.data.startsWith("HTTP/1"))
            honestHead = e.data.startsWith("HTTP/1.0 200 OK\r\n");
        if (e.kind == net::EventKind::Info)
            infos << e.text;
        summary = summary
            || (e.kind == net::EventKind::Info && e.text.startsWith(QLatin1String("GET http://127.0.0.1"))
                && e.text.contains(QStringLiteral("\u2192 200 OK")));
    }
    QVERIFY2(summary, qPrintable(infos.join(u'\n')));
    QVERIFY(honestHead);
}

void TestHttpPanelPeers::fetchFollowsDemoRedirects()
{
    net::TcpServerEndpoint demo;
    net::ServerBehaviour behaviour;
    const auto kind = net::ServerBehaviour::replyFromName(QStringLiteral("http-demo"));
    if (!kind)
        QSKIP("the built-in demo server (reply http-demo) is not there yet");
    behaviour.reply = *kind;
    QCOMPARE(demo.setBehaviour(behaviour, net::TextEncoding::Utf8).message(), QString());
    QVERIFY(demo.start(net::TcpServerSettings()));
    m_panel->setRawMode(false);
    m_panel->setUrl(QStringLiteral("http://127.0.0.1:%1/redirect-301").arg(demo.port()));
    QVERIFY2(tests::sendAndWait(m_panel), qPrintable(m_panel->statusText()));
    const QStringList hops = probe(m_panel).fetchView()->redirectLines();
    QVERIFY2(hops.size() >= 2, qPrintable(hops.join(u'\n')));
    QVERIFY(hops.first().contains(QLatin1String("301")));
    QVERIFY(hops.first().contains(QLatin1String("Location")));
    QCOMPARE(probe(m_panel).fetchClient()->statusCode(), 200);
}

void TestHttpPanelPeers::httpsSelfSigned_data()
{
    QTest::addColumn<bool>("raw");
    QTest::newRow("fetch") << false;
    QTest::newRow("raw") << true;
}

void TestHttpPanelPeers::httpsSelfSigned()
{
    QFETCH(bool, raw);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (python.isEmpty() || openssl.isEmpty())
        QSKIP("python3 and openssl are needed (scripts/install-deps.sh installs them)");
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    QTemporaryDir dir;
    const tests::ProcessRun cert = tests::runProgram(
        openssl, {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                  "/CN=localhost/O=Socket Workbench Test", "-addext",
                  "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", dir.filePath("key.pem"),
                  "-out", dir.filePath("cert.pem")});
    QVERIFY2(cert.exitCode == 0, cert.err.constData());
    QFile index(dir.filePath(QStringLiteral("index.html")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("<html><body>over TLS</body></html>");
    index.close();
    const QString script = QStringLiteral(
        "import http.server, os, ssl, sys\n"
        "os.chdir(sys.argv[1])\n"
        "class Handler(http.server.SimpleHTTPRequestHandler):\n"
        "    protocol_version = 'HTTP/1.0'\n"
        "httpd = http.server.HTTPServer(('127.0.0.1', 0), Handler)\n"
        "ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\n"
        "ctx.load_cert_chain('cert.pem', 'key.pem')\n"
        "httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)\n"
        "print(httpd.server_address[1], flush=True)\n"
        "httpd.serve_forever()\n");
    QProcess server;
    server.start(python, {QStringLiteral("-u"), QStringLiteral("-c"), script, dir.path()});
    QVERIFY(server.waitForStarted(10000));
    const auto stopServer = qScopeGuard([&server] {
        server.terminate();
        if (!server.waitForFinished(10000))
            server.kill();
        server.waitForFinished(5000);
    });
    QByteArray portLine;
    QTRY_VERIFY_WITH_TIMEOUT((portLine += server.readAllStandardOutput()).contains('\n'), 15000);
    const int port = portLine.trimmed().toInt();
    QVERIFY(port > 0);

    m_panel->setRawMode(raw);
    m_panel->setUrl(QStringLiteral("https://127.0.0.1:%1/index.html").arg(port));
    probe(m_panel).rawView()->editor()->setPlainText(tests::rawRequest("/index.html"));
    QVERIFY(!probe(m_panel).acceptInvalidCertificates()->isChecked());
    QVERIFY(!tests::sendAndWait(m_panel));
    widgets::CertificateCard *card = probe(m_panel).certificateCard();
    QVERIFY2(m_panel->statusText().contains(QLatin1String("certificate"), Qt::CaseInsensitive),
             qPrintable(m_panel->statusText()));
    QVERIFY(card->hasErrors());
    QVERIFY(card->continueButton()->isVisibleTo(card));
    QVERIFY(card->subjectText().contains(QLatin1String("localhost")));

    // The deliberate choice: visible, ticked, and the request goes through.
    QSignalSpy spy(m_panel, &widgets::HttpPanel::exchangeFinished);
    QTest::mouseClick(card->continueButton(), Qt::LeftButton);
    QVERIFY(spy.wait(20000));
    QVERIFY2(spy.first().first().toBool(), qPrintable(m_panel->statusText()));
    QVERIFY(probe(m_panel).acceptInvalidCertificates()->isChecked());
    QVERIFY(card->subjectText().contains(QLatin1String("localhost")));
    QVERIFY(card->issuerText().contains(QLatin1String("localhost")));
    QVERIFY(!card->validityText().isEmpty());
    QVERIFY(card->errorsText().contains(QLatin1String("accepted")));
    QVERIFY(!card->continueButton()->isVisibleTo(card));
    if (raw)
        QVERIFY(probe(m_panel).timingView()->timing().tlsMs >= 0);
    // Another host asks again.
    m_panel->setUrl(QStringLiteral("https://localhost:%1/").arg(port));
    QVERIFY(!probe(m_panel).acceptInvalidCertificates()->isChecked());
}

QTEST_MAIN(TestHttpPanelPeers)

#include "tst_httppanelpeers.moc"
