#include "tests/app/windowtesting.h"
#include "tests/widgets/paneltesting.h"

#include "app/languagemanager.h"
#include "app/mainmenus.h"
#include "app/mainwindow.h"
#include "app/panelmanager.h"
#include "course/lessons/workspace.h"
#include "models/trafficmodel.h"
#include "net/stream/tcpserverendpoint.h"
#include "widgets/common/panel.h"
#include "widgets/stream/tcpserverpanel.h"
#include "widgets/teaching/lessonpane.h"

#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using swb::app::LanguageManager;
using swb::app::MainWindow;
using swb::course::PanelConfig;
using swb::course::PanelType;
using swb::widgets::Panel;
using swb::widgets::TcpServerPanel;
using paneltesting::probe;

// The window as a user drives it: panels, workspaces, lessons, the language
// switch, and what is kept when it closes. Settings live in a temporary folder.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addRenameClosePanels();
    void workspaceRoundTrip();
    void brokenWorkspaceChangesNothing();
    void echoLessonStartsServer();
    void twoServersOnOnePortSayWhich();
    void languageSwitchRetitlesMenus();
    void closingSavesTraffic();
    void sessionIsRestored();

private:
    void newWindow();
    Panel *panelNamed(const QString &name) const;
    static bool portIsFree(quint16 port);

    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    windowtesting::useOwnSettings(m_dir, QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    newWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset(); // closes every panel's sockets, so the lesson ports are free again
    m_languages.reset();
}

void TestMainWindow::newWindow()
{
    m_window.reset();
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(m_languages.get());
    m_window->setQuiet(true); // no modal message boxes in a test
}

Panel *TestMainWindow::panelNamed(const QString &name) const
{
    for (Panel *panel : m_window->panels()->panels()) {
        if (panel->name() == name)
            return panel;
    }
    return nullptr;
}

bool TestMainWindow::portIsFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

void TestMainWindow::addRenameClosePanels()
{
    swb::app::PanelManager *panels = m_window->panels();
    QSignalSpy changed(panels, &swb::app::PanelManager::panelsChanged);
    Panel *server = panels->addPanel(PanelType::TcpServer);
    Panel *client = panels->addPanel(PanelType::TcpClient);
    Panel *second = panels->addPanel(PanelType::TcpServer);
    QCOMPARE(panels->panels(), (QList<Panel *>{server, client, second}));
    QCOMPARE(server->type(), PanelType::TcpServer);
    QCOMPARE(client->type(), PanelType::TcpClient);
    QCOMPARE(server->name(), QStringLiteral("TCP server"));
    QCOMPARE(second->name(), QStringLiteral("TCP server (2)")); // names stay unique
    QCOMPARE(changed.count(), 3);

    panels->renamePanel(server, QStringLiteral("  Backend  "));
    QCOMPARE(server->name(), QStringLiteral("Backend"));
    QDockWidget *dock = nullptr; // the panel sits in a scroll area inside its dock
    for (QWidget *w = server->parentWidget(); w && !dock; w = w->parentWidget())
        dock = qobject_cast<QDockWidget *>(w);
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Backend")); // the dock follows
    panels->renamePanel(second, QStringLiteral("TCP client")); // taken by the client
    QCOMPARE(second->name(), QStringLiteral("TCP client (2)"));
    panels->renamePanel(client, QStringLiteral("   "));
    QCOMPARE(client->name(), QStringLiteral("TCP client"));

    QPointer<Panel> gone = server;
    panels->closePanel(server);
    QCOMPARE(panels->panels(), (QList<Panel *>{client, second}));
    QTRY_VERIFY_WITH_TIMEOUT(gone.isNull(), 5000);
    QVERIFY(panels->currentPanel() != gone.data() || gone.isNull());
    panels->closeAll();
    QVERIFY(panels->panels().isEmpty());
    QVERIFY(panels->currentPanel() == nullptr);
}

