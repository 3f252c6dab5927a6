#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace swb::app {

// The menu bar's menus and actions with their shortcuts and texts. The window
// connects the actions; this class only builds and translates them.
class MainMenus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainMenus)
public:
    explicit MainMenus(QMainWindow *window);

    void retranslate();
    // Marks the language actions.
    void setLanguage(const QString &language);

    QMenu *fileMenu = nullptr;
    QMenu *panelsMenu = nullptr;
    QMenu *lessonsMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *languageMenu = nullptr;
    QMenu *helpMenu = nullptr;

    QAction *newWorkspace = nullptr;
    QAction *newWindow = nullptr; // WorkspaceSwitch connects it
    QAction *openWorkspace = nullptr;
    QAction *saveWorkspace = nullptr;
    QAction *exportTraffic = nullptr;
    QAction *openTraffic = nullptr;
    QAction *recordTraffic = nullptr;
    QAction *quit = nullptr;
    QAction *addServer = nullptr;
    QAction *addClient = nullptr;
    QAction *addUdp = nullptr;
    QAction *addLocalServer = nullptr;
    QAction *addLocalClient = nullptr;
    QAction *addHttp = nullptr;
    QAction *renamePanel = nullptr;
    QAction *closePanel = nullptr;
    QAction *clearTraffic = nullptr;
    QAction *pauseScroll = nullptr;
    QAction *copyRows = nullptr;
    QAction *memoryLimit = nullptr;
    QAction *showLesson = nullptr;
    QAction *resetLayout = nullptr;
    QAction *chinese = nullptr;
    QAction *english = nullptr;
    QAction *about = nullptr;
    // Teaching (TeachingTools connects these).
    QAction *showAsPython = nullptr;
    QAction *replayCapture = nullptr;
    QAction *replayFile = nullptr;
    QAction *showDiagram = nullptr;
    QAction *exportDiagram = nullptr;
    QAction *showCoach = nullptr;
    QAction *wellKnownPorts = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomReset = nullptr;
    QMenu *themeMenu = nullptr;
    QAction *lightTheme = nullptr;
    QAction *darkTheme = nullptr;
    QAction *highContrastTheme = nullptr;
    QAction *presentation = nullptr;
    QMenu *presentationChoice = nullptr;
    QAction *copyScreenshot = nullptr;
    QAction *saveScreenshot = nullptr;

private:
    void addTeachingActions(QMainWindow *window);
    void retranslateTeaching();

    QActionGroup *m_languages = nullptr;
    QActionGroup *m_themes = nullptr;
};

} // namespace swb::app
