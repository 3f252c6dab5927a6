#include "app/sessionsettings.h"

#include "app/mainwindow.h"
#include "app/panelmanager.h"
#include "course/lessons/workspace.h"

#include <QScreen>
#include <QSettings>

namespace swb::app {

void SessionSettings::save(const MainWindow *window, const QString &language)
{
    QSettings settings;
    settings.setValue(QStringLiteral("session/workspace"),
                      course::WorkspaceFile::serialize(window->panels()->workspace()));
    settings.setValue(QStringLiteral("window/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window->saveState());
    settings.setValue(QStringLiteral("language"), language);
}

void SessionSettings::restore(MainWindow *window)
{
    QSettings settings;
    const QByteArray saved = settings.value(QStringLiteral("session/workspace")).toByteArray();
    if (!saved.isEmpty()) {
        if (const Result<course::Workspace> workspace = course::WorkspaceFile::parse(saved))
            window->panels()->addWorkspace(*workspace, false);
    }
    const bool placed =
        window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // A first start, or a session saved on a larger screen: the window is
    // fitted to the screen it opens on.
    const QSize available = window->screen()->availableGeometry().size();
    if (!placed || window->width() > available.width() || window->height() > available.height())
        window->fitToScreen();
}

} // namespace swb::app
