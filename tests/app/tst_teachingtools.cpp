#include "tests/app/windowtesting.h"
#include "tests/widgets/paneltesting.h"

#include "app/languagemanager.h"
#include "app/mainmenus.h"
#include "app/mainwindow.h"
#include "app/panelmanager.h"
#include "app/teachingtools.h"
#include "models/lessonprogress.h"
#include "models/sequencemodel.h"
#include "models/trafficmodel.h"
#include "net/stream/tcpclientendpoint.h"
#include "net/stream/tcpserverendpoint.h"
#include "widgets/common/sendbox.h"
#include "widgets/stream/tcpclientpanel.h"
#include "widgets/stream/tcpserverpanel.h"
#include "widgets/teaching/errorcoachpane.h"
#include "widgets/teaching/lessonpane.h"
#include "widgets/teaching/sequencediagram.h"
#include "widgets/traffic/trafficview.h"

#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTextDocumentFragment>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using swb::app::MainWindow;
using swb::course::PanelConfig;
using swb::course::PanelType;
using swb::widgets::TcpClientPanel;
using swb::widgets::TcpServerPanel;
using paneltesting::probe;

// The teaching tools inside the window: the traffic table and the sequence
// diagram select each other's rows, a panel's "Why?" opens the error coach on
// the right situation, a lesson's self-check turns to done when its traffic
// has happened, and the well-known ports view is one click away.
class TestTeachingTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tableAndDiagramSelectEachOther();
    void whyOpensTheCoach();
    void lessonSelfCheckTurnsDone();
    void wellKnownPorts();

private:
    // A server on port 0 and a client connected to it; returns the client.
    TcpClientPanel *connectedPair(TcpServerPanel **server = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<swb::app::LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestTeachingTools::initTestCase()
{
    QVERIFY(m_dir.isValid());
    windowtesting::useOwnSettings(m_dir, QStringLiteral("tst_teachingtools"));
}

void TestTeachingTools::init()
{
    windowtesting::openWindow(m_languages, m_window);
}

void TestTeachingTools::cleanup()
{
    m_window.reset();
    m_languages.reset();
}

TcpClientPanel *TestTeachingTools::connectedPair(TcpServerPanel **serverOut)
{
    PanelConfig s(PanelType::TcpServer);
    s.name = QStringLiteral("Echo server");
    s.tcpServer().listen.port = 0;
    s.tcpServer().behaviour.reply = swb::net::ReplyKind::Prefix;
    auto *server = qobject_cast<TcpServerPanel *>(m_window->panels()->addPanel(s));
    if (!server || !server->start())
        return nullptr;
    PanelConfig c(PanelType::TcpClient);
    c.name = QStringLiteral("Client 1");
    c.tcpClient().port = probe(server).endpoint()->port();
    c.send.text = QStringLiteral("hello");
    auto *client = qobject_cast<TcpClientPanel *>(m_window->panels()->addPanel(c));
    client->connectToServer();
    if (serverOut)
        *serverOut = server;
    return client;
}

void TestTeachingTools::tableAndDiagramSelectEachOther()
{
    TcpClientPanel *client = connectedPair();
    QVERIFY(client);
    swb::models::TrafficModel *traffic = m_window->traffic();
    QTRY_COMPARE(probe(client).endpoint()->state(), QAbstractSocket::ConnectedState);
    probe(client).sendBox()->setText(QStringLiteral("hello"));
    QVERIFY(probe(client).sendBox()->sendNow());
    // listen, connect, accept, send, recv, send (echo), recv
    QTRY_VERIFY_WITH_TIMEOUT(traffic->rowCount() >= 7, 5000);
    int sendRow = -1;
    for (int row = 0; row < traffic->rowCount(); ++row) {
        const auto e = traffic->event(row);
        if (e.kind == swb::net::EventKind::Send && e.data == "hello")
            sendRow = row;
    }
    QVERIFY(sendRow >= 0);
    swb::widgets::SequenceDiagram *diagram = m_window->teaching()->diagram();
    QVERIFY(diagram->isVisible());
    QTableView *table = m_window->trafficView()->table();
    table->selectRow(sendRow);
    const int arrow = m_window->teaching()->sequence()->arrowForRow(sendRow);
    QVERIFY(arrow >= 0);
    QCOMPARE(diagram->selectedArrow(), arrow);
    // And back: clicking the arrow of the echo selects the echo's row.
    const int echoArrow = arrow + 1;
    QCOMPARE(m_window->teaching()->sequence()->arrow(echoArrow).label, QStringLiteral("received: hello"));
    diagram->showRow(m_window->teaching()->sequence()->sourceRow(0));
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, diagram->arrowCentre(echoArrow));
    QCOMPARE(table->currentIndex().row(), m_window->teaching()->sequence()->sourceRow(echoArrow));
}

