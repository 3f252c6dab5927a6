#pragma once

#include "app/windowregistry.h"
#include "app/workspacechoice.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace swb::app {

class MainWindow;

// Where a workspace opens when its window already holds one: a window is one
// workspace, so the user chooses Replace, a new window, or Cancel. Also the
// window's File > New window and File > Quit, which need the other windows.
class WorkspaceSwitch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSwitch)
public:
    // Answers in place of the dialog (tests); gets what would be opened.
    using Chooser = std::function<WorkspaceChoice(const QString &incoming)>;

    explicit WorkspaceSwitch(MainWindow *window);

    // The windows of the process; without them (a window on its own, as in
    // most tests) there is no New window.
    void setRegistry(WindowRegistry *registry);
    WindowRegistry *registry() const { return m_registry; }
    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }
    const Chooser &chooser() const { return m_chooser; }

    // The window `incoming` opens in: this one as it is when it has no panels,
    // this one emptied (Replace), a new window, or nullptr (Cancel). A quiet
    // window never asks: it replaces, and says so.
    MainWindow *target(WorkspaceChoiceDialog::Kind kind, const QString &incoming);
    // An empty window of its own (File > New window), shown; nullptr without registry.
    MainWindow *openNewWindow();

private:
    WorkspaceChoice choose(WorkspaceChoiceDialog::Kind kind, const QString &incoming);
    void quit();

    MainWindow *m_window;
    QPointer<WindowRegistry> m_registry;
    Chooser m_chooser;
};

} // namespace swb::app
