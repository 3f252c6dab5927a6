#include "tests/app/classroomscreen.h"
#include "tests/app/windowtesting.h"
#include "tests/widgets/layoutchecker.h"

#include "app/languagemanager.h"
#include "app/mainmenus.h"
#include "app/mainwindow.h"
#include "app/panelmanager.h"
#include "app/windowregistry.h"
#include "app/workspacechoice.h"
#include "app/workspacelayout.h"
#include "app/workspaceswitch.h"
#include "course/lessons/lessoncatalog.h"
#include "models/trafficmodel.h"
#include "widgets/common/panel.h"
#include "widgets/teaching/lessonpane.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using swb::app::LanguageManager;
using swb::app::MainWindow;
using swb::app::WindowRegistry;
using swb::app::WorkspaceChoice;
using swb::app::WorkspaceChoiceDialog;
using swb::course::PanelType;
using swb::widgets::Panel;

// A window is one workspace: opening a lesson or a workspace file where
// panels are open asks Replace / New window / Cancel (never stacks the two),
// File > New window gives a second workspace in the same process, and a
// saved workspace brings back its dock layout.
class TestLessonWorkspace final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void secondLessonAsksAndCancelChangesNothing();
    void replaceLeavesOnlyTheNewLessonListening();
    void newWindowGivesTwoWorkspaces();
    void quietWindowNeverBlocks();
    void openingAWorkspaceFileAsksToo();
    void newWindowMenuAndQuit();
    void savedLayoutRoundTrips();
    void damagedLayoutIsReportedNotFatal();
    void layoutTooLargeForTheScreenFallsBack();
    void dialogFits_data();
    void dialogFits();

private:
    MainWindow *firstWindow();
    void answer(MainWindow *window, WorkspaceChoice choice);
    static QStringList panelNames(const MainWindow *window);
    static QStringList lessonPanelNames(const QString &lesson);
    static QByteArray exchange(quint16 port, const QByteArray &message);
    static bool portIsFree(quint16 port);

    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<WindowRegistry> m_windows;
    QStringList m_asked;
};

void TestLessonWorkspace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    windowtesting::useOwnSettings(m_dir, QStringLiteral("tst_lessonworkspace"));
}

void TestLessonWorkspace::init()
{
    QSettings().clear();
    m_asked.clear();
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(QStringLiteral("en"));
    m_windows = std::make_unique<WindowRegistry>(m_languages.get());
}

void TestLessonWorkspace::cleanup()
{
    m_windows.reset(); // every window and its sockets: the lesson ports are free again
    m_languages.reset();
}

MainWindow *TestLessonWorkspace::firstWindow()
{
    MainWindow *window = m_windows->createWindow();
    window->setQuiet(true);
    window->show();
    return window;
}

// Instead of the dialog: records what was asked about, answers `choice`.
void TestLessonWorkspace::answer(MainWindow *window, WorkspaceChoice choice)
{
    window->workspaceSwitch()->setChooser([this, choice](const QString &incoming) {
        m_asked << incoming;
        return choice;
    });
}

QStringList TestLessonWorkspace::panelNames(const MainWindow *window)
{
    QStringList names;
    for (const Panel *panel : window->panels()->panels())
        names << panel->name();
    return names;
}

QStringList TestLessonWorkspace::lessonPanelNames(const QString &lesson)
{
    QStringList names;
    const auto workspace = swb::course::LessonCatalog::find(lesson);
    for (const auto &config : workspace->panels)
        names << config.name;
    return names;
}

// Connects to 127.0.0.1:port, sends message, returns what comes back first.
QByteArray TestLessonWorkspace::exchange(quint16 port, const QByteArray &message)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return QByteArray("not connected: ") + socket.errorString().toUtf8();
    socket.write(message);
    QByteArray reply;
    for (int i = 0; i < 50 && reply.isEmpty(); ++i) {
        QTest::qWait(20); // the server runs in this thread's event loop
        reply += socket.readAll();
    }
    return reply;
}

bool TestLessonWorkspace::portIsFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

void TestLessonWorkspace::secondLessonAsksAndCancelChangesNothing()
{
    if (!portIsFree(8001))
        QSKIP("127.0.0.1:8001 is busy on this machine; the tcp-basics lesson needs it");
    MainWindow *window = firstWindow();
    answer(window, WorkspaceChoice::Cancel);
    QVERIFY(window->openLesson(QStringLiteral("tcp-basics")).ok());
    QVERIFY(m_asked.isEmpty()); // nothing was open: no question
    const QList<Panel *> before = window->panels()->panels();
    const QString title = window->lessonPane()->title();

    QVERIFY(window->openLesson(QStringLiteral("echo-prefix")).ok());
    QCOMPARE(m_asked, QStringList{QStringLiteral("An echo server for many clients")});
    QCOMPARE(window->panels()->panels(), before);
    QCOMPARE(window->lessonPane()->title(), title);
    QCOMPARE(m_windows->windows().size(), 1);
    QVERIFY(portIsFree(8003));
    QVERIFY(exchange(8001, "hello").size() > 0); // tcp-basics still answers
}

