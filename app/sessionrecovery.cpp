#include "app/sessionrecovery.h"

#include "app/mainwindow.h"
#include "app/panelmanager.h"
#include "app/traffictools.h"

#include "net/files/safefile.h"
#include "net/payload/controltext.h"
#include "net/platform/processlookup.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStatusBar>

#include <cerrno>
#include <cstdio>
#include <csignal>
#include <sys/types.h>

namespace swb::app {

namespace {

const QString MarkerFormat = QStringLiteral("socket-workbench-recovery");
const QString NoticeShownKey = QStringLiteral("noticeShown");

QString markerName(qint64 pid)
{
    return QStringLiteral("running-%1.json").arg(pid);
}

QString workspaceName(qint64 pid)
{
    return QStringLiteral("workspace-%1.json").arg(pid);
}

} // namespace

SessionRecovery::SessionRecovery(MainWindow *window, const QString &directory)
    : m_window(window)
    , m_directory(directory)
{
    m_timer.setInterval(autosaveIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SessionRecovery::save);
    m_soon.setSingleShot(true);
    m_soon.setInterval(100);
    connect(&m_soon, &QTimer::timeout, this, &SessionRecovery::save);
}

SessionRecovery::~SessionRecovery() = default;

QString SessionRecovery::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/recovery");
}

QString SessionRecovery::markerPath() const
{
    return QDir(m_directory).filePath(markerName(QCoreApplication::applicationPid()));
}

QString SessionRecovery::workspacePath() const
{
    return QDir(m_directory).filePath(workspaceName(QCoreApplication::applicationPid()));
}

