#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;
class QStackedWidget;
class QWidget;

namespace swb::widgets {
class StartPage;
}

namespace swb::app {

class LanguageManager;
class LessonSideBar;
class MainMenus;
class PanelManager;

// The window's main area: the start page while nothing is open (no panel, no
// lesson), the traffic table as soon as something is, and the start page
// again when the last thing closes. The page's links trigger the menus' own
// actions, so they do exactly what the menus do.
class StartPageHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPageHost)
public:
    struct Parts
    {
        QMainWindow *window = nullptr;
        QWidget *trafficPane = nullptr;
        MainMenus *menus = nullptr;
        PanelManager *panels = nullptr;
        QDockWidget *lessonDock = nullptr;
        LessonSideBar *lessonBar = nullptr;
        LanguageManager *languages = nullptr;
    };

    explicit StartPageHost(const Parts &parts);

    // The window's central widget.
    QStackedWidget *central() const { return m_stack; }
    widgets::StartPage *page() const { return m_page; }
    bool isShowingStartPage() const;
    // Shows whichever fits what is open now.
    void update();

signals:
    // The window opens lessons.
    void lessonChosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleUpdate();

    Parts m_parts;
    QStackedWidget *m_stack = nullptr;
    widgets::StartPage *m_page = nullptr;
    bool m_updatePending = false;
};

} // namespace swb::app