void TestLessonWorkspace::replaceLeavesOnlyTheNewLessonListening()
{
    if (!portIsFree(8001))
        QSKIP("127.0.0.1:8001 is busy on this machine; the lessons need it");
    MainWindow *window = firstWindow();
    answer(window, WorkspaceChoice::Replace);
    QVERIFY(window->openLesson(QStringLiteral("tcp-basics")).ok());
    QTRY_VERIFY(window->traffic()->rowCount() > 0);

    // socket-anatomy serves on the same port, 8001: only free if tcp-basics let it go.
    QVERIFY(window->openLesson(QStringLiteral("socket-anatomy")).ok());
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(panelNames(window), lessonPanelNames(QStringLiteral("socket-anatomy")));
    for (const Panel *panel : window->panels()->panels())
        QVERIFY2(panel->statusText().isEmpty() || !panel->statusText().contains(QLatin1String("use")),
                 qPrintable(panel->statusText()));
    QCOMPARE(exchange(8001, "ping"), QByteArray("ping")); // the echo server, not tcp-basics'
    QVERIFY(window->lessonPane()->title() != QString());
    QVERIFY(window->windowTitle().contains(window->lessonPane()->title()));
    QCOMPARE(m_windows->windows().size(), 1);
}

void TestLessonWorkspace::newWindowGivesTwoWorkspaces()
{
    if (!portIsFree(8001) || !portIsFree(8003))
        QSKIP("127.0.0.1:8001 or 8003 is busy on this machine; the lessons need them");
    MainWindow *first = firstWindow();
    answer(first, WorkspaceChoice::NewWindow);
    QVERIFY(first->openLesson(QStringLiteral("tcp-basics")).ok());
    QVERIFY(first->openLesson(QStringLiteral("echo-prefix")).ok());

    QCOMPARE(m_windows->windows().size(), 2);
    MainWindow *second = m_windows->windows().at(1);
    QVERIFY(second != first);
    QVERIFY(second->isVisible());
    QCOMPARE(panelNames(first), lessonPanelNames(QStringLiteral("tcp-basics")));
    QCOMPARE(panelNames(second), lessonPanelNames(QStringLiteral("echo-prefix")));
    QVERIFY(first->traffic() != second->traffic());
    QVERIFY(first->lessonPane()->title() != second->lessonPane()->title());
    QCOMPARE(exchange(8003, "12:00"), QByteArray("received: 12:00"));
    QVERIFY(exchange(8001, "hi").size() > 0);
    // Each window's table has its own lesson's traffic only.
    QTRY_VERIFY(second->traffic()->rowCount() > 0);
    const auto mentions = [](const swb::models::TrafficModel *model, const QString &port) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->index(row, column).data().toString().contains(port))
                    return true;
            }
        }
        return false;
    };
    QVERIFY(mentions(second->traffic(), QStringLiteral("8003")));
    QVERIFY(!mentions(second->traffic(), QStringLiteral("8001")));
    QVERIFY(!mentions(first->traffic(), QStringLiteral("8003")));

    // A third lesson on the first one's port, in a window of its own, says which panel has it.
    answer(second, WorkspaceChoice::NewWindow);
    QVERIFY(second->openLesson(QStringLiteral("socket-anatomy")).ok());
    QCOMPARE(m_windows->windows().size(), 3);
    MainWindow *third = m_windows->windows().at(2);
    const QString status = third->panels()->panels().first()->statusText();
    QVERIFY2(status.contains(QLatin1String("8001")) && status.contains(QLatin1String("another window"))
                 && status.contains(QLatin1String("\"Server\"")),
             qPrintable(status));
    QVERIFY(third->close());
    QTRY_COMPARE(m_windows->windows().size(), 2);

    // Closing one window leaves the other running.
    QVERIFY(first->close());
    QTRY_COMPARE(m_windows->windows().size(), 1);
    QCOMPARE(m_windows->first(), second);
    QTRY_VERIFY(portIsFree(8001));
    QCOMPARE(exchange(8003, "x"), QByteArray("received: x"));
}

