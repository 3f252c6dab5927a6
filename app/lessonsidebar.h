#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace swb::widgets {
class LessonPane;
class VerticalButton;
}

namespace swb::app {

// Collapses the lesson pane to a narrow bar at the window's right edge, with
// the lesson's title running down a button, and back: the width goes to the
// panels while the student works, and the goal is one click (or F9) away.
// View > "Collapse the lesson pane" is checkable; the lesson dock's title bar
// has the same action as a button. Showing the lesson dock by any other way
// (a lesson opened, View > Show lesson pane) expands it.
class LessonSideBar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonSideBar)
public:
    LessonSideBar(QMainWindow *window, QDockWidget *lessonDock, widgets::LessonPane *pane,
                  QMenu *viewMenu, QAction *after);

    // Docks of the teaching column beside the lesson (the error coach, the
    // sequence diagram): they fold away with it, so the column's whole width
    // goes to the panels, and come back with it.
    void setCompanions(const QList<QDockWidget *> &docks);

    QAction *collapseAction() const { return m_action; }
    QToolBar *bar() const { return m_bar; }
    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    // Nothing open any more (File > New workspace): neither pane nor bar.
    void closeLesson();
    void retranslate();

signals:
    // The lesson's width changed hands: the window places its docks again.
    void collapsedChanged(bool collapsed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateAction();
    void showCompanions();

    QDockWidget *m_dock;
    widgets::LessonPane *m_pane;
    QAction *m_action = nullptr;
    QToolBar *m_bar = nullptr;
    widgets::VerticalButton *m_button = nullptr;
    QList<QDockWidget *> m_companions;
    QList<QPointer<QDockWidget>> m_folded; // the companions that were open
    bool m_collapsed = false;
};

} // namespace swb::app