void TestTeachingTools::whyOpensTheCoach()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    PanelConfig c(PanelType::TcpClient);
    c.name = QStringLiteral("Client");
    c.tcpClient().port = closedPort;
    auto *client = qobject_cast<TcpClientPanel *>(m_window->panels()->addPanel(c));
    client->connectToServer();
    QToolButton *why = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (QToolButton *b : client->findChildren<QToolButton *>()) {
                if (b->text() == QLatin1String("Why?") && b->isVisible())
                    why = b;
            }
            return why != nullptr;
        }(),
        5000);
    QVERIFY(!m_window->teaching()->coachDock()->isVisible());
    why->click();
    QVERIFY(m_window->teaching()->coachDock()->isVisible());
    swb::widgets::ErrorCoachPane *coach = m_window->teaching()->coach();
    QCOMPARE(coach->situation(), swb::course::ErrorCoach::Situation::ConnectionRefused);
    QVERIFY(coach->explanationText().contains(QLatin1String("Start the server first")));
    coach->runCheck(swb::course::ErrorCoach::Check::PortInUse);
    QVERIFY2(coach->checkResult().contains(QString::number(closedPort)), qPrintable(coach->checkResult()));
}

void TestTeachingTools::lessonSelfCheckTurnsDone()
{
    // echo-prefix on its own port 8003, when free (the lesson tests share it).
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 8003))
            QSKIP("port 8003 is busy");
    }
    QVERIFY(m_window->openLesson(QStringLiteral("echo-prefix")).ok());
    swb::models::LessonProgress *progress = m_window->teaching()->progress();
    QCOMPARE(progress->lessonId(), QStringLiteral("echo-prefix"));
    QVERIFY(!progress->isDone());
    // The self-check follows a switch of language like the rest of the pane.
    const char *item = "Two clients each got an echo starting with \"received: \"";
    m_languages->setLanguage(QStringLiteral("zh_CN"));
    const QString chinese = QCoreApplication::translate("swb::course::LessonCheck", item);
    QVERIFY(chinese != QLatin1String(item));
    // Widgets hear of the new language from a posted event.
    QTRY_VERIFY2(m_window->lessonPane()->html().contains(chinese),
                 qPrintable(QTextDocumentFragment::fromHtml(m_window->lessonPane()->html())
                                .toPlainText()
                                .left(1500)));
    QVERIFY(!m_window->lessonPane()->html().contains(QLatin1String("Two clients each got")));
    m_languages->setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(m_window->lessonPane()->html().contains(QLatin1String("Two clients each got")));

    QList<TcpClientPanel *> clients;
    for (swb::widgets::Panel *panel : m_window->panels()->panels()) {
        if (auto *client = qobject_cast<TcpClientPanel *>(panel))
            clients << client;
    }
    QCOMPARE(clients.size(), 2);
    for (TcpClientPanel *client : clients)
        client->connectToServer();
    for (TcpClientPanel *client : clients)
        QTRY_COMPARE(probe(client).endpoint()->state(), QAbstractSocket::ConnectedState);
    // Echoes the server sent so far (a client's sends could merge if not waited for).
    const auto echoes = [this] {
        int count = 0;
        swb::models::TrafficModel *traffic = m_window->traffic();
        traffic->flush();
        for (int row = 0; row < traffic->rowCount(); ++row) {
            const auto e = traffic->event(row);
            if (e.kind == swb::net::EventKind::Send && e.data.startsWith("received: "))
                ++count;
        }
        return count;
    };
    int sent = 0;
    for (int round = 0; round < 3; ++round) {
        for (TcpClientPanel *client : clients) {
            // The line empties after each send, as in a terminal.
            probe(client).sendBox()->setText(QStringLiteral("{time}"));
            QVERIFY(probe(client).sendBox()->sendNow());
            ++sent;
            QTRY_COMPARE(echoes(), sent);
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(progress->isDone(), 10000);
    QTRY_VERIFY(m_window->lessonPane()->isDone());
    QVERIFY(m_window->lessonPane()->html().contains(QLatin1String("Done")));

}

void TestTeachingTools::wellKnownPorts()
{
    m_window->menus()->wellKnownPorts->trigger();
    QVERIFY(m_window->lessonPane()->isShowingPortsTable());
    const QString html = m_window->lessonPane()->html();
    for (const char *text : {"nntplib", "119", "smtplib", "gopherlib", "telnetlib"})
        QVERIFY2(html.contains(QLatin1String(text)), text);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("ports")));
}

QTEST_MAIN(TestTeachingTools)
#include "tst_teachingtools.moc"
