#include "app/panelmanager.h"

#include "app/panelfactory.h"
#include "widgets/common/panel.h"

#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QInputDialog>
#include <QMainWindow>
#include <QScrollArea>

namespace swb::app {

using widgets::Panel;

PanelManager::PanelManager(QMainWindow *window, models::TrafficModel *traffic)
    : QObject(window)
    , m_window(window)
    , m_traffic(traffic)
{
    // The panel that last had the keyboard focus is the one Rename and Close act on.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *w = now; w; w = w->parentWidget()) {
            if (auto *panel = qobject_cast<Panel *>(w)) {
                m_current = panel;
                return;
            }
        }
    });
}

PanelManager::~PanelManager() = default;

Panel *PanelManager::addPanel(course::PanelType type)
{
    Naming naming;
    naming.type = type;
    return addNamed(course::PanelConfig(type), naming);
}

Panel *PanelManager::addPanel(const course::PanelConfig &config)
{
    if (config.names.isEmpty())
        return addNamed(config, std::nullopt);
    Naming naming;
    naming.names = config.names;
    return addNamed(config, naming);
}

QString PanelManager::localName(const Naming &naming) const
{
    course::PanelConfig named;
    named.names = naming.names;
    const QString base = naming.names.isEmpty() ? app::PanelFactory::defaultName(naming.type)
                                                : named.nameIn(m_language).trimmed();
    return base + naming.suffix;
}

