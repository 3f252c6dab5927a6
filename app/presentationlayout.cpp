#include "app/presentationlayout.h"

#include "app/workspacelayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QStyle>

#include <algorithm>

namespace swb::app {

namespace {

// The side column's least width in characters: the diagram's lifelines and
// labels, or the lesson's text when the lesson is shown too.
constexpr int diagramMinimumChars = 24;
constexpr int lessonMinimumChars = 40;
// The side column takes what the panels leave, up to this share of the width.
constexpr double sideMaximumShare = 0.4;
// The share of the height above the traffic table.
constexpr double panelShare = 0.58;

// What a panel's dock needs across: its panel's minimum width, and room for
// the vertical scroll bar that a panel taller than the screen shows.
int needOf(const QDockWidget *dock)
{
    const QStyle *style = dock->style();
    return WorkspaceLayout::minimumWidthOf(dock) + style->pixelMetric(QStyle::PM_ScrollBarExtent)
        + 2 * style->pixelMetric(QStyle::PM_DockWidgetFrameWidth);
}

// The gap between two docks side by side.
int separatorOf(const QMainWindow *window)
{
    return window->style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, window);
}

} // namespace

QList<QList<int>> PresentationLayout::pages(int panelArea, const QList<int> &minimumWidths)
{
    QList<QList<int>> result;
    int used = 0;
    for (int i = 0; i < minimumWidths.size(); ++i) {
        const int width = minimumWidths.at(i);
        if (result.isEmpty() || used + width > panelArea) {
            result.append(QList<int>());
            used = 0;
        }
        result.last() << i;
        used += width;
    }
    return result;
}

int PresentationLayout::sideMinimum(const QMainWindow *window, const Docks &docks)
{
    if (docks.side.isEmpty())
        return 0;
    bool reading = false;
    int widest = 0;
    for (const QDockWidget *dock : docks.side) {
        reading = reading || dock->objectName() != QLatin1String("sequence");
        widest = std::max(widest, dock->minimumSizeHint().width());
    }
    const int chars = reading ? lessonMinimumChars : diagramMinimumChars;
    return std::max(widest, chars * window->fontMetrics().averageCharWidth());
}

QList<QList<QDockWidget *>> PresentationLayout::pagesFor(const QMainWindow *window,
                                                         const Docks &docks, int width)
{
    QList<int> minimumWidths;
    for (const QDockWidget *dock : docks.panels)
        minimumWidths << needOf(dock) + separatorOf(window);
    QList<QList<QDockWidget *>> result;
    const QList<QList<int>> indexPages = pages(width - sideMinimum(window, docks), minimumWidths);
    for (const QList<int> &indexes : indexPages) {
        result.append(QList<QDockWidget *>());
        for (const int i : indexes)
            result.last() << docks.panels.at(i);
    }
    return result;
}

void PresentationLayout::arrange(QMainWindow *window, const Docks &docks,
                                 const QList<QDockWidget *> &page, const QRect &screen)
{
    for (QDockWidget *dock : docks.panels) {
        if (!page.contains(dock))
            dock->hide();
    }
    for (int i = 0; i < page.size(); ++i) {
        QDockWidget *dock = page.at(i);
        window->addDockWidget(Qt::TopDockWidgetArea, dock, Qt::Horizontal);
        if (i > 0)
            window->splitDockWidget(page.at(i - 1), dock, Qt::Horizontal);
        dock->show();
    }
    // The side column runs the screen's whole height.
    window->setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    for (int i = 0; i < docks.side.size(); ++i) {
        QDockWidget *dock = docks.side.at(i);
        if (i == 0)
            window->addDockWidget(Qt::RightDockWidgetArea, dock);
        else
            window->splitDockWidget(docks.side.at(i - 1), dock, Qt::Vertical);
        dock->show();
    }

    // Each panel what it needs, the side column what is left up to its share,
    // and the panels share the rest evenly.
    const int columnCount = int(page.size()) + (docks.side.isEmpty() ? 0 : 1);
    const int width = screen.width() - std::max(0, columnCount - 1) * separatorOf(window);
    QList<int> widths;
    int needed = 0;
    for (const QDockWidget *dock : page) {
        widths << needOf(dock);
        needed += widths.last();
    }
    const int sideLeast = sideMinimum(window, docks);
    const int side = docks.side.isEmpty() ? 0
        : page.isEmpty()                  ? width
                                          : std::clamp(width - needed, sideLeast,
                                                       std::max(sideLeast, int(width * sideMaximumShare)));
    // What is left over is shared evenly; a page whose one panel is wider
    // than the room has that panel scroll sideways in its dock, rather than
    // ask the main window for more than the screen (it would grow past it).
    const int room = width - side;
    for (int &w : widths)
        w = needed > room ? w * room / needed : w + (room - needed) / int(widths.size());
    QList<QDockWidget *> columns = page;
    if (!docks.side.isEmpty()) {
        columns << docks.side.first();
        widths << side;
    }
    window->resizeDocks(columns, widths, Qt::Horizontal);

    if (!page.isEmpty() && docks.trafficTable)
        window->resizeDocks({page.first()}, {int(screen.height() * panelShare)}, Qt::Vertical);
}

} // namespace swb::app
