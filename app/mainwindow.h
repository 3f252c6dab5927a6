#pragma once

#include "app/workspacelayout.h"
#include "net/result.h"

#include <QMainWindow>
#include <QString>

class QDockWidget;
class QLabel;

namespace swb::models {
class TrafficModel;
}
namespace swb::course {
struct Workspace;
enum class PanelType;
}
namespace swb::widgets {
class LessonPane;
class TrafficPane;
class TrafficView;
}

namespace swb::app {

class HelpTopics;
class LanguageManager;
class LessonSideBar;
class MainMenus;
class PanelManager;
class StartPageHost;
class TeachingTools;
class TrafficTools;
class WorkspaceSwitch;

// The window: panels in docks along the top, the live traffic table in the
// middle, the lesson pane on the right, and the menus.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    PanelManager *panels() const { return m_panels; }
    models::TrafficModel *traffic() const { return m_traffic; }
    widgets::TrafficView *trafficView() const { return m_trafficView; }
    widgets::LessonPane *lessonPane() const { return m_lessonPane; }
    MainMenus *menus() const { return m_menus; }
    // Diagram, error coach, self-check, zoom, themes, presentation, replay.
    TeachingTools *teaching() const { return m_teaching; }

    // The main area's start page, the lesson pane's collapsed bar, Help's dialogs.
    StartPageHost *startPage() const { return m_startPage; }
    LessonSideBar *lessonSideBar() const { return m_lessonBar; }
    HelpTopics *help() const { return m_help; }
    // Each shows its problem itself (a dialog, or stderr when quiet); the
    // result is for scripted runs and tests. Where panels are open, opening a
    // workspace or a lesson asks first (WorkspaceSwitch); Cancel is no failure.
    Result<void> openWorkspaceFile(const QString &path);
    // Places the panels, the lesson and the diagram so that the window fits
    // the screen (View > Reset layout); the rectangle is the screen's
    // available geometry.
    void fitToScreen();
    void fitToScreen(const QRect &available);
    Result<void> openLesson(const QString &id);
    Result<void> saveWorkspaceFile(const QString &path);
    // Records all traffic to path from now on (--save-traffic); what the table
    // holds is written first, and the file is complete when the window closes.
    void setSaveTrafficOnQuit(const QString &path);
    // Recording, traffic files, the memory limit.
    TrafficTools *trafficTools() const { return m_trafficTools; }
    widgets::TrafficPane *trafficPane() const { return m_trafficPane; }
    // The last session's panels (not started) and window layout.
    void restoreSession();
    // The panels with their settings and the open lesson, as a workspace file holds them.
    course::Workspace currentWorkspace() const;
    // A workspace autosaved by a session that crashed: its panels come back
    // stopped, as restoreSession() brings them, whatever their autoStart says.
    void recoverWorkspace(const course::Workspace &workspace);
    // Something the user should read once: the status bar and a dialog (stderr when quiet).
    void showNotice(const QString &title, const QString &message);
    // Tests and scripts: no dialog boxes, messages go to the status bar and stderr.
    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool isQuiet() const { return m_quiet; }
    // Where another workspace opens (Replace, New window, Cancel), the other windows.
    WorkspaceSwitch *workspaceSwitch() const { return m_switch; }
    // Closes the panels (their servers stop and free their ports), the lesson
    // and the traffic: File > New workspace, and Replace before a new one.
    void clearWorkspace();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildLessonsMenu();
    void connectMenus();
    void showProblem(const QString &title, const QString &message);
    void applyWorkspace(const course::Workspace &workspace, bool startServers);
    void addPanel(course::PanelType type);
    void chooseWorkspaceToOpen();
    void chooseWorkspaceToSave();
    void showAbout();
    WorkspaceLayout::Docks docks() const;
    // The workspace's saved dock layout, when it has one that fits the screen.
    void restoreLayout(const course::Workspace &workspace);
    void updateTitle();

    LanguageManager *m_languages;
    models::TrafficModel *m_traffic = nullptr;
    widgets::TrafficPane *m_trafficPane = nullptr;
    widgets::TrafficView *m_trafficView = nullptr;
    widgets::LessonPane *m_lessonPane = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    PanelManager *m_panels = nullptr;
    MainMenus *m_menus = nullptr;
    TeachingTools *m_teaching = nullptr;
    TrafficTools *m_trafficTools = nullptr;
    LessonSideBar *m_lessonBar = nullptr;
    StartPageHost *m_startPage = nullptr;
    HelpTopics *m_help = nullptr;
    WorkspaceSwitch *m_switch = nullptr;
    QString m_lessonId;
    bool m_quiet = false;
    bool m_closed = false;
};

} // namespace swb::app
