#include "app/startpagehost.h"

#include "app/languagemanager.h"
#include "app/lessonsidebar.h"
#include "app/mainmenus.h"
#include "app/panelmanager.h"
#include "widgets/teaching/startpage.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QStackedWidget>
#include <QToolBar>

namespace swb::app {

StartPageHost::StartPageHost(const Parts &parts)
    : QObject(parts.window)
    , m_parts(parts)
    , m_stack(new QStackedWidget(parts.window))
    , m_page(new widgets::StartPage(m_stack))
{
    m_stack->setObjectName(QStringLiteral("mainArea"));
    m_stack->addWidget(parts.trafficPane);
    m_stack->addWidget(m_page);
    const MainMenus *m = parts.menus;
    m_page->setFileActions({m->openWorkspace, m->openTraffic});
    m_page->setPanelActions(
        {m->addServer, m->addClient, m->addUdp, m->addLocalServer, m->addLocalClient, m->addHttp});
    m_page->setLanguage(parts.languages->language());
    connect(parts.languages, &LanguageManager::languageChanged, m_page,
            &widgets::StartPage::setLanguage);
    connect(m_page, &widgets::StartPage::actionChosen, this, [](QAction *action) { action->trigger(); });
    connect(m_page, &widgets::StartPage::lessonChosen, this, &StartPageHost::lessonChosen);
    connect(parts.panels, &PanelManager::panelsChanged, this, &StartPageHost::scheduleUpdate);
    parts.lessonDock->installEventFilter(this);
    if (parts.lessonBar)
        parts.lessonBar->bar()->installEventFilter(this);
    update();
}

bool StartPageHost::isShowingStartPage() const
{
    return m_stack->currentWidget() == m_page;
}

void StartPageHost::update()
{
    m_updatePending = false;
    const bool lesson = !m_parts.lessonDock->isHidden()
        || (m_parts.lessonBar && m_parts.lessonBar->isCollapsed());
    const bool nothingOpen = m_parts.panels->panels().isEmpty() && !lesson;
    m_stack->setCurrentWidget(nothingOpen ? static_cast<QWidget *>(m_page) : m_parts.trafficPane);
}

void StartPageHost::scheduleUpdate()
{
    // Closing a workspace hides the lesson and closes panels one by one: decide once.
    if (m_updatePending)
        return;
    m_updatePending = true;
    QMetaObject::invokeMethod(this, &StartPageHost::update, Qt::QueuedConnection);
}

bool StartPageHost::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)
        scheduleUpdate();
    return QObject::eventFilter(watched, event);
}

} // namespace swb::app
