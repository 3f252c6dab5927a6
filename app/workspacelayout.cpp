#include "app/workspacelayout.h"

#include <QDockWidget>
#include <QLayout>
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

// Each column's share of the panel area: never below what its panel needs;
// the room left over goes first to the last column, up to what its panel
// would like (a lesson lists its servers first and the panel the student
// works with last), then to every column in proportion to what it would like.
QList<int> columnWidths(const QList<QDockWidget *> &heads, int area)
{
    QList<int> widths;
    QList<int> wanted;
    int used = 0;
    int wantedTotal = 0;
    for (const QDockWidget *dock : heads) {
        const QWidget *content = WorkspaceLayout::contentOf(dock);
        widths << WorkspaceLayout::minimumWidthOf(dock);
        wanted << std::max(widths.last(), content ? content->sizeHint().width() : 0);
        used += widths.last();
        wantedTotal += wanted.last();
    }
    if (heads.isEmpty() || used >= area)
        return widths;
    int spare = area - used;
    const int toLast = std::min(spare, int(wanted.last() - widths.last()));
    widths.last() += toLast;
    spare -= toLast;
    int given = 0;
    for (int i = 0; i < widths.size() && wantedTotal > 0; ++i) {
        const int share = int(qint64(spare) * wanted.at(i) / wantedTotal);
        widths[i] += share;
        given += share;
    }
    widths.last() += spare - given; // what rounding left
    return widths;
}

// A tabbed dock's tab comes to the front only through the ZOrderChange event
// that raise() sends, and only once the main window's layout has put the dock
// in its tab bar, which it does on its next pass: so after this one. raise()
// sends nothing for a widget that is already its parent's last child (the
// dock just added): lower it first.
void bringToFront(QDockWidget *dock)
{
    QMetaObject::invokeMethod(
        dock,
        [dock] {
            dock->lower();
            dock->raise();
        },
        Qt::QueuedConnection);
}

// What the `count` widest panels need side by side.
int widestTotal(int count, QList<int> minimumWidths)
{
    std::sort(minimumWidths.begin(), minimumWidths.end(), std::greater<int>());
    int total = 0;
    for (int i = 0; i < count && i < minimumWidths.size(); ++i)
        total += minimumWidths.at(i);
    return total;
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
    const int narrowestTeaching = teachingMinimumChars * window->fontMetrics().averageCharWidth();
    int teachingWidth = teaching
        ? std::clamp(int(width * teachingShare), narrowestTeaching,
                     teachingMaximumChars * window->fontMetrics().averageCharWidth())
        : 0;
    QList<int> minimumWidths;
    for (const QDockWidget *dock : docks.panels)
        minimumWidths << minimumWidthOf(dock);
    int columns = columnsFor(width - teachingWidth, minimumWidths);
    if (teaching && columns < docks.panels.size()) {
        // One more panel in sight is worth a narrower lesson (down to its
        // minimum): a student compares the server's and the client's side.
        const int more = columnsFor(width - narrowestTeaching, minimumWidths);
        if (more > columns) {
            columns = more;
            teachingWidth = std::max(narrowestTeaching, width - widestTotal(more, minimumWidths));
        }
    }

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
        bringToFront(docks.panels.at(i));
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
        bringToFront(docks.lesson);
        window->resizeDocks({docks.lesson}, {teachingWidth}, Qt::Horizontal);
        if (docks.diagram && !docks.diagram->isHidden()) {
            window->resizeDocks({docks.lesson, docks.diagram},
                                {int(height * lessonShare), int(height * (1 - lessonShare))},
                                Qt::Vertical);
        }
    }
}

WorkspaceLayout::Restored WorkspaceLayout::restore(QMainWindow *window, const Docks &docks,
                                                   const QByteArray &state, const QRect &available)
{
    // What the arranged layout needs: on a screen too small even for that,
    // a saved layout needing no more is as good.
    const QSize frame = window->frameGeometry().size() - window->geometry().size();
    const QSize room = (available.size() - frame).expandedTo(window->minimumSizeHint());
    if (!window->restoreState(state))
        return Restored::Broken; // Qt changed nothing
    // restoreState() keeps the window's size; docks saved side by side on a
    // wider screen or at a smaller zoom would push it past this screen's edge.
    const QSize needed = window->minimumSizeHint();
    bool fits = needed.width() <= room.width() && needed.height() <= room.height();
    // A panel scrolls inside its dock rather than widen the window, so the
    // window's minimum does not see a panel squeezed below what it needs
    // across (the rule arrange() keeps); the docks' places show it.
    if (fits && window->isVisible()) {
        window->layout()->activate();
        for (const QDockWidget *dock : docks.panels) {
            if (dock->isVisible() && !dock->isFloating() && dock->width() < minimumWidthOf(dock))
                fits = false;
        }
    }
    if (fits)
        return Restored::Yes;
    arrange(window, docks, available);
    return Restored::TooLarge;
}

} // namespace swb::app