Panel *PanelManager::addNamed(const course::PanelConfig &config, std::optional<Naming> naming)
{
    const int id = m_nextId++;
    Panel *panel = app::PanelFactory::create(config.type(), id, m_traffic);
    course::PanelConfig named = config;
    const QString wanted = naming ? localName(*naming) : config.name.trimmed();
    named.name = uniqueName(wanted.isEmpty() ? tr("Panel") : wanted);
    if (naming && !wanted.isEmpty()) {
        naming->suffix = named.name.mid(wanted.size());
        m_naming.insert(panel, *naming);
    }
    panel->applyConfig(named);

    auto *dock = new QDockWidget(panel->name(), m_window);
    // Named by position (renumbered when one closes), so that the layout saved
    // in a workspace file (QMainWindow::saveState()) finds the same panels when
    // the file is opened in any window.
    dock->setObjectName(QStringLiteral("panel-%1").arg(m_docks.size() + 1));
    // A panel taller than its share of the screen scrolls inside its dock
    // instead of making the window taller than the screen.
    auto *scroll = new QScrollArea(dock);
    scroll->setObjectName(QStringLiteral("panelScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(panel);
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    dock->installEventFilter(this);
    connect(panel, &Panel::nameChanged, dock, &QDockWidget::setWindowTitle);
    // Side by side along the top, as many as fit; the traffic table stays below.
    QDockWidget *previous = m_docks.isEmpty() ? nullptr : m_docks.last();
    m_window->addDockWidget(Qt::TopDockWidgetArea, dock);
    if (previous && m_window->dockWidgetArea(previous) == Qt::TopDockWidgetArea)
        m_window->splitDockWidget(previous, dock, Qt::Horizontal);
    m_docks << dock;
    // Panels get a bit over half the height; the traffic table keeps the rest.
    m_window->resizeDocks({dock}, {m_window->height() * 11 / 20}, Qt::Vertical);
    m_current = panel;
    emit panelsChanged();
    return panel;
}

bool PanelManager::eventFilter(QObject *watched, QEvent *event)
{
    // Closing a panel's dock closes the panel: its sockets go with it.
    if (event->type() == QEvent::Close) {
        if (auto *dock = qobject_cast<QDockWidget *>(watched)) {
            if (Panel *panel = panelIn(dock)) {
                closePanel(panel);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void PanelManager::closePanel(Panel *panel)
{
    QDockWidget *dock = dockOf(panel);
    if (!dock)
        return;
    panel->shutdown();
    m_naming.remove(panel);
    m_docks.removeOne(dock);
    m_window->removeDockWidget(dock);
    dock->setObjectName(QString()); // until deleted, it must not take a saved place
    dock->deleteLater();
    for (int i = 0; i < m_docks.size(); ++i)
        m_docks.at(i)->setObjectName(QStringLiteral("panel-%1").arg(i + 1));
    if (m_current == panel)
        m_current = m_docks.isEmpty() ? nullptr : panelIn(m_docks.last());
    emit panelsChanged();
}

void PanelManager::closeAll()
{
    const QList<Panel *> all = panels();
    for (Panel *panel : all)
        closePanel(panel);
}

void PanelManager::renamePanel(Panel *panel, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!panel || trimmed.isEmpty() || trimmed == panel->name())
        return;
    m_naming.remove(panel);
    panel->setName(uniqueName(trimmed));
    emit panelsChanged();
}

void PanelManager::setLanguage(const QString &language)
{
    m_language = language;
    bool renamed = false;
    for (Panel *panel : panels()) {
        const auto naming = m_naming.constFind(panel);
        if (naming == m_naming.constEnd())
            continue;
        const QString name = localName(*naming);
        renamed = renamed || name != panel->name();
        panel->setName(name);
    }
    if (renamed)
        emit panelsChanged();
}

void PanelManager::renameCurrentPanel()
{
    widgets::Panel *panel = currentPanel();
    if (!panel)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename panel"), tr("New name:"),
                                               QLineEdit::Normal, panel->name(), &ok);
    if (ok)
        renamePanel(panel, name);
}

void PanelManager::closeCurrentPanel()
{
    if (widgets::Panel *panel = currentPanel())
        closePanel(panel);
}

QList<Panel *> PanelManager::panels() const
{
    QList<Panel *> result;
    for (QDockWidget *dock : m_docks) {
        if (Panel *panel = panelIn(dock))
            result << panel;
    }
    return result;
}

Panel *PanelManager::currentPanel() const
{
    return m_current;
}

void PanelManager::setCurrentPanel(Panel *panel)
{
    m_current = panel;
}

QList<QDockWidget *> PanelManager::docks() const
{
    return m_docks;
}

Panel *PanelManager::panelIn(const QDockWidget *dock)
{
    const auto *scroll = qobject_cast<const QScrollArea *>(dock->widget());
    return scroll ? qobject_cast<Panel *>(scroll->widget()) : nullptr;
}

QDockWidget *PanelManager::dockOf(Panel *panel) const
{
    for (QDockWidget *dock : m_docks) {
        if (panelIn(dock) == panel)
            return dock;
    }
    return nullptr;
}

QString PanelManager::uniqueName(const QString &wanted) const
{
    const QList<Panel *> all = panels();
    const auto taken = [&all](const QString &name) {
        return std::any_of(all.cbegin(), all.cend(),
                           [&name](const Panel *p) { return p->name() == name; });
    };
    if (!taken(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

QList<Panel *> PanelManager::addWorkspace(const course::Workspace &workspace, bool startServers)
{
    QList<Panel *> added;
    for (const course::PanelConfig &config : workspace.panels)
        added << addPanel(config);
    if (startServers) {
        for (Panel *panel : added)
            startServer(panel);
    }
    return added;
}

void PanelManager::startServer(Panel *panel)
{
    if (!panel->startsOnOpen())
        return;
    // Two servers on one port cannot both run: say which panel has it.
    const QString key = panel->resourceKey();
    const auto holder = [&key, panel](const QList<Panel *> &candidates) -> Panel * {
        for (Panel *other : candidates) {
            if (other != panel && other->isRunning() && !key.isEmpty()
                && other->resourceKey() == key)
                return other;
        }
        return nullptr;
    };
    if (Panel *other = holder(panels())) {
        panel->reportError(tr("%1 is already used by the panel \"%2\" in this window (another "
                              "lesson?). Stop or close that panel, then press Start here.")
                               .arg(describeResource(key), other->name()));
    } else if (Panel *other = holder(m_otherWindows ? m_otherWindows() : QList<Panel *>())) {
        panel->reportError(tr("%1 is already used by the panel \"%2\" in another window (another "
                              "lesson?). Stop or close that panel, then press Start here.")
                               .arg(describeResource(key), other->name()));
    } else {
        panel->autoStart();
    }
}

QString PanelManager::describeResource(const QString &key)
{
    const QString kind = key.section(QLatin1Char('/'), 0, 0);
    const QString where = key.section(QLatin1Char('/'), 1);
    if (kind == QLatin1String("tcp"))
        return tr("TCP port %1").arg(where);
    if (kind == QLatin1String("udp"))
        return tr("UDP port %1").arg(where);
    return tr("The local socket %1").arg(where);
}

course::Workspace PanelManager::workspace() const
{
    course::Workspace workspace;
    for (const Panel *panel : panels()) {
        course::PanelConfig config = panel->config();
        // A lesson's panel keeps its names in every language; a type's name
        // is saved as it reads now.
        if (const auto naming = m_naming.constFind(panel); naming != m_naming.constEnd())
            config.names = naming->names;
        workspace.panels << config;
    }
    return workspace;
}

} // namespace swb::app
