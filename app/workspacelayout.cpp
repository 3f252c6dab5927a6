#include "app/workspacelayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

#include <algorithm>

namespace swb::app {

namespace {

// The share of the width the teaching column (lesson, coach, diagram) takes,
// within bounds in characters, so that the lesson's text stays readable and
// the panels keep room at any zoom.
constexpr double teachingShare = 0.3;
constexpr int teachingMinimumChars = 40;
constexpr int teachingMaximumChars = 70;
// The share of the height above the traffic table.
constexpr double panelShare = 0.58;
// The lesson above the diagram.
constexpr double lessonShare = 0.62;

// Each column's share of the panel area: in proportion to what its panel
// would like, never below what it needs.
QList<int> columnWidths(const QList<QDockWidget *> &heads, int area)
{
    QList<int> minimum;
    QList<int> wanted;
    int wantedTotal = 0;
    for (const QDockWidget *dock : heads) {
        const QWidget *content = WorkspaceLayout::contentOf(dock);
        minimum << WorkspaceLayout::minimumWidthOf(dock);
        wanted << std::max(minimum.last(), content ? content->sizeHint().width() : 0);
        wantedTotal += wanted.last();
    }
    QList<int> widths;
    for (int i = 0; i < heads.size(); ++i)
        widths << std::max(minimum.at(i), wantedTotal > 0 ? area * wanted.at(i) / wantedTotal : 0);
    return widths;
}

} // namespace

QWidget *WorkspaceLayout::contentOf(const QDockWidget *dock)
{
    QWidget *content = dock->widget();
    if (auto *scroll = qobject_cast<QScrollArea *>(content); scroll && scroll->widget())
        content = scroll->widget();
    return content;
}

int WorkspaceLayout::minimumWidthOf(const QDockWidget *dock)
{
    const QWidget *content = WorkspaceLayout::contentOf(dock);
    return content ? content->minimumSizeHint().width() : 0;
}

int WorkspaceLayout::columnsFor(int panelArea, QList<int> minimumWidths)
{
    if (minimumWidths.isEmpty())
        return 0;
    // Whichever panels end up side by side, the widest ones must fit too.
    std::sort(minimumWidths.begin(), minimumWidths.end(), std::greater<int>());
    int columns = 0;
    int used = 0;
    for (const int width : std::as_const(minimumWidths)) {
        if (columns > 0 && used + width > panelArea)
            break;
        used += width;
        ++columns;
    }
    return columns;
}

void WorkspaceLayout::arrange(QMainWindow *window, const Docks &docks, const QRect &available)
{
    // The whole screen: a lesson on a projector at 200 % needs every pixel.
    const QSize frame = window->frameGeometry().size() - window->geometry().size();
    window->resize(available.size() - frame);
    const int width = window->width();
    const int height = window->height();

    const bool teaching = docks.lesson && !docks.lesson->isHidden();
    const int teachingWidth = teaching
        ? std::clamp(int(width * teachingShare),
                     teachingMinimumChars * window->fontMetrics().averageCharWidth(),
                     teachingMaximumChars * window->fontMetrics().averageCharWidth())
        : 0;
    QList<int> minimumWidths;
    for (const QDockWidget *dock : docks.panels)
        minimumWidths << minimumWidthOf(dock);
    const int columns = columnsFor(width - teachingWidth, minimumWidths);

    // Side by side along the top, as many as fit; the others as tabs on them.
    QList<QDockWidget *> heads;
    for (int i = 0; i < docks.panels.size(); ++i) {
        QDockWidget *dock = docks.panels.at(i);
        if (i < columns) {
            window->addDockWidget(Qt::TopDockWidgetArea, dock, Qt::Horizontal);
            if (!heads.isEmpty())
                window->splitDockWidget(heads.last(), dock, Qt::Horizontal);
            heads << dock;
        } else {
            window->tabifyDockWidget(heads.at(i % columns), dock);
        }
    }
    // The last panel of each column in front: a lesson lists its servers
    // first, and what the student works with (a client, the HTTP panel) after.
    for (int i = int(docks.panels.size()) - 1, raised = 0; i >= 0 && raised < columns; --i, ++raised)
        docks.panels.at(i)->raise();
    if (!heads.isEmpty()) {
        window->resizeDocks(heads, columnWidths(heads, width - teachingWidth), Qt::Horizontal);
        window->resizeDocks({heads.first()}, {int(height * panelShare)}, Qt::Vertical);
    }

    if (teaching) {
        // The teaching column runs the window's whole height, beside the
        // panels and the traffic table alike.
        window->setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
        window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
        window->setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
        window->addDockWidget(Qt::RightDockWidgetArea, docks.lesson);
        // The coach opens under the lesson, never over it: both stay in sight.
        if (docks.coach)
            window->splitDockWidget(docks.lesson, docks.coach, Qt::Vertical);
        if (docks.diagram)
            window->splitDockWidget(docks.coach ? docks.coach : docks.lesson, docks.diagram,
                                    Qt::Vertical);
        docks.lesson->raise();
        window->resizeDocks({docks.lesson}, {teachingWidth}, Qt::Horizontal);
        if (docks.diagram && !docks.diagram->isHidden()) {
            window->resizeDocks({docks.lesson, docks.diagram},
                                {int(height * lessonShare), int(height * (1 - lessonShare))},
                                Qt::Vertical);
        }
    }
}

} // namespace swb::app
