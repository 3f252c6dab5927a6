#pragma once

#include <QObject>
#include <QPixmap>
#include <QPointer>

class QDockWidget;
class QMainWindow;

namespace swb::models {
class LessonProgress;
class SequenceModel;
class TrafficModel;
}
namespace swb::widgets {
class ErrorCoachPane;
class LessonPane;
class Panel;
class ReplayWindow;
class SequenceDiagram;
class TrafficView;
}

namespace swb::app {

class MainMenus;
class PanelManager;
class PresentationMode;
class Themes;
class ZoomController;

// Everything the window gains for teaching, in one place so that MainWindow
// only hands over its parts: the live sequence diagram (a dock, linked both
// ways with the traffic table), the error coach (a dock the panels' "Why?"
// buttons open), the lesson self-check, "Show as Python", replay, zoom,
// themes, presentation mode and screenshots.
class TeachingTools final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeachingTools)
public:
    struct Parts
    {
        QMainWindow *window = nullptr;
        PanelManager *panels = nullptr;
        MainMenus *menus = nullptr;
        models::TrafficModel *traffic = nullptr;
        widgets::TrafficView *trafficView = nullptr;
        widgets::LessonPane *lessonPane = nullptr;
        QDockWidget *lessonDock = nullptr;
    };

    explicit TeachingTools(const Parts &parts);
    ~TeachingTools() override;

    // A lesson was opened (empty: closed); its self-check starts.
    void lessonOpened(const QString &id);
    void retranslate();

    ZoomController *zoom() const { return m_zoom; }
    Themes *themes() const { return m_themes; }
    PresentationMode *presentation() const { return m_presentation; }
    models::SequenceModel *sequence() const { return m_sequence; }
    widgets::SequenceDiagram *diagram() const { return m_diagram; }
    QDockWidget *diagramDock() const { return m_diagramDock; }
    widgets::ErrorCoachPane *coach() const { return m_coach; }
    QDockWidget *coachDock() const { return m_coachDock; }
    models::LessonProgress *progress() const { return m_progress; }
    widgets::ReplayWindow *replayWindow() const;

    QPixmap screenshot() const;

public slots:
    void explainPanelError(swb::widgets::Panel *panel, const QString &message);
    void showPythonForCurrentPanel();
    void copyScreenshot();
    void saveScreenshot();
    void replayCapture();
    void replayFile();

signals:
    // The window opens lessons (here: the well-known ports view).
    void lessonRequested(const QString &id);

private:
    void connectMenus();
    void connectPanels();
    void linkTableAndDiagram();
    void showProgress();
    widgets::ReplayWindow *ensureReplayWindow();
    void status(const QString &message) const;

    Parts m_parts;
    models::SequenceModel *m_sequence = nullptr;
    widgets::SequenceDiagram *m_diagram = nullptr;
    QDockWidget *m_diagramDock = nullptr;
    widgets::ErrorCoachPane *m_coach = nullptr;
    QDockWidget *m_coachDock = nullptr;
    models::LessonProgress *m_progress = nullptr;
    ZoomController *m_zoom = nullptr;
    Themes *m_themes = nullptr;
    PresentationMode *m_presentation = nullptr;
    QPointer<widgets::ReplayWindow> m_replay;
    bool m_linking = false;
};

} // namespace swb::app
