#include "app/workspacelayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

#include <algorithm>

namespace swb::app {

namespace {

// The share of the width the teaching column (lesson, coach, diagram) takes,
// within bounds that keep the lesson's text readable and leave the panels room.
constexpr double teachingShare = 0.3;
constexpr int teachingMinimum = 300;
constexpr int teachingMaximum = 520;
// The share of the height above the traffic table.
constexpr double panelShare = 0.58;
// The lesson above the diagram.
constexpr double lessonShare = 0.62;

// What a panel needs across without a horizontal scroll bar: its own minimum
// inside the dock's scroll area.
int minimumWidthOf(const QDockWidget *dock)
{
    const QWidget *content = dock->widget();
    if (const auto *scroll = qobject_cast<const QScrollArea *>(content); scroll && scroll->widget())
        content = scroll->widget();
    return content ? content->minimumSizeHint().width() : 0;
}

} // namespace

int WorkspaceLayout::columnsFor(int panelArea, int widestMinimum, int panelCount)
{
    if (panelCount <= 0)
        return 0;
    const int fit = widestMinimum > 0 ? panelArea / widestMinimum : panelCount;
    return std::clamp(fit, 1, panelCount);
}

QSize WorkspaceLayout::windowSize(const QSize &preferred, const QRect &available, const QSize &frame)
{
    return preferred.boundedTo(available.size() - frame);
}

void WorkspaceLayout::arrange(QMainWindow *window, const Docks &docks, const QRect &available)
{
    const QSize frame = window->frameGeometry().size() - window->geometry().size();
    window->resize(windowSize(window->size(), available, frame));
    const int width = window->width();
    const int height = window->height();

    const bool teaching = docks.lesson && !docks.lesson->isHidden();
    const int teachingWidth = teaching
        ? std::clamp(int(width * teachingShare), teachingMinimum, teachingMaximum)
        : 0;
    int widest = 0;
    for (const QDockWidget *dock : docks.panels)
        widest = std::max(widest, minimumWidthOf(dock));
    const int columns = columnsFor(width - teachingWidth, widest, int(docks.panels.size()));

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
    // The first panel of each column in front.
    for (QDockWidget *head : std::as_const(heads))
        head->raise();
    if (!heads.isEmpty()) {
        QList<int> widths(heads.size(), (width - teachingWidth) / int(heads.size()));
        window->resizeDocks(heads, widths, Qt::Horizontal);
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
