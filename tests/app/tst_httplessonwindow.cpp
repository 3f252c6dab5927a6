#include "tests/app/windowtesting.h"
#include "tests/widgets/paneltesting.h"

#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/panelmanager.h"
#include "app/teachingtools.h"
#include "models/lessonprogress.h"
#include "models/trafficmodel.h"
#include "net/httpclient/httpfetchclient.h"
#include "net/httpclient/rawmodesession.h"
#include "widgets/http/httppanel.h"
#include "widgets/stream/tcpserverpanel.h"
#include "widgets/teaching/lessonpane.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using swb::app::MainWindow;
using swb::widgets::HttpPanel;
using swb::widgets::TcpServerPanel;
using paneltesting::probe;

// The two HTTP lessons opened in the window as a student opens them: the demo
// server starts on 127.0.0.1:8080, nothing is sent until Send is pressed, the
// request goes out and the answer comes back, and the self-check turns done.
class TestHttpLessonWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void lessonExchangeTurnsDone_data();
    void lessonExchangeTurnsDone();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<swb::app::LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestHttpLessonWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    windowtesting::useOwnSettings(m_dir, QStringLiteral("tst_httplessonwindow"));
}

void TestHttpLessonWindow::init()
{
    windowtesting::openWindow(m_languages, m_window);
}

void TestHttpLessonWindow::cleanup()
{
    m_window.reset();
    m_languages.reset();
}

void TestHttpLessonWindow::lessonExchangeTurnsDone_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<bool>("raw");
    QTest::newRow("raw-http") << QStringLiteral("raw-http") << true;
    QTest::newRow("requests-get") << QStringLiteral("requests-get") << false;
}

void TestHttpLessonWindow::lessonExchangeTurnsDone()
{
    QFETCH(QString, lesson);
    QFETCH(bool, raw);
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 8080))
            QSKIP("port 8080 is busy: the HTTP lessons' demo server needs it");
    }
    QVERIFY(m_window->openLesson(lesson).ok());
    swb::models::LessonProgress *progress = m_window->teaching()->progress();
    QCOMPARE(progress->lessonId(), lesson);
    QVERIFY(!progress->isDone());

    TcpServerPanel *server = nullptr;
    HttpPanel *http = nullptr;
    for (swb::widgets::Panel *panel : m_window->panels()->panels()) {
        if (auto *s = qobject_cast<TcpServerPanel *>(panel))
            server = s;
        if (auto *h = qobject_cast<HttpPanel *>(panel))
            http = h;
    }
    QVERIFY(server);
    QVERIFY(http);
    // The demo server listens on the lesson's port as soon as the lesson opens.
    QTRY_VERIFY(server->isRunning());
    QCOMPARE(server->resourceKey(), QStringLiteral("tcp/8080"));
    QCOMPARE(http->isRawMode(), raw);

    // Nothing goes out by itself: the student presses Send.
    QTest::qWait(300);
    QVERIFY(!progress->isDone());
    QSignalSpy finished(http, &HttpPanel::exchangeFinished);
    http->send();
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(http->statusText()));
    if (raw) {
        QVERIFY(probe(http).rawSession()->response().head().startsWith("HTTP/1.1 200 OK\r\n"));
    } else {
        QCOMPARE(probe(http).fetchClient()->statusCode(), 200);
        QVERIFY(probe(http).fetchClient()->body().head().contains("</html>"));
    }
    // The server saw the request on its side too.
    bool serverGotRequest = false;
    swb::models::TrafficModel *traffic = m_window->traffic();
    traffic->flush();
    for (int row = 0; row < traffic->rowCount(); ++row) {
        const swb::net::TrafficEvent e = traffic->event(row);
        serverGotRequest = serverGotRequest
            || (e.protocol == swb::net::Protocol::Tcp && e.kind == swb::net::EventKind::Recv
                && e.data.startsWith("GET / HTTP/1.1\r\n"));
    }
    QVERIFY(serverGotRequest);

    QTRY_VERIFY_WITH_TIMEOUT(progress->isDone(), 10000);
    QTRY_VERIFY(m_window->lessonPane()->isDone());
    QVERIFY(m_window->lessonPane()->html().contains(QLatin1String("Done")));
}

QTEST_MAIN(TestHttpLessonWindow)

#include "tst_httplessonwindow.moc"
