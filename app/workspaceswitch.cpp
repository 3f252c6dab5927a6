#include "app/workspaceswitch.h"

#include "app/mainmenus.h"
#include "app/mainwindow.h"
#include "app/panelmanager.h"
#include "app/windowregistry.h"
#include "net/payload/controltext.h"

#include <QAction>
#include <QStatusBar>

#include <cstdio>

namespace swb::app {

WorkspaceSwitch::WorkspaceSwitch(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    MainMenus *menus = window->menus();
    menus->newWindow->setEnabled(false);
    connect(menus->newWindow, &QAction::triggered, this, [this] { (void)openNewWindow(); });
    connect(menus->quit, &QAction::triggered, this, &WorkspaceSwitch::quit);
}

void WorkspaceSwitch::setRegistry(WindowRegistry *registry)
{
    m_registry = registry;
    m_window->menus()->newWindow->setEnabled(registry != nullptr);
}

MainWindow *WorkspaceSwitch::openNewWindow()
{
    if (!m_registry)
        return nullptr;
    MainWindow *window = m_registry->createWindow(m_window);
    window->show();
    window->fitToScreen();
    return window;
}

void WorkspaceSwitch::quit()
{
    // Quit means the application: every window, not only this one.
    if (m_registry)
        m_registry->closeAll();
    else
        m_window->close();
}

WorkspaceChoice WorkspaceSwitch::choose(WorkspaceChoiceDialog::Kind kind, const QString &incoming)
{
    if (m_chooser)
        return m_chooser(incoming);
    if (m_window->isQuiet()) {
        // A scripted run has nobody to ask, and must not wait for an answer.
        const QString message =
            tr("Replacing the open workspace with \"%1\" (no one to ask in a scripted run).")
                .arg(incoming);
        m_window->statusBar()->showMessage(message, 15000);
        std::fprintf(stderr, "%s\n", net::ControlText::forTerminal(message).constData());
        return WorkspaceChoice::Replace;
    }
    return WorkspaceChoiceDialog::ask(m_window, kind, incoming, m_registry != nullptr);
}

MainWindow *WorkspaceSwitch::target(WorkspaceChoiceDialog::Kind kind, const QString &incoming)
{
    if (m_window->panels()->panels().isEmpty())
        return m_window;
    switch (choose(kind, incoming)) {
    case WorkspaceChoice::Replace:
        m_window->clearWorkspace();
        return m_window;
    case WorkspaceChoice::NewWindow:
        if (MainWindow *window = openNewWindow())
            return window;
        return nullptr;
    case WorkspaceChoice::Cancel:
        break;
    }
    return nullptr;
}

} // namespace swb::app
