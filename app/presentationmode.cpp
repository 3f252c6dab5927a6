#include "app/presentationmode.h"

#include "app/workspacelayout.h"
#include "app/zoomcontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace swb::app {

namespace {
const QString ChosenKey = QStringLiteral("presentation/chosen");
const QString NotChosenKey = QStringLiteral("presentation/notChosen");
// The side column, top to bottom.
const QStringList SideDocks{QStringLiteral("lesson"), QStringLiteral("coach"),
                            QStringLiteral("sequence")};
} // namespace

PresentationMode::PresentationMode(QMainWindow *window, ZoomController *zoom, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_zoom(zoom)
    , m_next(new QAction(window))
    , m_previous(new QAction(window))
    , m_leave(new QAction(window))
{
    const QSettings settings;
    const QStringList chosen = settings.value(ChosenKey).toStringList();
    const QStringList notChosen = settings.value(NotChosenKey).toStringList();
    m_chosen = QSet<QString>(chosen.begin(), chosen.end());
    m_notChosen = QSet<QString>(notChosen.begin(), notChosen.end());

    // Page Down and Page Up are what a presenter's remote sends; the menus
    // use neither. Off outside presentation, so the panels keep the keys.
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_leave->setShortcut(QKeySequence(Qt::Key_Escape));
    for (QAction *action : {m_next, m_previous, m_leave}) {
        action->setEnabled(false);
        window->addAction(action);
    }
    connect(m_next, &QAction::triggered, this, &PresentationMode::nextPage);
    connect(m_previous, &QAction::triggered, this, &PresentationMode::previousPage);
    connect(m_leave, &QAction::triggered, this, [this] { setActive(false); });
    connect(m_zoom, &ZoomController::percentChanged, this, &PresentationMode::relayout);
    window->installEventFilter(this);
}

QList<QDockWidget *> PresentationMode::docks() const
{
    return m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
}

QStringList PresentationMode::dockNames() const
{
    QStringList names;
    for (const QDockWidget *dock : docks())
        names << dock->objectName();
    names.sort();
    return names;
}

bool PresentationMode::chosenByDefault(const QString &name) const
{
    // Panels and the diagram are what a class looks at; the rest is for the teacher's desk.
    return name.startsWith(QLatin1String("panel-")) || name == QLatin1String("sequence");
}

bool PresentationMode::isChosen(const QString &name) const
{
    if (m_chosen.contains(name))
        return true;
    if (m_notChosen.contains(name))
        return false;
    return chosenByDefault(name);
}

void PresentationMode::setChosen(const QString &name, bool chosen)
{
    m_chosen.remove(name);
    m_notChosen.remove(name);
    if (chosen != chosenByDefault(name))
        (chosen ? m_chosen : m_notChosen).insert(name);
    save();
    relayout(); // applies at once while presenting
}

void PresentationMode::save() const
{
    QSettings settings;
    settings.setValue(ChosenKey, QStringList(m_chosen.cbegin(), m_chosen.cend()));
    settings.setValue(NotChosenKey, QStringList(m_notChosen.cbegin(), m_notChosen.cend()));
}

void PresentationMode::fillChoiceMenu(QMenu *menu)
{
    menu->clear();
    const auto add = [this, menu](const QString &name, const QString &title) {
        QAction *action = menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(isChosen(name));
        connect(action, &QAction::toggled, this,
                [this, name](bool on) { setChosen(name, on); });
    };
    add(trafficTableName(), tr("Traffic table"));
    for (QDockWidget *dock : docks())
        add(dock->objectName(), dock->windowTitle());
}

void PresentationMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    for (QAction *action : {m_next, m_previous, m_leave})
        action->setEnabled(active);
    if (active)
        enter();
    else
        leave();
    emit activeChanged(active);
}

