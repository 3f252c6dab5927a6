#pragma once

#include <QList>
#include <QRect>

class QDockWidget;
class QMainWindow;

namespace swb::app {

// Places what presentation mode shows on the whole screen: the panels side by
// side along the top, the lesson, error coach and sequence diagram in a column
// on the right, the traffic table under the panels. Panels that do not fit
// side by side at their minimum widths are not squeezed or tabbed: they go on
// further pages, which the teacher steps through.
class PresentationLayout final
{
public:
    struct Docks
    {
        QList<QDockWidget *> panels; // the chosen panels, in the workspace's order
        QList<QDockWidget *> side;   // the chosen lesson, coach and diagram, top to bottom
        bool trafficTable = false;
    };

    // Runs of consecutive panels that fit side by side in panelArea pixels,
    // given each panel's minimum width: at least one panel on a page.
    static QList<QList<int>> pages(int panelArea, const QList<int> &minimumWidths);
    // The pages of docks.panels on a screen `width` pixels wide.
    static QList<QList<QDockWidget *>> pagesFor(const QMainWindow *window, const Docks &docks,
                                                int width);
    // Shows `page` and the side column on `screen`, and hides the other panels.
    static void arrange(QMainWindow *window, const Docks &docks,
                        const QList<QDockWidget *> &page, const QRect &screen);

private:
    static int sideMinimum(const QMainWindow *window, const Docks &docks);
};

} // namespace swb::app