void TestMainWindow::workspaceRoundTrip()
{
    PanelConfig server(PanelType::TcpServer);
    server.name = QStringLiteral("Prefix server");
    server.encoding = swb::net::TextEncoding::Gbk;
    server.tcpServer().listen.port = 18081; // only stored: nothing listens, autoStart is off
    server.tcpServer().listen.backlog = 7;
    server.tcpServer().listen.reuseAddress = false;
    server.tcpServer().behaviour.reply = swb::net::ReplyKind::Prefix;
    server.tcpServer().behaviour.prefix = QStringLiteral("got: ");
    server.tcpServer().behaviour.closeWord = QStringLiteral("bye");
    server.tcpServer().behaviour.replyDelayMs = 250;
    PanelConfig client(PanelType::TcpClient);
    client.name = QStringLiteral("Client A");
    client.tcpClient().host = QStringLiteral("::1");
    client.tcpClient().port = 18081;
    client.tcpClient().closeWord = QStringLiteral("quit");
    m_window->panels()->addPanel(server);
    m_window->panels()->addPanel(client);
    const swb::course::Workspace before = m_window->panels()->workspace();

    const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
    QVERIFY(m_window->saveWorkspaceFile(path).ok());
    newWindow();
    QVERIFY(m_window->panels()->panels().isEmpty());
    QVERIFY(m_window->openWorkspaceFile(path).ok());

    const swb::course::Workspace after = m_window->panels()->workspace();
    QCOMPARE(after.panels.size(), 2);
    const PanelConfig &s = after.panels.at(0);
    QCOMPARE(s.type(), PanelType::TcpServer);
    QCOMPARE(s.name, QStringLiteral("Prefix server"));
    QCOMPARE(s.encoding, swb::net::TextEncoding::Gbk);
    QCOMPARE(s.tcpServer().listen.port, quint16(18081));
    QCOMPARE(s.tcpServer().listen.backlog, 7);
    QCOMPARE(s.tcpServer().listen.reuseAddress, false);
    QCOMPARE(s.tcpServer().behaviour.reply, swb::net::ReplyKind::Prefix);
    QCOMPARE(s.tcpServer().behaviour.prefix, QStringLiteral("got: "));
    QCOMPARE(s.tcpServer().behaviour.closeWord, QStringLiteral("bye"));
    QCOMPARE(s.tcpServer().behaviour.replyDelayMs, 250);
    const PanelConfig &c = after.panels.at(1);
    QCOMPARE(c.type(), PanelType::TcpClient);
    QCOMPARE(c.name, QStringLiteral("Client A"));
    QCOMPARE(c.tcpClient().host, QStringLiteral("::1"));
    QCOMPARE(c.tcpClient().port, quint16(18081));
    QCOMPARE(c.tcpClient().closeWord, QStringLiteral("quit"));
    // And everything else too: the files written before and after are the same.
    QCOMPARE(swb::course::WorkspaceFile::serialize(after), swb::course::WorkspaceFile::serialize(before));
}

void TestMainWindow::brokenWorkspaceChangesNothing()
{
    Panel *server = m_window->panels()->addPanel(PanelType::TcpServer);
    Panel *client = m_window->panels()->addPanel(PanelType::TcpClient);
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    // Valid JSON, but the second panel is wrong: the first must not be opened either.
    file.write(R"({"format": "socket-workbench-workspace", "version": 1, "panels": [
                  {"type": "tcp-server", "name": "ok"}, {"type": "no-such-type"}]})");
    file.close();

    const QString message = m_window->openWorkspaceFile(broken).message();
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QStringLiteral("no-such-type")), qPrintable(message));
    QCOMPARE(m_window->panels()->panels(), (QList<Panel *>{server, client}));

    const QString missing = m_dir.filePath(QStringLiteral("no-such.json"));
    const QString missingMessage = m_window->openWorkspaceFile(missing).message();
    QVERIFY2(missingMessage.contains(missing), qPrintable(missingMessage));
    QCOMPARE(m_window->panels()->panels().size(), 2);
}

void TestMainWindow::echoLessonStartsServer()
{
    if (!portIsFree(8003))
        QSKIP("127.0.0.1:8003 is busy on this machine; the echo-prefix lesson needs it");
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openLesson(QStringLiteral("echo-prefix")).ok());

    QCOMPARE(m_window->panels()->panels().size(), 3);
    auto *server = qobject_cast<TcpServerPanel *>(panelNamed(QStringLiteral("Echo server")));
    QVERIFY(server);
    QVERIFY(probe(server).endpoint()->isListening());
    QCOMPARE(probe(server).endpoint()->port(), quint16(8003));
    QVERIFY(m_window->lessonPane()->isVisible());
    QCOMPARE(m_window->lessonPane()->title(), QStringLiteral("An echo server for many clients"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("An echo server for many clients")));

    // It really answers, with the lesson's prefix.
    QTcpSocket socket;
    QByteArray reply;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { reply += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, 8003);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
    socket.write("12:00:00");
    QTRY_COMPARE_WITH_TIMEOUT(reply, QByteArray("received: 12:00:00"), 5000);
}

