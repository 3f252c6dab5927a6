#pragma once

#include "course/lessons/workspace.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace swb::app {

class MainWindow;

// "Nothing lost": while the app runs, its workspace is autosaved to
// recovery/workspace-PID.json next to a marker recovery/running-PID.json
// that names the traffic recording in progress. A clean exit removes both;
// a marker whose process is gone means that session crashed (or was killed),
// and the next start brings its workspace back. Files carry the PID so that
// two processes running at once never overwrite each other's recovery data.
// With several windows in one process it keeps the oldest open window's
// workspace (follow()), as the session settings keep the window closed last.
class SessionRecovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRecovery)
public:
    // Often enough that a crash loses at most a few seconds of settings,
    // rarely enough that comparing the serialized workspace costs nothing.
    static constexpr int autosaveIntervalMs = 3000;

    struct Crashed
    {
        course::Workspace workspace;
        QString workspacePath; // the autosaved file, still on disk
        QString markerPath;
        QString recording;     // the traffic file it was recording to, if any
        bool noticeShown = false; // a start with --lesson or --workspace told the user already
    };

    explicit SessionRecovery(MainWindow *window, const QString &directory = defaultDirectory());
    // The window whose workspace is autosaved from now on (the first one
    // closed while others stay open).
    void follow(MainWindow *window);
    ~SessionRecovery() override;

    // AppDataLocation/recovery.
    static QString defaultDirectory();
    // The newest session that ended without a clean exit, if any. take() marks
    // its files to be removed once this session has saved its own (start()).
    std::optional<Crashed> findCrashed() const;
    std::optional<Crashed> take();
    // What to tell the user after recovering, naming the recording if it exists.
    static QString recoveredMessage(const Crashed &crashed);
    static QString keptMessage(const Crashed &crashed);
    static QString recoveredTitle() { return tr("Workspace recovered"); }
    static QString keptTitle() { return tr("Workspace not recovered"); }
    // Records in the crashed session's marker that keptMessage() was shown, so
    // later starts with a lesson or workspace do not repeat it; the files stay.
    void markNoticeShown(const Crashed &crashed);

    // Writes the marker and the workspace now, then autosaves on a timer and
    // whenever the panels change.
    void start();
    // A clean exit: this session's recovery files go away.
    void finish();

    QString markerPath() const;
    QString workspacePath() const;

private:
    void save();
    bool write(const QString &path, const QByteArray &bytes);
    static bool isRunning(qint64 pid);

    MainWindow *window() const;

    // A QObject guard: a MainWindow guard would cast a window being destroyed.
    QPointer<QObject> m_window;
    QString m_directory;
    QTimer m_timer;
    QTimer m_soon; // coalesces the burst of panelsChanged a workspace brings
    QByteArray m_savedWorkspace;
    QByteArray m_savedMarker;
    QStringList m_takenFiles;
    bool m_reportedError = false;
    bool m_running = false;
};

} // namespace swb::app
