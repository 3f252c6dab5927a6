#pragma once

#include <QString>

namespace swb::app {

class MainWindow;

// The last session as QSettings keeps it: the workspace (session/workspace),
// the window's geometry and dock state (window/geometry, window/state) and the
// language. With several windows, each saves when it closes and the last one
// closed is what the next start brings back (see WindowRegistry).
class SessionSettings final
{
public:
    static void save(const MainWindow *window, const QString &language);
    // The panels come back stopped, whatever their autoStart says.
    static void restore(MainWindow *window);
};

} // namespace swb::app
