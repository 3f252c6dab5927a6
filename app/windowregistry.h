#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace swb::app {

class LanguageManager;
class MainWindow;

// The windows of the process, each one workspace (File > New window). It
// owns them: a window is deleted when it closes, and the application quits
// when the last one has closed (Qt's quitOnLastWindowClosed).
//
// Every window saves the session settings (its workspace, geometry and dock
// state) when it closes, so the next start brings back the window closed
// last; Quit closes the newest windows first, so after Quit that is the
// oldest one, the window the app started with.
class WindowRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowRegistry)
public:
    explicit WindowRegistry(LanguageManager *languages, QObject *parent = nullptr);
    // Deletes the windows still open (after the event loop has ended).
    ~WindowRegistry() override;

    // A new empty window, not shown yet. It takes over `from`'s quiet mode,
    // workspace chooser and zoom.
    MainWindow *createWindow(MainWindow *from = nullptr);
    // Open windows, oldest first.
    QList<MainWindow *> windows() const;
    MainWindow *first() const;
    void closeAll();

signals:
    // A window was added or has gone; first() may have changed.
    void windowsChanged();

private:
    LanguageManager *m_languages;
    // QObject guards: a MainWindow guard would cast a window being destroyed.
    QList<QPointer<QObject>> m_windows;
};

} // namespace swb::app