void TestLessonWorkspace::quietWindowNeverBlocks()
{
    if (!portIsFree(8001))
        QSKIP("127.0.0.1:8001 is busy on this machine; the lessons need it");
    MainWindow *window = firstWindow(); // quiet, no chooser: as a scripted run
    bool sawDialog = false;
    // Were a modal dialog to open, this closes it, so the test fails instead of hanging.
    QTimer watchdog;
    connect(&watchdog, &QTimer::timeout, this, [&sawDialog] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            sawDialog = true;
            modal->close();
        }
    });
    watchdog.start(50);
    QVERIFY(window->openLesson(QStringLiteral("tcp-basics")).ok());
    QVERIFY(window->openLesson(QStringLiteral("socket-anatomy")).ok());
    QVERIFY(!sawDialog);
    QCOMPARE(panelNames(window), lessonPanelNames(QStringLiteral("socket-anatomy")));
    QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("Replacing")),
             qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(exchange(8001, "ping"), QByteArray("ping"));
}

void TestLessonWorkspace::openingAWorkspaceFileAsksToo()
{
    MainWindow *window = firstWindow();
    window->panels()->addPanel(PanelType::TcpServer);
    const QString path = m_dir.filePath(QStringLiteral("asks.json"));
    QVERIFY(window->saveWorkspaceFile(path).ok());
    window->panels()->addPanel(PanelType::TcpClient);
    const QStringList before = panelNames(window);

    answer(window, WorkspaceChoice::Cancel);
    QVERIFY(window->openWorkspaceFile(path).ok());
    QCOMPARE(m_asked, QStringList{QStringLiteral("asks.json")});
    QCOMPARE(panelNames(window), before);

    answer(window, WorkspaceChoice::Replace);
    QVERIFY(window->openWorkspaceFile(path).ok());
    QCOMPARE(panelNames(window), QStringList{QStringLiteral("TCP server")});

    // A broken file is refused before anyone is asked.
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{");
    file.close();
    m_asked.clear();
    QVERIFY(!window->openWorkspaceFile(broken).ok());
    QVERIFY(m_asked.isEmpty());
}

void TestLessonWorkspace::newWindowMenuAndQuit()
{
    MainWindow *first = firstWindow();
    QVERIFY(first->menus()->newWindow->isEnabled());
    QCOMPARE(first->menus()->newWindow->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    first->panels()->addPanel(PanelType::TcpServer);
    first->menus()->newWindow->trigger();
    QCOMPARE(m_windows->windows().size(), 2);
    MainWindow *second = m_windows->windows().at(1);
    QVERIFY(second->isVisible());
    QVERIFY(second->isQuiet()); // taken over from the window it came from
    QVERIFY(second->panels()->panels().isEmpty());
    QCOMPARE(first->panels()->panels().size(), 1);

    // A window on its own (no registry) has no New window.
    MainWindow alone(m_languages.get());
    QVERIFY(!alone.menus()->newWindow->isEnabled());

    // Quit closes them all; the session settings are the oldest window's.
    second->menus()->quit->trigger();
    QTRY_VERIFY(m_windows->windows().isEmpty());
    const QByteArray session = QSettings().value(QStringLiteral("session/workspace")).toByteArray();
    QCOMPARE(swb::course::WorkspaceFile::parse(session)->panels.size(), 1);
}

void TestLessonWorkspace::savedLayoutRoundTrips()
{
    MainWindow *window = firstWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->panels()->addPanel(PanelType::TcpServer);
    window->panels()->addPanel(PanelType::TcpClient);
    window->fitToScreen();
    // Not what fitToScreen() does: the client below the traffic, narrow server.
    auto *server = window->findChild<QDockWidget *>(QStringLiteral("panel-1"));
    auto *client = window->findChild<QDockWidget *>(QStringLiteral("panel-2"));
    QVERIFY(server && client);
    window->addDockWidget(Qt::BottomDockWidgetArea, client);
    window->resizeDocks({client}, {window->height() / 4}, Qt::Vertical);
    QCoreApplication::processEvents();
    const QSize clientSize = client->size();
    const QString path = m_dir.filePath(QStringLiteral("layout.json"));
    QVERIFY(window->saveWorkspaceFile(path).ok());
    QVERIFY(window->close());
    QTRY_VERIFY(m_windows->windows().isEmpty());

    MainWindow *again = firstWindow();
    QVERIFY(QTest::qWaitForWindowExposed(again));
    QVERIFY(again->openWorkspaceFile(path).ok());
    QCoreApplication::processEvents();
    auto *client2 = again->findChild<QDockWidget *>(QStringLiteral("panel-2"));
    QVERIFY(client2);
    QCOMPARE(again->dockWidgetArea(client2), Qt::BottomDockWidgetArea);
    QVERIFY2(qAbs(client2->height() - clientSize.height()) <= 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(client2->height()).arg(clientSize.height())));
    const QStringList problems = swb::tests::LayoutChecker(again->screen()->availableGeometry())
                                     .check(again)
                                     .filter(QStringLiteral("larger than the screen"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // View > Reset layout still gives the fitted one: panels along the top.
    again->menus()->resetLayout->trigger();
    QCOMPARE(again->dockWidgetArea(client2), Qt::TopDockWidgetArea);

    // A file without "layout" (every file before it existed) opens fitted.
    swb::course::Workspace plain;
    plain.panels << swb::course::PanelConfig(PanelType::TcpServer);
    const QByteArray json = swb::course::WorkspaceFile::serialize(plain);
    QVERIFY(!json.contains("\"layout\""));
    const auto parsed = swb::course::WorkspaceFile::parse(json);
    QVERIFY(parsed.ok());
    QVERIFY(parsed->layout.isEmpty());
    QVERIFY(parsed->warnings.isEmpty());
}

void TestLessonWorkspace::damagedLayoutIsReportedNotFatal()
{
    MainWindow *window = firstWindow();
    for (const QByteArray &layout : {QByteArray("\"@@not base64@@\""), QByteArray("42"),
                                     QByteArray("\"") + QByteArray("not a state").toBase64() + "\""}) {
        const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"format": "socket-workbench-workspace", "version": 1, "layout": )" + layout
                   + R"(, "panels": [{"type": "tcp-server", "name": "Kept"}]})");
        file.close();
        answer(window, WorkspaceChoice::Replace);
        QVERIFY(window->openWorkspaceFile(path).ok());
        QCOMPARE(panelNames(window), QStringList{QStringLiteral("Kept")});
        QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("layout")),
                 qPrintable(window->statusBar()->currentMessage()));
    }
}

