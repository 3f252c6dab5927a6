#include "app/mainwindow.h"

#include "app/helptopics.h"
#include "app/languagemanager.h"
#include "app/lessonsidebar.h"
#include "app/mainmenus.h"
#include "app/panelmanager.h"
#include "app/presentationmode.h"
#include "app/sessionsettings.h"
#include "app/startpagehost.h"
#include "app/teachingtools.h"
#include "app/traffictools.h"
#include "app/version.h"
#include "app/workspacelayout.h"
#include "app/workspaceswitch.h"
#include "course/lessons/lessoncatalog.h"
#include "course/lessons/lessonguide.h"
#include "models/trafficmodel.h"
#include "widgets/common/panel.h"
#include "widgets/teaching/lessonpane.h"
#include "widgets/traffic/trafficpane.h"
#include "widgets/traffic/trafficview.h"
#include "net/payload/controltext.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

#include <cstdio>

namespace swb::app {

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_traffic(new models::TrafficModel(this))
    , m_trafficPane(new widgets::TrafficPane(m_traffic, this))
    , m_trafficView(m_trafficPane->trafficView())
    , m_lessonPane(new widgets::LessonPane(this))
    , m_lessonDock(new QDockWidget(this))
    , m_panels(new PanelManager(this, m_traffic))
    , m_menus(new MainMenus(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/socket-workbench.svg")));
    setDockNestingEnabled(true);
    m_lessonDock->setObjectName(QStringLiteral("lesson"));
    m_lessonDock->setWidget(m_lessonPane);
    addDockWidget(Qt::RightDockWidgetArea, m_lessonDock);
    m_lessonDock->hide();
    // A first size that is never larger than the screen; fitToScreen() places the docks.
    resize(QSize(1400, 900).boundedTo(screen()->availableGeometry().size()));

    connectMenus();
    m_switch = new WorkspaceSwitch(this);
    m_trafficTools = new TrafficTools(this, m_menus, m_traffic);
    m_teaching = new TeachingTools({this, m_panels, m_menus, m_traffic, m_trafficView, m_lessonPane,
                                    m_lessonDock});
    connect(m_teaching, &TeachingTools::lessonRequested, this,
            [this](const QString &id) { (void)openLesson(id); });
    m_lessonBar = new LessonSideBar(this, m_lessonDock, m_lessonPane, m_menus->viewMenu,
                                    m_menus->showLesson);
    m_lessonBar->setCompanions({m_teaching->coachDock(), m_teaching->diagramDock()});
    // Queued: the docks it shows or hides are laid out first.
    connect(m_lessonBar, &LessonSideBar::collapsedChanged, this, [this] { fitToScreen(); },
            Qt::QueuedConnection);
    m_startPage = new StartPageHost(
        {this, m_trafficPane, m_menus, m_panels, m_lessonDock, m_lessonBar, m_languages});
    setCentralWidget(m_startPage->central());
    connect(m_startPage, &StartPageHost::lessonChosen, this,
            [this](const QString &id) { (void)openLesson(id); });
    m_help = new HelpTopics(this, m_menus);
    connect(m_panels, &PanelManager::panelsChanged, this, &MainWindow::updateTitle);
    connect(m_teaching->presentation(), &PresentationMode::docksChangedWhilePresenting, this,
            [this] { fitToScreen(); });
    connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &lang) {
        m_menus->setLanguage(lang);
        m_lessonPane->setLanguage(lang);
        m_panels->setLanguage(lang);
        rebuildLessonsMenu();
    });
    m_menus->setLanguage(m_languages->language());
    m_panels->setLanguage(m_languages->language());
    m_lessonPane->setLanguage(m_languages->language());
    rebuildLessonsMenu();
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectMenus()
{
    MainMenus *m = m_menus;
    connect(m->newWorkspace, &QAction::triggered, this, &MainWindow::clearWorkspace);
    connect(m->openWorkspace, &QAction::triggered, this, &MainWindow::chooseWorkspaceToOpen);
    connect(m->saveWorkspace, &QAction::triggered, this, &MainWindow::chooseWorkspaceToSave);
    connect(m->addServer, &QAction::triggered, this,
            [this] { addPanel(course::PanelType::TcpServer); });
    connect(m->addClient, &QAction::triggered, this,
            [this] { addPanel(course::PanelType::TcpClient); });
    const std::pair<QAction *, course::PanelType> adders[] = {
        {m->addUdp, course::PanelType::Udp},
        {m->addLocalServer, course::PanelType::LocalServer},
        {m->addLocalClient, course::PanelType::LocalClient},
        {m->addHttp, course::PanelType::Http},
    };
    for (const auto &[action, type] : adders) {
        const course::PanelType panelType = type;
        connect(action, &QAction::triggered, this, [this, panelType] { addPanel(panelType); });
    }
    connect(m->resetLayout, &QAction::triggered, this, [this] { fitToScreen(); });
    connect(m->renamePanel, &QAction::triggered, m_panels, &PanelManager::renameCurrentPanel);
    connect(m->closePanel, &QAction::triggered, m_panels, &PanelManager::closeCurrentPanel);
    connect(m->clearTraffic, &QAction::triggered, m_trafficView, &widgets::TrafficView::clearTraffic);
    connect(m->pauseScroll, &QAction::toggled, m_trafficView,
            &widgets::TrafficView::setAutoScrollPaused);
    connect(m->copyRows, &QAction::triggered, m_trafficView,
            &widgets::TrafficView::copySelectedRows);
    connect(m->showLesson, &QAction::toggled, m_lessonDock, &QDockWidget::setVisible);
    connect(m_lessonDock, &QDockWidget::visibilityChanged, m->showLesson, &QAction::setChecked);
    for (QAction *action : {m->chinese, m->english}) {
        connect(action, &QAction::triggered, this,
                [this, action] { m_languages->setLanguage(action->data().toString()); });
    }
    connect(m->about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::retranslateUi()
{
    m_menus->retranslate();
    m_lessonDock->setWindowTitle(tr("Lesson"));
    m_traffic->retranslate();
    if (m_trafficTools)
        m_trafficTools->retranslate();
    if (m_teaching)
        m_teaching->retranslate();
    if (m_lessonBar)
        m_lessonBar->retranslate();
    if (m_help)
        m_help->retranslate();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    const QString app = LanguageManager::displayName(); // Qt then adds no second name
    const QString lesson = m_lessonPane->title();
    setWindowTitle(m_lessonId.isEmpty() ? app : QStringLiteral("%1 \u2014 %2").arg(lesson, app));
}

void MainWindow::rebuildLessonsMenu()
{
    QMenu *menu = m_menus->lessonsMenu;
    menu->clear();
    const auto lessons = course::LessonCatalog::all();
    for (const auto &entry : lessons) {
        const QString title = course::LessonInfo::pick(entry.workspace.lesson->title,
                                                    m_languages->language());
        QAction *action = menu->addAction(QStringLiteral("%1  (%2)").arg(title, entry.id));
        const QString id = entry.id;
        connect(action, &QAction::triggered, this, [this, id] { (void)openLesson(id); });
    }
    // The last exercise of EXERCISES.md is a reference view, not a workspace.
    const QString portsId = course::LessonGuides::portsTableId();
    if (const auto ports = course::LessonGuides::find(portsId)) {
        menu->addSeparator();
        QAction *action = menu->addAction(QStringLiteral("%1  (%2)").arg(
            course::LessonInfo::pick(ports->title, m_languages->language()), portsId));
        connect(action, &QAction::triggered, this, [this, portsId] { (void)openLesson(portsId); });
    }
}

void MainWindow::showProblem(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 15000);
    if (m_quiet)
        std::fprintf(stderr, "%s\n", net::ControlText::forTerminal(message).constData());
    else
        QMessageBox::warning(this, title, message);
}

Result<void> MainWindow::openWorkspaceFile(const QString &path)
{
    const Result<course::Workspace> workspace = course::WorkspaceFile::load(path);
    if (!workspace) {
        showProblem(tr("Cannot open workspace"), workspace.message());
        return workspace.failure();
    }
    MainWindow *target =
        m_switch->target(WorkspaceChoiceDialog::Kind::Workspace, QFileInfo(path).fileName());
    if (!target)
        return {}; // the user kept what is open
    if (target != this)
        return target->openWorkspaceFile(path);
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000); // a layout notice may follow
    applyWorkspace(*workspace, true);
    return {};
}

void MainWindow::addPanel(course::PanelType type)
{
    m_panels->addPanel(type);
    fitToScreen();
}

void MainWindow::fitToScreen()
{
    fitToScreen(screen()->availableGeometry());
}

void MainWindow::fitToScreen(const QRect &available)
{
    if (PresentationMode *presentation = m_teaching->presentation(); presentation->isActive()) {
        presentation->relayout(); // it places the window on the whole screen itself
        return;
    }
    WorkspaceLayout::arrange(this, docks(), available);
}

WorkspaceLayout::Docks MainWindow::docks() const
{
    WorkspaceLayout::Docks docks;
    docks.panels = m_panels->docks();
    docks.lesson = m_lessonDock;
    docks.coach = m_teaching->coachDock();
    docks.diagram = m_teaching->diagramDock();
    return docks;
}

void MainWindow::applyWorkspace(const course::Workspace &workspace, bool startServers)
{
    m_panels->closeAll();
    m_panels->addWorkspace(workspace, startServers);
    if (workspace.lesson) {
        m_lessonId = workspace.lesson->id;
        m_lessonPane->setLesson(*workspace.lesson);
        m_lessonDock->show();
        m_teaching->lessonOpened(m_lessonId);
    }
    updateTitle();
    fitToScreen();
    restoreLayout(workspace);
}

void MainWindow::restoreLayout(const course::Workspace &workspace)
{
    QStringList problems = workspace.warnings;
    if (!workspace.layout.isEmpty() && !isFullScreen()) {
        switch (WorkspaceLayout::restore(this, docks(), workspace.layout,
                                         screen()->availableGeometry())) {
        case WorkspaceLayout::Restored::Yes:
            break;
        case WorkspaceLayout::Restored::Broken:
            problems << course::WorkspaceFile::brokenLayoutMessage();
            break;
        case WorkspaceLayout::Restored::TooLarge:
            problems << tr("The workspace's saved layout does not fit this screen, so the panels "
                           "are placed to fit it.");
            break;
        }
    }
    if (!problems.isEmpty())
        showNotice(tr("Workspace layout"), problems.join(QLatin1Char('\n')));
}

void MainWindow::recoverWorkspace(const course::Workspace &workspace)
{
    applyWorkspace(workspace, false);
}

course::Workspace MainWindow::currentWorkspace() const
{
    course::Workspace workspace = m_panels->workspace();
    // The ports table is a view, not a lesson with panels: nothing to keep of it.
    const course::LessonInfo &lesson = m_lessonPane->lesson();
    if (!m_lessonId.isEmpty() && lesson.id == m_lessonId)
        workspace.lesson = lesson;
    return workspace;
}

void MainWindow::showNotice(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 30000);
    if (m_quiet) {
        std::fprintf(stderr, "%s\n", net::ControlText::forTerminal(message).constData());
        return;
    }
    // Not modal: the window behind it is the thing the message is about.
    auto *box = new QMessageBox(QMessageBox::Information, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

Result<void> MainWindow::openLesson(const QString &id)
{
    if (id == course::LessonGuides::portsTableId()) {
        m_lessonId = id;
        m_lessonPane->showPortsTable();
        m_lessonDock->show();
        m_lessonDock->raise();
        m_teaching->lessonOpened(QString());
        updateTitle();
        fitToScreen();
        return {};
    }
    const Result<course::Workspace> workspace = course::LessonCatalog::find(id);
    if (!workspace) {
        showProblem(tr("Cannot open lesson"), workspace.message());
        return workspace.failure();
    }
    // A window holds one lesson: never two stacked, fighting for one port.
    MainWindow *target = m_switch->target(
        WorkspaceChoiceDialog::Kind::Lesson,
        course::LessonInfo::pick(workspace->lesson->title, m_languages->language()));
    if (!target)
        return {}; // the user kept what is open
    if (target != this)
        return target->openLesson(id);
    m_panels->addWorkspace(*workspace, true);
    m_lessonId = id;
    m_lessonPane->setLesson(*workspace->lesson);
    m_lessonDock->show();
    m_teaching->lessonOpened(id);
    updateTitle();
    fitToScreen();
    return {};
}

Result<void> MainWindow::saveWorkspaceFile(const QString &path)
{
    // The lesson and the dock layout too: opening the file brings back this window.
    course::Workspace workspace = currentWorkspace();
    workspace.layout = saveState();
    const Result<void> saved = course::WorkspaceFile::save(workspace, path);
    if (!saved)
        showProblem(tr("Cannot save workspace"), saved.message());
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return saved;
}

void MainWindow::clearWorkspace()
{
    // Shut down now, not when the docks are deleted: the next lesson needs the ports.
    m_panels->closeAll();
    m_lessonId.clear();
    m_lessonPane->setLesson(course::LessonInfo());
    m_lessonBar->closeLesson(); // nothing open: the start page comes back
    m_teaching->lessonOpened(QString());
    // The traffic belongs to the workspace: what the table, the diagram and the
    // self-check show is the new one's alone (a recording on disk keeps it all).
    m_traffic->clear();
    updateTitle();
}

void MainWindow::chooseWorkspaceToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                      tr("Workspaces (*.json);;All files (*)"));
    if (!path.isEmpty())
        (void)openWorkspaceFile(path);
}

