#include "app/lessonsidebar.h"

#include "widgets/common/docktitlebar.h"
#include "widgets/common/verticalbutton.h"
#include "widgets/teaching/lessonpane.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QStyle>
#include <QToolBar>

namespace swb::app {

LessonSideBar::LessonSideBar(QMainWindow *window, QDockWidget *lessonDock,
                             widgets::LessonPane *pane, QMenu *viewMenu, QAction *after)
    : QObject(window)
    , m_dock(lessonDock)
    , m_pane(pane)
    , m_action(new QAction(this))
    , m_bar(new QToolBar(window))
    , m_button(new widgets::VerticalButton(m_bar))
{
    m_action->setObjectName(QStringLiteral("collapseLesson"));
    m_action->setCheckable(true);
    // F9: free in the menus (Ctrl+L clears the traffic), one key, as IDEs toggle side bars.
    m_action->setShortcut(QKeySequence(Qt::Key_F9));
    m_action->setIcon(window->style()->standardIcon(QStyle::SP_ArrowRight));
    const QList<QAction *> actions = viewMenu->actions();
    const qsizetype at = actions.indexOf(after);
    viewMenu->insertAction(at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr,
                           m_action);
    // Still reachable when the menu bar is out of sight (presentation mode).
    window->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &LessonSideBar::setCollapsed);

    auto *title = new widgets::DockTitleBar(lessonDock);
    title->addButton(m_action, QStringLiteral("collapseLessonButton"));
    lessonDock->setTitleBarWidget(title);

    m_bar->setObjectName(QStringLiteral("lessonSideBar"));
    m_bar->setMovable(false);
    m_bar->setFloatable(false);
    m_bar->toggleViewAction()->setVisible(false); // it follows the lesson, not the user's list
    m_button->setObjectName(QStringLiteral("expandLesson"));
    m_bar->addWidget(m_button);
    window->addToolBar(Qt::RightToolBarArea, m_bar);
    m_bar->hide();
    connect(m_button, &QAbstractButton::clicked, this, [this] { setCollapsed(false); });

    lessonDock->installEventFilter(this);
    retranslate();
}

void LessonSideBar::setCompanions(const QList<QDockWidget *> &docks)
{
    m_companions = docks;
}

void LessonSideBar::showCompanions()
{
    for (const QPointer<QDockWidget> &dock : std::as_const(m_folded)) {
        if (dock)
            dock->show();
    }
    m_folded.clear();
}

void LessonSideBar::setCollapsed(bool collapsed)
{
    if (collapsed && !m_collapsed && m_dock->isHidden()) {
        updateAction(); // no lesson to collapse
        return;
    }
    if (collapsed == m_collapsed) {
        updateAction();
        return;
    }
    m_collapsed = collapsed;
    retranslate();
    if (collapsed) {
        m_folded.clear();
        for (QDockWidget *dock : std::as_const(m_companions)) {
            if (!dock->isHidden()) {
                m_folded << dock;
                dock->hide();
            }
        }
        m_dock->hide();
        m_bar->show();
    } else {
        m_bar->hide();
        showCompanions();
        m_dock->show();
        m_dock->raise();
    }
    updateAction();
    emit collapsedChanged(collapsed);
}

void LessonSideBar::closeLesson()
{
    m_collapsed = false;
    m_folded.clear();
    m_bar->hide();
    m_dock->hide();
    updateAction();
}

bool LessonSideBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dock && event->type() == QEvent::ShowToParent && m_collapsed) {
        // Shown some other way (a lesson opened, View > Show lesson pane): expanded.
        m_collapsed = false;
        m_bar->hide();
        showCompanions();
        QMetaObject::invokeMethod(this, [this] { emit collapsedChanged(false); },
                                  Qt::QueuedConnection);
    }
    if (watched == m_dock
        && (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        updateAction();
    return QObject::eventFilter(watched, event);
}

void LessonSideBar::updateAction()
{
    m_action->setChecked(m_collapsed);
    m_action->setEnabled(m_collapsed || !m_dock->isHidden());
}

void LessonSideBar::retranslate()
{
    m_action->setText(tr("Collapse the lesson pane to the si&de"));
    m_action->setToolTip(tr("Collapse the lesson pane to a bar at the right edge, giving its "
                            "width to the panels (%1)")
                             .arg(m_action->shortcut().toString(QKeySequence::NativeText)));
    QString title = m_pane->title();
    if (title.isEmpty())
        title = m_dock->windowTitle();
    m_button->setFullText(QStringLiteral("\u25c0 ") + title);
    m_button->setToolTip(tr("%1 \u2014 click to show the lesson pane again").arg(title));
}

} // namespace swb::app
