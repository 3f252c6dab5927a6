#include "app/mainmenus.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace swb::app {

MainMenus::MainMenus(QMainWindow *window)
    : QObject(window)
{
    QMenuBar *bar = window->menuBar();
    fileMenu = bar->addMenu(QString());
    newWorkspace = fileMenu->addAction(QString());
    newWorkspace->setShortcut(QKeySequence::New);
    newWindow = fileMenu->addAction(QString());
    newWindow->setObjectName(QStringLiteral("newWindow"));
    newWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    openWorkspace = fileMenu->addAction(QString());
    openWorkspace->setShortcut(QKeySequence::Open);
    saveWorkspace = fileMenu->addAction(QString());
    saveWorkspace->setShortcut(QKeySequence::Save);
    fileMenu->addSeparator();
    exportTraffic = fileMenu->addAction(QString());
    exportTraffic->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    openTraffic = fileMenu->addAction(QString());
    recordTraffic = fileMenu->addAction(QString());
    recordTraffic->setCheckable(true);
    fileMenu->addSeparator();
    quit = fileMenu->addAction(QString());
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    panelsMenu = bar->addMenu(QString());
    addServer = panelsMenu->addAction(QString());
    addServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    addClient = panelsMenu->addAction(QString());
    addClient->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    addUdp = panelsMenu->addAction(QString());
    addUdp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    addLocalServer = panelsMenu->addAction(QString());
    addLocalClient = panelsMenu->addAction(QString());
    addHttp = panelsMenu->addAction(QString());
    addHttp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    panelsMenu->addSeparator();
    renamePanel = panelsMenu->addAction(QString());
    renamePanel->setShortcut(QKeySequence(Qt::Key_F2));
    closePanel = panelsMenu->addAction(QString());
    closePanel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));

    lessonsMenu = bar->addMenu(QString());

    viewMenu = bar->addMenu(QString());
    clearTraffic = viewMenu->addAction(QString());
    clearTraffic->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    pauseScroll = viewMenu->addAction(QString());
    pauseScroll->setCheckable(true);
    pauseScroll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    copyRows = viewMenu->addAction(QString());
    memoryLimit = viewMenu->addAction(QString());
    viewMenu->addSeparator();
    showLesson = viewMenu->addAction(QString());
    showLesson->setCheckable(true);
    resetLayout = viewMenu->addAction(QString());
    resetLayout->setObjectName(QStringLiteral("resetLayout"));
    languageMenu = viewMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    // Each language is named in itself, so it can be found whatever is showing.
    chinese = languageMenu->addAction(QStringLiteral("中文（简体）"));
    chinese->setData(QStringLiteral("zh_CN"));
    english = languageMenu->addAction(QStringLiteral("English"));
    english->setData(QStringLiteral("en"));
    for (QAction *action : {chinese, english}) {
        action->setCheckable(true);
        m_languages->addAction(action);
    }

    helpMenu = bar->addMenu(QString());
    about = helpMenu->addAction(QString());
    about->setMenuRole(QAction::AboutRole);
    addTeachingActions(window);
    retranslate();
}

void MainMenus::addTeachingActions(QMainWindow *window)
{
    panelsMenu->addSeparator();
    showAsPython = panelsMenu->addAction(QString());
    showAsPython->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));

    QAction *beforeQuit = quit;
    replayCapture = new QAction(this);
    replayFile = new QAction(this);
    fileMenu->insertAction(beforeQuit, replayCapture);
    fileMenu->insertAction(beforeQuit, replayFile);
    fileMenu->insertSeparator(beforeQuit);

    viewMenu->addSeparator();
    showDiagram = viewMenu->addAction(QString());
    showDiagram->setCheckable(true);
    showDiagram->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    exportDiagram = viewMenu->addAction(QString());
    showCoach = viewMenu->addAction(QString());
    showCoach->setCheckable(true);
    wellKnownPorts = viewMenu->addAction(QString());
    viewMenu->addSeparator();
    zoomIn = viewMenu->addAction(QString());
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomOut = viewMenu->addAction(QString());
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomReset = viewMenu->addAction(QString());
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    themeMenu = viewMenu->addMenu(QString());
    m_themes = new QActionGroup(this);
    lightTheme = themeMenu->addAction(QString());
    lightTheme->setData(QStringLiteral("light"));
    darkTheme = themeMenu->addAction(QString());
    darkTheme->setData(QStringLiteral("dark"));
    highContrastTheme = themeMenu->addAction(QString());
    highContrastTheme->setData(QStringLiteral("high-contrast"));
    for (QAction *action : {lightTheme, darkTheme, highContrastTheme}) {
        action->setCheckable(true);
        m_themes->addAction(action);
    }
    presentation = viewMenu->addAction(QString());
    presentation->setCheckable(true);
    presentation->setShortcut(QKeySequence(Qt::Key_F11));
    // Still reachable with the menu bar out of sight in full screen.
    window->addAction(presentation);
    presentationChoice = viewMenu->addMenu(QString());
    copyScreenshot = viewMenu->addAction(QString());
    copyScreenshot->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                  QKeySequence(Qt::Key_Print)});
    window->addAction(copyScreenshot);
    saveScreenshot = viewMenu->addAction(QString());
    // The language menu stays last, where it was.
    viewMenu->removeAction(languageMenu->menuAction());
    viewMenu->addSeparator();
    viewMenu->addMenu(languageMenu);
}