void MainWindow::chooseWorkspaceToSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save workspace"),
                                                      QStringLiteral("workspace.json"),
                                                      tr("Workspaces (*.json)"));
    if (!path.isEmpty())
        (void)saveWorkspaceFile(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Socket Workbench"),
                       tr("<p><b>Socket Workbench %1</b></p><p>Start TCP servers and clients, "
                          "send text or bytes, and watch every byte, to learn and debug socket "
                          "programming.</p>")
                           .arg(Version::text()));
}

void MainWindow::restoreSession()
{
    SessionSettings::restore(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closed) {
        m_closed = true;
        // The layout to remember is the everyday one, not the projector's.
        m_teaching->presentation()->setActive(false);
        SessionSettings::save(this, m_languages->language());
        // Close the sockets first so their close events are part of the saved log.
        for (widgets::Panel *panel : m_panels->panels())
            panel->shutdown();
        // The recording (--save-traffic) streamed all along; it ends complete here.
        m_traffic->flush();
        if (m_trafficTools->isRecording()) {
            if (const Result<void> stopped = m_trafficTools->stopRecording(); !stopped)
                std::fprintf(stderr, "%s\n", net::ControlText::forTerminal(stopped.message()).constData());
        }
    }
    event->accept();
}

void MainWindow::setSaveTrafficOnQuit(const QString &path)
{
    if (path.isEmpty())
        return;
    m_trafficTools->setQuiet(m_quiet);
    if (const Result<void> started = m_trafficTools->startRecording(path); !started)
        showProblem(tr("Cannot record traffic"), started.message());
}

} // namespace swb::app
