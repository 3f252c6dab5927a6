#pragma once

// What the presentation-mode checks of the window tests share: the docks on
// show, and every page through the layout checker.

#include "app/mainwindow.h"
#include "app/presentationmode.h"
#include "app/teachingtools.h"
#include "tests/widgets/layoutchecker.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QFont>
#include <QHash>
#include <QPointer>
#include <QScreen>
#include <QSet>
#include <QTest>

namespace presentationtesting {

inline QStringList dockNames(const QList<QDockWidget *> &docks)
{
    QStringList names;
    for (const QDockWidget *dock : docks)
        names << dock->objectName();
    names.sort();
    return names;
}

// The docks a class sees: shown, and on screen (not tabbed behind another).
inline QList<QDockWidget *> shownDocks(const QMainWindow &window)
{
    QList<QDockWidget *> shown;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        if (dock->isVisible() && !dock->visibleRegion().isEmpty())
            shown << dock;
    }
    return shown;
}

// Every page of presentation mode through the layout checker: nothing larger
// than the screen, no overlap, no clipped text, no dock squeezed; and every
// chosen panel on some page.
inline void checkEveryPage(swb::app::MainWindow &window)
{
    swb::app::PresentationMode *presentation = window.teaching()->presentation();
    const QRect screen = window.screen()->geometry();
    QCOMPARE(window.geometry(), screen);
    QVERIFY(window.windowState() & Qt::WindowFullScreen);
    QSet<QString> panelsSeen;
    for (int page = 0; page < presentation->pageCount(); ++page) {
        QCOMPARE(presentation->page(), page);
        const QStringList problems = swb::tests::LayoutChecker(screen).check(&window);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("page %1 of %2:\n").arg(page + 1).arg(presentation->pageCount())
                            + problems.join(QLatin1Char('\n'))));
        for (const QString &name : dockNames(shownDocks(window))) {
            if (name.startsWith(QLatin1String("panel-")))
                panelsSeen << name;
        }
        presentation->nextPage();
        swb::tests::settleLayouts();
    }
    QCOMPARE(presentation->page(), 0); // round again
    for (const QString &name : dockNames(window.findChildren<QDockWidget *>())) {
        if (name.startsWith(QLatin1String("panel-")))
            QVERIFY2(panelsSeen.contains(name), qPrintable(name + QStringLiteral(" is on no page")));
    }
}

// Where each dock is: its area, whether it is on show, its rectangle.
struct DockPlace
{
    Qt::DockWidgetArea area;
    bool shown;
    QRect rect;
};

inline QHash<QString, DockPlace> dockPlaces(const QMainWindow &window)
{
    QHash<QString, DockPlace> places;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        const bool shown = dock->isVisible() && !dock->visibleRegion().isEmpty();
        places.insert(dock->objectName(),
                      {window.dockWidgetArea(dock), shown, shown ? dock->geometry() : QRect()});
    }
    return places;
}

// The docks that are not where they were. The main window fits restored
// sizes to its docks' and the traffic table's minimums of the moment, which
// its everyday layout may overrun by a few pixels: a few pixels are allowed.
inline QStringList moved(const QHash<QString, DockPlace> &before,
                         const QHash<QString, DockPlace> &after)
{
    constexpr int slack = 8;
    QStringList wrong;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const DockPlace was = it.value();
        const DockPlace now = after.value(it.key());
        const QRect diff(now.rect.topLeft() - was.rect.topLeft(),
                         now.rect.size() - was.rect.size());
        if (!after.contains(it.key()) || was.area != now.area || was.shown != now.shown
            || std::abs(diff.x()) > slack || std::abs(diff.y()) > slack
            || std::abs(diff.width()) > slack || std::abs(diff.height()) > slack) {
            wrong << QStringLiteral("%1: area %2 -> %3, shown %4 -> %5, (%6,%7 %8x%9) -> (%10,%11 %12x%13)")
                         .arg(it.key())
                         .arg(int(was.area)).arg(int(now.area))
                         .arg(was.shown).arg(now.shown)
                         .arg(was.rect.x()).arg(was.rect.y()).arg(was.rect.width()).arg(was.rect.height())
                         .arg(now.rect.x()).arg(now.rect.y()).arg(now.rect.width()).arg(now.rect.height());
        }
    }
    return wrong;
}

// The font size of every visible widget in the docks on show.
inline QHash<QWidget *, double> fontSizes(const QMainWindow &window)
{
    QHash<QWidget *, double> sizes;
    for (QDockWidget *dock : shownDocks(window)) {
        sizes.insert(dock, dock->font().pointSizeF());
        for (QWidget *widget : dock->findChildren<QWidget *>()) {
            if (widget->isVisible())
                sizes.insert(widget, widget->font().pointSizeF());
        }
    }
    return sizes;
}

// The widgets of `before` still on show whose font is not `factor` times its size then.
inline QStringList notScaled(const QMainWindow &window, const QHash<QWidget *, double> &before,
                             double factor)
{
    QStringList wrong;
    const QHash<QWidget *, double> now = fontSizes(window);
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!before.contains(it.key()))
            continue;
        const double expected = before.value(it.key()) * factor;
        if (std::abs(it.value() - expected) > 0.01) {
            wrong << QStringLiteral("%1: %2 pt, not %3")
                         .arg(swb::tests::LayoutChecker::name(it.key()))
                         .arg(it.value())
                         .arg(expected);
        }
    }
    return wrong;
}

} // namespace presentationtesting
