#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace swb::app {

// Places a workspace's docks so that the window fits the screen: the panels
// in as many columns as their minimum widths allow beside the teaching column
// (the lesson, the error coach under it when open, the sequence diagram), the
// panels that do not fit as tabs in those columns, and the traffic table below.
class WorkspaceLayout final
{
public:
    struct Docks
    {
        QList<QDockWidget *> panels;
        QDockWidget *lesson = nullptr;
        QDockWidget *coach = nullptr;
        QDockWidget *diagram = nullptr;
    };

    // How many panels side by side in panelArea pixels, given each panel's
    // minimum width: at least one.
    static int columnsFor(int panelArea, QList<int> minimumWidths);
    // The panel inside a dock's scroll area.
    static QWidget *contentOf(const QDockWidget *dock);
    // What a panel needs across without a horizontal scroll bar.
    static int minimumWidthOf(const QDockWidget *dock);

    static void arrange(QMainWindow *window, const Docks &docks, const QRect &available);

    enum class Restored { Yes, Broken, TooLarge };
    // A workspace's saved dock layout (QMainWindow::saveState()), applied
    // after arrange(): the docks it names go back where they were, unless it
    // is damaged or its docks need more room than the screen has; then the
    // arranged layout stays.
    static Restored restore(QMainWindow *window, const Docks &docks, const QByteArray &state,
                            const QRect &available);
};

} // namespace swb::app
