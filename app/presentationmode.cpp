#include "app/presentationmode.h"

#include "app/zoomcontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QSettings>

namespace swb::app {

namespace {
const QString ChosenKey = QStringLiteral("presentation/chosen");
const QString NotChosenKey = QStringLiteral("presentation/notChosen");
} // namespace

PresentationMode::PresentationMode(QMainWindow *window, ZoomController *zoom, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_zoom(zoom)
{
    const QSettings settings;
    const QStringList chosen = settings.value(ChosenKey).toStringList();
    const QStringList notChosen = settings.value(NotChosenKey).toStringList();
    m_chosen = QSet<QString>(chosen.begin(), chosen.end());
    m_notChosen = QSet<QString>(notChosen.begin(), notChosen.end());
}

QList<QDockWidget *> PresentationMode::docks() const
{
    return m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
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
    if (!m_active)
        return;
    // Applies at once while presenting.
    if (name == trafficTableName()) {
        if (QWidget *central = m_window->centralWidget())
            central->setVisible(chosen);
        return;
    }
    for (QDockWidget *dock : docks()) {
        if (dock->objectName() == name) {
            dock->setVisible(chosen);
            if (!chosen)
                m_hidden << dock;
        }
    }
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
    if (active) {
        m_windowState = m_window->windowState();
        m_zoomBefore = m_zoom->percent();
        m_hidden.clear();
        for (QDockWidget *dock : docks()) {
            const bool show = isChosen(dock->objectName());
            if (!show && dock->isVisible())
                m_hidden << dock;
            // The diagram may never have been opened: presenting opens it.
            if (show && dock->objectName() == QLatin1String("sequence"))
                dock->show();
            else if (!show)
                dock->hide();
        }
        if (QWidget *central = m_window->centralWidget()) {
            m_centralWasVisible = central->isVisible();
            central->setVisible(isChosen(trafficTableName()));
        }
        setBarsHidden(true);
        if (m_zoomBefore < zoomPercent)
            m_zoom->setPercent(zoomPercent);
        m_window->showFullScreen();
    } else {
        for (const QPointer<QDockWidget> &dock : std::as_const(m_hidden)) {
            if (dock)
                dock->show();
        }
        m_hidden.clear();
        setBarsHidden(false);
        if (QWidget *central = m_window->centralWidget())
            central->setVisible(m_centralWasVisible);
        m_zoom->setPercent(m_zoomBefore);
        m_window->setWindowState(m_windowState & ~Qt::WindowFullScreen);
        if (m_windowState & Qt::WindowMaximized)
            m_window->showMaximized();
        else
            m_window->showNormal();
    }
    emit activeChanged(active);
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
    }
    bar->setVisible(!hidden);
    m_window->statusBar()->setVisible(!hidden);
}

} // namespace swb::app
