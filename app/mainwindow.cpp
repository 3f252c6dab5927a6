#include "app/mainwindow.h"

#include "app/languagemanager.h"
#include "app/mainmenus.h"
#include "app/panelmanager.h"
#include "app/presentationmode.h"
#include "app/teachingtools.h"
#include "app/traffictools.h"
#include "app/workspacelayout.h"
#include "course/lessons/lessoncatalog.h"
#include "course/lessons/lessonguide.h"
#include "models/trafficexporter.h"
#include "models/trafficmodel.h"
#include "widgets/common/panel.h"
#include "widgets/teaching/lessonpane.h"
#include "widgets/traffic/trafficpane.h"
#include "widgets/traffic/trafficview.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
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
    setCentralWidget(m_trafficPane);
    setDockNestingEnabled(true);
    m_lessonDock->setObjectName(QStringLiteral("lesson"));
    m_lessonDock->setWidget(m_lessonPane);
    addDockWidget(Qt::RightDockWidgetArea, m_lessonDock);
    m_lessonDock->hide();
    resize(1400, 900); // bounded by the screen in fitToScreen()

    connectMenus();
    m_trafficTools = new TrafficTools(this, m_menus, m_traffic);
    m_teaching = new TeachingTools({this, m_panels, m_menus, m_traffic, m_trafficView, m_lessonPane,
                                    m_lessonDock});
    connect(m_teaching, &TeachingTools::lessonRequested, this,
            [this](const QString &id) { (void)openLesson(id); });
    connect(m_panels, &PanelManager::panelsChanged, this, &MainWindow::updateTitle);
    connect(m_teaching->presentation(), &PresentationMode::docksChangedWhilePresenting, this,
            [this] { fitToScreen(); });
    connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &lang) {
        m_menus->setLanguage(lang);
        m_lessonPane->setLanguage(lang);
        rebuildLessonsMenu();
    });
    m_menus->setLanguage(m_languages->language());
    m_lessonPane->setLanguage(m_languages->language());
    rebuildLessonsMenu();
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectMenus()
{
    MainMenus *m = m_menus;
    connect(m->newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m->openWorkspace, &QAction::triggered, this, &MainWindow::chooseWorkspaceToOpen);
    connect(m->saveWorkspace, &QAction::triggered, this, &MainWindow::chooseWorkspaceToSave);
    connect(m->exportTraffic, &QAction::triggered, this, &MainWindow::chooseTrafficExport);
    connect(m->quit, &QAction::triggered, this, &QWidget::close);
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
    connect(m->renamePanel, &QAction::triggered, this, &MainWindow::renameCurrentPanel);
    connect(m->closePanel, &QAction::triggered, this, &MainWindow::closeCurrentPanel);
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
    const QString app = tr("Socket Workbench");
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
        std::fprintf(stderr, "%s\n", qPrintable(message));
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
    applyWorkspace(*workspace, true);
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
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
    WorkspaceLayout::Docks docks;
    docks.panels = m_panels->docks();
    docks.lesson = m_lessonDock;
    docks.coach = m_teaching->coachDock();
    docks.diagram = m_teaching->diagramDock();
    WorkspaceLayout::arrange(this, docks, available);
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
        std::fprintf(stderr, "%s\n", qPrintable(message));
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
    // A lesson joins what is open, so a second lesson on a busy port says so.
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
    const Result<void> saved = course::WorkspaceFile::save(m_panels->workspace(), path);
    if (!saved)
        showProblem(tr("Cannot save workspace"), saved.message());
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return saved;
}

void MainWindow::newWorkspace()
{
    m_panels->closeAll();
    m_lessonId.clear();
    m_lessonPane->setLesson(course::LessonInfo());
    m_teaching->lessonOpened(QString());
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

void MainWindow::chooseTrafficExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export traffic"), QStringLiteral("traffic.jsonl"),
        tr("JSON Lines (*.jsonl);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Result<void> saved = models::TrafficExporter::save(*m_traffic, path);
    if (!saved)
        showProblem(tr("Cannot export traffic"), saved.message());
    else
        statusBar()->showMessage(tr("Saved %n event(s) to %1", "", m_traffic->rowCount()).arg(path),
                                 5000);
}

void MainWindow::renameCurrentPanel()
{
    widgets::Panel *panel = m_panels->currentPanel();
    if (!panel)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename panel"), tr("New name:"),
                                               QLineEdit::Normal, panel->name(), &ok);
    if (ok)
        m_panels->renamePanel(panel, name);
}

void MainWindow::closeCurrentPanel()
{
    if (widgets::Panel *panel = m_panels->currentPanel())
        m_panels->closePanel(panel);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Socket Workbench"),
                       tr("<p><b>Socket Workbench %1</b></p><p>Start TCP servers and clients, "
                          "send text or bytes, and watch every byte, to learn and debug socket "
                          "programming.</p>")
                           .arg(QStringLiteral(SWB_VERSION)));
}

void MainWindow::restoreSession()
{
    QSettings settings;
    const QByteArray saved = settings.value(QStringLiteral("session/workspace")).toByteArray();
    if (!saved.isEmpty()) {
        if (const Result<course::Workspace> workspace = course::WorkspaceFile::parse(saved))
            m_panels->addWorkspace(*workspace, false);
    }
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveSession()
{
    QSettings settings;
    settings.setValue(QStringLiteral("session/workspace"),
                      course::WorkspaceFile::serialize(m_panels->workspace()));
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("language"), m_languages->language());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closed) {
        m_closed = true;
        // The layout to remember is the everyday one, not the projector's.
        m_teaching->presentation()->setActive(false);
        saveSession();
        // Close the sockets first so their close events are part of the saved log.
        for (widgets::Panel *panel : m_panels->panels())
            panel->shutdown();
        // The recording (--save-traffic) streamed all along; it ends complete here.
        m_traffic->flush();
        if (m_trafficTools->isRecording()) {
            if (const Result<void> stopped = m_trafficTools->stopRecording(); !stopped)
                std::fprintf(stderr, "%s\n", qPrintable(stopped.message()));
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