bool SessionRecovery::isRunning(qint64 pid)
{
    // Our own PID in an old marker is a previous life (containers reuse low PIDs).
    if (pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    // After a reboot the PID may belong to another program: that must not hide a crash.
    // Where the system does not name processes, a live PID has to do.
    const QString name = net::ProcessLookup::system().processName(pid);
    if (name.isEmpty())
        return true;
    const QByteArray ours =
        QFileInfo(QCoreApplication::applicationFilePath()).fileName().toLocal8Bit().left(15);
    return name.toLocal8Bit() == ours;
}

std::optional<SessionRecovery::Crashed> SessionRecovery::findCrashed() const
{
    const QDir dir(m_directory);
    const QFileInfoList markers = dir.entryInfoList({QStringLiteral("running-*.json")}, QDir::Files,
                                                    QDir::Time); // newest first
    for (const QFileInfo &marker : markers) {
        QFile file(marker.filePath());
        if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
            continue;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const qint64 pid = json.value(QStringLiteral("pid")).toInteger();
        if (json.value(QStringLiteral("format")).toString() != MarkerFormat || isRunning(pid))
            continue;
        if (m_running && pid == QCoreApplication::applicationPid())
            continue; // this session's own marker, once start() has written it
        Crashed crashed;
        crashed.markerPath = marker.filePath();
        crashed.workspacePath = dir.filePath(workspaceName(pid));
        const Result<course::Workspace> workspace =
            course::WorkspaceFile::load(crashed.workspacePath);
        if (!workspace)
            continue; // killed before its first save: nothing to bring back
        crashed.workspace = *workspace;
        crashed.recording = json.value(QStringLiteral("recording")).toString();
        crashed.noticeShown = json.value(NoticeShownKey).toBool();
        return crashed;
    }
    return std::nullopt;
}

std::optional<SessionRecovery::Crashed> SessionRecovery::take()
{
    auto crashed = findCrashed();
    if (crashed)
        m_takenFiles = QStringList{crashed->markerPath, crashed->workspacePath};
    return crashed;
}

QString SessionRecovery::recoveredMessage(const Crashed &crashed)
{
    // Whole sentences, not pieces joined here: Chinese puts no space between them.
    if (crashed.recording.isEmpty() || !QFileInfo::exists(crashed.recording)) {
        return tr("Recovered the workspace from a session that ended unexpectedly. Its servers "
                  "are stopped: press Start in a panel to run it again.");
    }
    return tr("Recovered the workspace from a session that ended unexpectedly. Its servers are "
              "stopped: press Start in a panel to run it again. The traffic it was recording, up "
              "to the last write to disk, is in %1 (File \u25b8 Open traffic file).")
        .arg(QDir::toNativeSeparators(crashed.recording));
}

QString SessionRecovery::keptMessage(const Crashed &crashed)
{
    return tr("A session that ended unexpectedly left its workspace in %1. Start Socket Workbench "
              "without a workspace or lesson to recover it, or open that file.")
        .arg(QDir::toNativeSeparators(crashed.workspacePath));
}

void SessionRecovery::markNoticeShown(const Crashed &crashed)
{
    QFile file(crashed.markerPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    if (json.value(QStringLiteral("format")).toString() != MarkerFormat)
        return;
    json.insert(NoticeShownKey, true);
    write(crashed.markerPath, QJsonDocument(json).toJson(QJsonDocument::Indented));
}

void SessionRecovery::start()
{
    // 0700 and 0600: the autosaved workspace names the user's files and hosts.
    if (!net::SafeFile::makePrivateFolder(m_directory)) {
        std::fprintf(stderr, "%s\n",
                     net::ControlText::forTerminal(
                         tr("Cannot create %1: the workspace will not be autosaved.")
                             .arg(m_directory))
                         .constData());
        return;
    }
    m_running = true;
    save();
    // Only now that this session holds the recovered workspace may the old copy go.
    for (const QString &path : std::as_const(m_takenFiles))
        QFile::remove(path);
    m_takenFiles.clear();
    follow(window());
    m_timer.start();
}

void SessionRecovery::follow(MainWindow *window)
{
    if (MainWindow *followed = this->window())
        disconnect(followed->panels(), nullptr, &m_soon, nullptr);
    m_window = window;
    if (!window || !m_running)
        return;
    connect(window->panels(), &PanelManager::panelsChanged, &m_soon,
            qOverload<>(&QTimer::start));
    m_soon.start();
}

MainWindow *SessionRecovery::window() const
{
    // qobject_cast: a window in the middle of its destructor is a QWidget by
    // then (its panels already gone), and followed no more.
    return qobject_cast<MainWindow *>(m_window.data());
}

void SessionRecovery::finish()
{
    m_timer.stop();
    m_soon.stop();
    if (!m_running)
        return;
    m_running = false;
    // The marker first: a workspace file without a marker is never taken for a crash.
    QFile::remove(markerPath());
    QFile::remove(workspacePath());
}

void SessionRecovery::save()
{
    MainWindow *window = this->window();
    if (!m_running || !window)
        return;
    const QByteArray workspace = course::WorkspaceFile::serialize(window->currentWorkspace());
    if (workspace != m_savedWorkspace && write(workspacePath(), workspace))
        m_savedWorkspace = workspace;

    // The recording's absolute path: the next start may run in another directory.
    const QString recording = window->trafficTools()->recordingPath();
    const QJsonObject marker{
        {QStringLiteral("format"), MarkerFormat},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("recording"),
         recording.isEmpty() ? QString() : QFileInfo(recording).absoluteFilePath()},
    };
    const QByteArray markerBytes = QJsonDocument(marker).toJson(QJsonDocument::Indented);
    if (markerBytes != m_savedMarker && write(markerPath(), markerBytes))
        m_savedMarker = markerBytes;
}

bool SessionRecovery::write(const QString &path, const QByteArray &bytes)
{
    // QSaveFile: a crash in the middle of a save leaves the previous copy whole.
    QString why;
    if (net::SafeFile::writePrivately(path, bytes, &why))
        return true;
    if (!m_reportedError) {
        // Once: a full disk should not flood the status bar every few seconds.
        m_reportedError = true;
        const QString message =
            tr("Cannot autosave the workspace to %1: %2.").arg(path, why);
        if (MainWindow *window = this->window())
            window->statusBar()->showMessage(message, 15000);
        std::fprintf(stderr, "%s\n", net::ControlText::forTerminal(message).constData());
    }
    return false;
}

} // namespace swb::app