// Two servers of one workspace on one port cannot both run: the second says
// which panel has it. (Two lessons never meet in one window: the second replaces.)
void TestMainWindow::twoServersOnOnePortSayWhich()
{
    QTcpServer free;
    QVERIFY(free.listen(QHostAddress::LocalHost, 0));
    const quint16 port = free.serverPort();
    free.close();
    const QString path = m_dir.filePath(QStringLiteral("sameport.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral(R"({"format": "socket-workbench-workspace", "version": 1, "panels": [
                  {"type": "tcp-server", "name": "First", "port": %1, "autoStart": true},
                  {"type": "tcp-server", "name": "Second", "port": %1, "autoStart": true}]})")
                   .arg(port)
                   .toUtf8());
    file.close();
    QVERIFY(m_window->openWorkspaceFile(path).ok());

    auto *first = qobject_cast<TcpServerPanel *>(panelNamed(QStringLiteral("First")));
    auto *second = qobject_cast<TcpServerPanel *>(panelNamed(QStringLiteral("Second")));
    QVERIFY(first && second);
    QVERIFY(probe(first).endpoint()->isListening());
    QVERIFY(!probe(second).endpoint()->isListening());
    const QString status = second->statusText();
    QVERIFY2(status.contains(QString::number(port)), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("\"First\"")), qPrintable(status));
}

void TestMainWindow::languageSwitchRetitlesMenus()
{
    QMenu *file = m_window->menus()->fileMenu;
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QSignalSpy changed(m_languages.get(), &LanguageManager::languageChanged);

    QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_window->menus()->chinese->isChecked());
    QVERIFY(!m_window->menus()->english->isChecked());
    const QString chinese = QCoreApplication::translate("swb::app::MainMenus", "&File");
    if (chinese == QLatin1String("&File"))
        QSKIP("the zh_CN .qm has no translation for \"&File\" yet, so the title cannot change");
    // QApplication posts LanguageChange to the windows, so the titles follow a moment later.
    QTRY_COMPARE_WITH_TIMEOUT(file->title(), chinese, 5000);
    QVERIFY(m_window->traffic()->headerData(0, Qt::Horizontal).toString() != QLatin1String("Time"));

    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE_WITH_TIMEOUT(file->title(), QStringLiteral("&File"), 5000);
    QCOMPARE(m_window->traffic()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Time"));
    QVERIFY(m_window->menus()->english->isChecked());
    QVERIFY(!m_languages->setLanguage(QStringLiteral("xx")));
    QCOMPARE(m_languages->language(), QStringLiteral("en"));
}

void TestMainWindow::closingSavesTraffic()
{
    auto *server = qobject_cast<TcpServerPanel *>(m_window->panels()->addPanel(PanelType::TcpServer));
    QVERIFY(server);
    QVERIFY(server->start()); // port 0: the system picks
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, probe(server).endpoint()->port());
    QTRY_COMPARE_WITH_TIMEOUT(probe(server).endpoint()->connectionCount(), 1, 5000);

    const QString path = m_dir.filePath(QStringLiteral("closing.jsonl"));
    QFile::remove(path);
    m_window->setSaveTrafficOnQuit(path);
    m_window->show();
    QVERIFY(m_window->close());

    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), "closing the window did not write the traffic file");
    const QByteArray content = file.readAll();
    const int lines = int(content.count('\n'));
    QCOMPARE(lines, m_window->traffic()->rowCount());
    QVERIFY(content.contains("\"kind\":\"listen\""));
    QVERIFY(content.contains("\"kind\":\"accept\""));
    // The sockets are closed before saving, so their ends are in the file.
    QVERIFY(content.contains("\"kind\":\"close\""));
}

void TestMainWindow::sessionIsRestored()
{
    PanelConfig server(PanelType::TcpServer);
    server.name = QStringLiteral("Alpha");
    server.tcpServer().listen.port = 18082;
    server.tcpServer().autoStart = true; // a restored session still must not start it
    PanelConfig client(PanelType::TcpClient);
    client.name = QStringLiteral("Beta");
    m_window->panels()->addPanel(server);
    m_window->panels()->addPanel(client);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->close());
    {
        QSettings settings;
        QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
        QVERIFY(!settings.value(QStringLiteral("window/state")).toByteArray().isEmpty());
        QCOMPARE(settings.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    }

    newWindow();
    QVERIFY(m_window->panels()->panels().isEmpty());
    m_window->restoreSession();
    const QList<Panel *> panels = m_window->panels()->panels();
    QCOMPARE(panels.size(), 2);
    QCOMPARE(panels.at(0)->name(), QStringLiteral("Alpha"));
    QCOMPARE(panels.at(0)->config().tcpServer().listen.port, quint16(18082));
    QCOMPARE(panels.at(1)->name(), QStringLiteral("Beta"));
    QCOMPARE(panels.at(1)->type(), PanelType::TcpClient);
    auto *restored = qobject_cast<TcpServerPanel *>(panels.at(0));
    QVERIFY(restored);
    QVERIFY(!probe(restored).endpoint()->isListening());
    // The frame and menu bar make the exact size platform-dependent; that it is
    // not the default size shows the saved geometry was applied.
    QVERIFY2(m_window->size() != QSize(1400, 900), qPrintable(QStringLiteral("%1x%2")
                 .arg(m_window->width()).arg(m_window->height())));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
