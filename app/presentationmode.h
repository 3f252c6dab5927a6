#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace swb::app {

class ZoomController;

// Presentation mode for a projector: full screen, zoom 200 % (or more if
// already larger), no menu bar or status bar, and only the chosen docks (by
// default every panel and the sequence diagram) on show; the traffic table
// and the lesson pane too if chosen. Every menu shortcut keeps working. Leaving puts back the window state, the docks and the zoom. The
// choice is made in a checkable menu and remembered.
class PresentationMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationMode)
public:
    static constexpr int zoomPercent = 200;
    // The pseudo-dock name for the central traffic table in the choice.
    static QString trafficTableName() { return QStringLiteral("traffic-table"); }

    PresentationMode(QMainWindow *window, ZoomController *zoom, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    // Whether a dock (by object name) stays visible in presentation mode.
    bool isChosen(const QString &name) const;
    void setChosen(const QString &name, bool chosen);
    // Refills `menu` with one checkable entry per dock; call from aboutToShow.
    void fillChoiceMenu(QMenu *menu);

public slots:
    void setActive(bool active);
    void toggle() { setActive(!m_active); }

signals:
    void activeChanged(bool active);

private:
    QList<QDockWidget *> docks() const;
    bool chosenByDefault(const QString &name) const;
    void save() const;
    void setBarsHidden(bool hidden);

    QMainWindow *m_window;
    ZoomController *m_zoom;
    bool m_active = false;
    QSet<QString> m_chosen;    // explicitly chosen
    QSet<QString> m_notChosen; // explicitly left out
    // Restored on leaving.
    Qt::WindowStates m_windowState;
    QList<QPointer<QDockWidget>> m_hidden; // docks may close while presenting
    bool m_centralWasVisible = true;
    int m_zoomBefore = 100;
    // Menu actions lent to the window so their shortcuts work without the menu bar.
    QList<QAction *> m_lentActions;
};

} // namespace swb::app