void TestLessonWorkspace::layoutTooLargeForTheScreenFallsBack()
{
    MainWindow *window = firstWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    for (int i = 0; i < 6; ++i)
        window->panels()->addPanel(PanelType::TcpServer);
    // Saved on a very wide screen: six panels side by side.
    swb::app::WorkspaceLayout::Docks all;
    all.panels = window->panels()->docks();
    swb::app::WorkspaceLayout::arrange(window, all, QRect(0, 0, 5000, 900));
    QCoreApplication::processEvents();
    const QByteArray wide = window->saveState();
    QCOMPARE(window->tabifiedDockWidgets(all.panels.first()).size(), 0);

    window->fitToScreen();
    QCoreApplication::processEvents();
    const QRect available = window->screen()->availableGeometry();
    const qsizetype tabbed = window->tabifiedDockWidgets(all.panels.first()).size();
    QVERIFY(tabbed > 0); // the screen has no room for six columns
    QCOMPARE(swb::app::WorkspaceLayout::restore(window, all, wide, available),
             swb::app::WorkspaceLayout::Restored::TooLarge);
    QCOMPARE(window->tabifiedDockWidgets(all.panels.first()).size(), tabbed); // fitted again
    QCOMPARE(swb::app::WorkspaceLayout::restore(window, all, "garbage", available),
             swb::app::WorkspaceLayout::Restored::Broken);
}

void TestLessonWorkspace::dialogFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestLessonWorkspace::dialogFits()
{
    QFETCH(QString, language);
    m_languages->setLanguage(language);
    MainWindow *window = firstWindow();
    const auto lesson = swb::course::LessonCatalog::find(QStringLiteral("threaded-hello"));
    const QString title = swb::course::LessonInfo::pick(lesson->lesson->title, language);
    for (const auto kind : {WorkspaceChoiceDialog::Kind::Lesson, WorkspaceChoiceDialog::Kind::Workspace}) {
        WorkspaceChoiceDialog dialog(kind, title, true, window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList problems =
            swb::tests::LayoutChecker(dialog.screen()->availableGeometry()).check(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        if (language == QLatin1String("zh_CN"))
            QVERIFY2(!dialog.findChild<QPushButton *>(QStringLiteral("replace"))->text().contains(
                         QLatin1String("Replace")),
                     "the dialog is not translated");
        // Each button is its answer; closing the dialog is Cancel.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("newWindow")),
                          Qt::LeftButton);
        QCOMPARE(dialog.choice(), WorkspaceChoice::NewWindow);
    }
    WorkspaceChoiceDialog dialog(WorkspaceChoiceDialog::Kind::Lesson, title, false, window);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("newWindow")));
    dialog.show();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.choice(), WorkspaceChoice::Cancel);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("replace")), Qt::LeftButton);
    QCOMPARE(dialog.choice(), WorkspaceChoice::Replace);
}

// On the smallest classroom screen (SWB_SCREEN, 1366x768 by default), as the app sees it there.
int main(int argc, char *argv[])
{
    return windowtesting::runOnClassroomScreen<TestLessonWorkspace>(argc, argv);
}

#include "tst_lessonworkspace.moc"
