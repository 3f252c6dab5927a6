#include "app/windowregistry.h"

#include "app/mainwindow.h"
#include "app/panelmanager.h"
#include "app/teachingtools.h"
#include "app/workspaceswitch.h"
#include "app/zoomcontroller.h"

namespace swb::app {

WindowRegistry::WindowRegistry(LanguageManager *languages, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
{
}

WindowRegistry::~WindowRegistry()
{
    for (const QPointer<QObject> &window : std::as_const(m_windows))
        delete window.data();
}

MainWindow *WindowRegistry::createWindow(MainWindow *from)
{
    auto *window = new MainWindow(m_languages);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->workspaceSwitch()->setRegistry(this);
    if (from) {
        window->setQuiet(from->isQuiet());
        window->workspaceSwitch()->setChooser(from->workspaceSwitch()->chooser());
        window->teaching()->zoom()->setPercent(from->teaching()->zoom()->percent());
    }
    m_windows << window;
    window->panels()->setOtherWindows([this, window] {
        QList<widgets::Panel *> others;
        for (MainWindow *other : windows()) {
            if (other != window)
                others << other->panels()->panels();
        }
        return others;
    });
    // A widget says destroyed before its guards are cleared: compare the address.
    connect(window, &QObject::destroyed, this, [this](QObject *gone) {
        m_windows.removeIf(
            [gone](const QPointer<QObject> &w) { return w.isNull() || w.data() == gone; });
        emit windowsChanged();
    });
    emit windowsChanged();
    return window;
}

QList<MainWindow *> WindowRegistry::windows() const
{
    // qobject_cast, not a static cast: a window in the middle of its
    // destructor (closing its panels asks for the other windows) is a
    // QWidget by then, and no longer open.
    QList<MainWindow *> open;
    for (const QPointer<QObject> &window : m_windows) {
        if (auto *mainWindow = qobject_cast<MainWindow *>(window.data()))
            open << mainWindow;
    }
    return open;
}

MainWindow *WindowRegistry::first() const
{
    const QList<MainWindow *> open = windows();
    return open.isEmpty() ? nullptr : open.first();
}

void WindowRegistry::closeAll()
{
    QList<MainWindow *> open = windows();
    for (auto it = open.crbegin(); it != open.crend(); ++it)
        (*it)->close();
}

} // namespace swb::app