void PresentationMode::enter()
{
    m_geometry = m_window->geometry();
    m_state = m_window->saveState();
    m_windowState = m_window->windowState();
    m_docksBefore = dockNames();
    m_topRightCorner = m_window->corner(Qt::TopRightCorner);
    m_bottomRightCorner = m_window->corner(Qt::BottomRightCorner);
    m_zoomBefore = m_zoom->percent();
    m_statusBarWasVisible = !m_window->statusBar()->isHidden();
    if (QWidget *central = m_window->centralWidget())
        m_centralWasVisible = !central->isHidden();
    m_page = 0;
    setBarsHidden(true);
    // A window manager would place a full-screen window on its own time, and
    // the offscreen platform not at all: the window takes the screen itself,
    // now, first (a geometry set afterwards would end the full-screen state).
    m_window->setGeometry(m_window->screen()->geometry());
    m_window->showFullScreen();
    // What is not chosen goes before the zoom grows it: the traffic table at
    // 200 % is wider than a small screen, and the window would grow to hold it.
    showChosen();
    // Sets the zoom, which lays out the docks (relayout) at the new size.
    if (m_zoom->percent() < m_zoomPercent)
        m_zoom->setPercent(m_zoomPercent);
    else
        relayout();
}

void PresentationMode::leave()
{
    setBarsHidden(false);
    if (QWidget *central = m_window->centralWidget())
        central->setVisible(m_centralWasVisible);
    m_zoom->setPercent(m_zoomBefore);
    // Not restoreGeometry(): it moves a window that fills the screen down by
    // a title bar's height, to keep a title bar it assumes off screen in sight.
    m_window->setWindowState(m_windowState);
    if (!(m_windowState & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        m_window->setGeometry(m_geometry);
    m_window->setCorner(Qt::TopRightCorner, m_topRightCorner);
    m_window->setCorner(Qt::BottomRightCorner, m_bottomRightCorner);
    m_window->restoreState(m_state);
    // The panels' minimum sizes settle over a few turns of the event loop
    // after the zoom goes back (their combo boxes fit their texts queued), and
    // the main window fits the restored sizes to the minimums of the moment:
    // restore again until the layout holds.
    m_restoreTries = 8;
    QTimer::singleShot(0, this, &PresentationMode::restoreLayout);
    m_pages.clear();
    if (dockNames() != m_docksBefore)
        emit docksChangedWhilePresenting();
}

void PresentationMode::restoreLayout()
{
    if (m_active || m_window->saveState() == m_state)
        return;
    m_window->restoreState(m_state);
    if (--m_restoreTries > 0)
        QTimer::singleShot(0, this, &PresentationMode::restoreLayout);
}

void PresentationMode::relayout()
{
    if (!m_active)
        return;
    m_fittedFor = fitKey();
    showChosen();
    const QRect screen = m_window->screen()->geometry();
    m_pages = PresentationLayout::pagesFor(m_window, m_shown, screen.width());
    if (m_pages.isEmpty())
        m_pages.append(QList<QDockWidget *>());
    showPage(std::clamp(m_page, 0, int(m_pages.size()) - 1));
}

void PresentationMode::showChosen()
{
    m_shown = PresentationLayout::Docks();
    QList<QDockWidget *> side;
    for (QDockWidget *dock : docks()) {
        const QString name = dock->objectName();
        if (!isChosen(name))
            dock->hide();
        else if (SideDocks.contains(name))
            side << dock;
        else
            m_shown.panels << dock;
    }
    for (QDockWidget *dock : std::as_const(m_shown.panels)) {
        if (QWidget *content = WorkspaceLayout::contentOf(dock))
            content->installEventFilter(this);
    }
    std::sort(side.begin(), side.end(), [](const QDockWidget *a, const QDockWidget *b) {
        return SideDocks.indexOf(a->objectName()) < SideDocks.indexOf(b->objectName());
    });
    // In the order they were opened ("panel-<n>"), which is the lesson's order.
    const auto number = [](const QDockWidget *dock) {
        return dock->objectName().section(QLatin1Char('-'), 1).toInt();
    };
    std::sort(m_shown.panels.begin(), m_shown.panels.end(),
              [&number](const QDockWidget *a, const QDockWidget *b) { return number(a) < number(b); });
    m_shown.side = side;
    m_shown.trafficTable = isChosen(trafficTableName());
    if (QWidget *central = m_window->centralWidget())
        central->setVisible(m_shown.trafficTable);
}

void PresentationMode::nextPage()
{
    if (m_active && !m_pages.isEmpty())
        showPage((m_page + 1) % int(m_pages.size()));
}

void PresentationMode::previousPage()
{
    if (m_active && !m_pages.isEmpty())
        showPage((m_page + int(m_pages.size()) - 1) % int(m_pages.size()));
}

void PresentationMode::showPage(int page)
{
    m_page = page;
    PresentationLayout::arrange(m_window, m_shown, m_pages.at(page),
                                m_window->screen()->geometry());
    // Only when there is more than one page: the bar costs a line of the screen.
    const bool paging = m_pages.size() > 1;
    if (paging && !m_indicator) {
        m_indicator = new QLabel(m_window);
        m_indicator->setObjectName(QStringLiteral("presentationPage"));
        m_window->statusBar()->addPermanentWidget(m_indicator);
    }
    if (m_indicator) {
        retranslate();
        m_indicator->setVisible(paging);
    }
    m_window->statusBar()->setVisible(paging);
}

void PresentationMode::retranslate()
{
    if (!m_indicator)
        return;
    m_indicator->setText(
        tr("%1 / %2 \u2014 %3: next panels")
            .arg(m_page + 1)
            .arg(m_pages.size())
            .arg(m_next->shortcut().toString(QKeySequence::NativeText)));
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    // A new language or a new window size changes what fits; so does a panel
    // whose minimum width settles a few turns of the event loop after a zoom
    // or a language change (its combo boxes fit their texts queued).
    if (m_active) {
        if (watched == m_window
            && (event->type() == QEvent::LanguageChange || event->type() == QEvent::Resize))
            queueRefit(true);
        else if (watched != m_window && event->type() == QEvent::LayoutRequest)
            queueRefit(false);
    }
    return QObject::eventFilter(watched, event);
}

void PresentationMode::queueRefit(bool always)
{
    if (always)
        m_fittedFor.clear();
    if (m_refitQueued)
        return;
    m_refitQueued = true;
    QTimer::singleShot(0, this, &PresentationMode::refit);
}

void PresentationMode::refit()
{
    m_refitQueued = false;
    if (m_active && fitKey() != m_fittedFor)
        relayout();
}

QList<int> PresentationMode::fitKey() const
{
    QList<int> key{m_window->fontMetrics().averageCharWidth(), m_window->width()};
    for (const QDockWidget *dock : docks()) {
        if (dock->objectName().startsWith(QLatin1String("panel-")))
            key << WorkspaceLayout::minimumWidthOf(dock);
    }
    return key;
}

void PresentationMode::setBarsHidden(bool hidden)
{
    QMenuBar *bar = m_window->menuBar();
    if (hidden) {
        // A hidden menu bar takes its actions' shortcuts with it; the window
        // holds them meanwhile (Ctrl+ and Ctrl- for the zoom, for instance).
        QList<QMenu *> menus = bar->findChildren<QMenu *>();
        for (QMenu *menu : std::as_const(menus)) {
            for (QAction *action : menu->actions()) {
                if (!action->shortcut().isEmpty() && !m_window->actions().contains(action)) {
                    m_window->addAction(action);
                    m_lentActions << action;
                }
            }
        }
    } else {
        for (QAction *action : std::as_const(m_lentActions))
            m_window->removeAction(action);
        m_lentActions.clear();
        if (m_indicator)
            m_indicator->hide();
    }
    bar->setVisible(!hidden);
    m_window->statusBar()->setVisible(!hidden && m_statusBarWasVisible);
}

} // namespace swb::app
