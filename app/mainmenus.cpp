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
    openWorkspace = fileMenu->addAction(QString());
    openWorkspace->setShortcut(QKeySequence::Open);
    saveWorkspace = fileMenu->addAction(QString());
    saveWorkspace->setShortcut(QKeySequence::Save);
    fileMenu->addSeparator();
    exportTraffic = fileMenu->addAction(QString());
    exportTraffic->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    fileMenu->addSeparator();
    quit = fileMenu->addAction(QString());
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    panelsMenu = bar->addMenu(QString());
    addServer = panelsMenu->addAction(QString());
    addServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    addClient = panelsMenu->addAction(QString());
    addClient->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
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
    viewMenu->addSeparator();
    showLesson = viewMenu->addAction(QString());
    showLesson->setCheckable(true);
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
    retranslate();
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
    openWorkspace->setText(tr("&Open workspace\u2026"));
    saveWorkspace->setText(tr("&Save workspace as\u2026"));
    exportTraffic->setText(tr("&Export traffic\u2026"));
    quit->setText(tr("&Quit"));
    panelsMenu->setTitle(tr("&Panels"));
    addServer->setText(tr("Add TCP &server"));
    addClient->setText(tr("Add TCP &client"));
    renamePanel->setText(tr("&Rename panel\u2026"));
    closePanel->setText(tr("&Close panel"));
    lessonsMenu->setTitle(tr("&Lessons"));
    viewMenu->setTitle(tr("&View"));
    clearTraffic->setText(tr("&Clear traffic"));
    pauseScroll->setText(tr("&Pause auto-scroll"));
    copyRows->setText(tr("C&opy selected rows"));
    showLesson->setText(tr("Show &lesson pane"));
    languageMenu->setTitle(tr("&Language"));
    helpMenu->setTitle(tr("&Help"));
    about->setText(tr("&About Socket Workbench"));
}

} // namespace swb::app