void MainMenus::retranslateTeaching()
{
    showAsPython->setText(tr("Show as &Python\u2026"));
    replayCapture->setText(tr("Re&play the current capture\u2026"));
    replayFile->setText(tr("Rep&lay a traffic file\u2026"));
    showDiagram->setText(tr("Show the se&quence diagram"));
    exportDiagram->setText(tr("E&xport the sequence diagram\u2026"));
    showCoach->setText(tr("Show the &error coach"));
    wellKnownPorts->setText(tr("&Well-known ports"));
    zoomIn->setText(tr("Zoom &in"));
    zoomOut->setText(tr("Zoom o&ut"));
    zoomReset->setText(tr("&Actual size (100%)"));
    themeMenu->setTitle(tr("&Theme"));
    lightTheme->setText(tr("&Light"));
    darkTheme->setText(tr("&Dark"));
    highContrastTheme->setText(tr("&High contrast"));
    presentation->setText(tr("P&resentation mode"));
    presentationChoice->setTitle(tr("Show w&hen presenting"));
    copyScreenshot->setText(tr("Copy a &screenshot"));
    saveScreenshot->setText(tr("Save a scree&nshot\u2026"));
}

void MainMenus::setLanguage(const QString &language)
{
    chinese->setChecked(language == QLatin1String("zh_CN"));
    english->setChecked(language == QLatin1String("en"));
}

void MainMenus::retranslate()
{
    fileMenu->setTitle(tr("&File"));
    newWorkspace->setText(tr("&New workspace"));
    newWindow->setText(tr("New &window"));
    openWorkspace->setText(tr("&Open workspace\u2026"));
    saveWorkspace->setText(tr("&Save workspace as\u2026"));
    exportTraffic->setText(tr("&Export traffic\u2026"));
    openTraffic->setText(tr("Open &traffic file\u2026"));
    openTraffic->setToolTip(tr("Open recorded or exported traffic (.jsonl) as a read-only session"));
    recordTraffic->setText(tr("&Record traffic to disk\u2026"));
    recordTraffic->setToolTip(tr("Write every event to a file as it happens, so that rows "
                                 "leaving the table are not lost"));
    quit->setText(tr("&Quit"));
    panelsMenu->setTitle(tr("&Panels"));
    addServer->setText(tr("Add TCP &server"));
    addClient->setText(tr("Add TCP &client"));
    addUdp->setText(tr("Add &UDP panel"));
    addLocalServer->setText(tr("Add local socket s&erver"));
    addLocalClient->setText(tr("Add local socket c&lient"));
    addHttp->setText(tr("Add &HTTP panel"));
    renamePanel->setText(tr("&Rename panel\u2026"));
    closePanel->setText(tr("Close pa&nel"));
    lessonsMenu->setTitle(tr("&Lessons"));
    viewMenu->setTitle(tr("&View"));
    clearTraffic->setText(tr("&Clear traffic"));
    pauseScroll->setText(tr("&Pause auto-scroll"));
    copyRows->setText(tr("C&opy selected rows"));
    memoryLimit->setText(tr("Traffic &memory limit\u2026"));
    showLesson->setText(tr("Show &lesson pane"));
    resetLayout->setText(tr("Reset la&yout"));
    resetLayout->setToolTip(tr("Place the panels again so that the window fits the screen"));
    languageMenu->setTitle(tr("Lan&guage"));
    helpMenu->setTitle(tr("&Help"));
    about->setText(tr("&About Socket Workbench"));
    retranslateTeaching();
}

} // namespace swb::app
