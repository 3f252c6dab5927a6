#pragma once

#include "app/presentationlayout.h"

#include <QByteArray>
#include <QRect>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;

namespace swb::app {

class ZoomController;

// Presentation mode for a projector: the whole screen, zoom 200 % (or more if
// already larger), no menu bar, and only the chosen docks (by default every
// panel and the sequence diagram; the traffic table, the lesson and the coach
// too if chosen), placed to fit the screen by PresentationLayout. When the
// panels do not all fit side by side, they show a few at a time: Page Down and
// Page Up (what a presenter's remote sends) step through them, and a small
// label in the status bar says where the class is. Every menu shortcut keeps
// working. Leaving (F11 or Esc) puts back the window's geometry, the dock
// layout, the zoom and what was visible. The choice is made in a checkable
// menu and remembered.
class PresentationMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationMode)
public:
    static constexpr int defaultZoomPercent = 200;
    // The pseudo-dock name for the central traffic table in the choice.
    static QString trafficTableName() { return QStringLiteral("traffic-table"); }

    PresentationMode(QMainWindow *window, ZoomController *zoom, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    // Whether a dock (by object name) stays visible in presentation mode.
    bool isChosen(const QString &name) const;
    void setChosen(const QString &name, bool chosen);
    // Refills `menu` with one checkable entry per dock; call from aboutToShow.
    void fillChoiceMenu(QMenu *menu);
    // The zoom presenting starts at, unless the window's zoom is larger.
    int zoomPercent() const { return m_zoomPercent; }
    void setZoomPercent(int percent) { m_zoomPercent = percent; }
    // The page of panels on show, from 0, and how many there are.
    int page() const { return m_page; }
    int pageCount() const { return int(m_pages.size()); }

public slots:
    void setActive(bool active);
    void toggle() { setActive(!m_active); }
    void nextPage();
    void previousPage();
    // Places the chosen docks again (panels came or went, the zoom or the
    // language changed); nothing when not presenting.
    void relayout();

signals:
    void activeChanged(bool active);
    // Docks came or went while presenting, which the earlier dock layout does
    // not know: the everyday layout needs fitting again.
    void docksChangedWhilePresenting();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QDockWidget *> docks() const;
    QStringList dockNames() const;
    bool chosenByDefault(const QString &name) const;
    void save() const;
    void enter();
    void leave();
    // Hides what is not chosen, and lists what is (m_shown).
    void showChosen();
    void showPage(int page);
    void setBarsHidden(bool hidden);
    void retranslate();
    void queueRefit(bool always);
    void refit();
    void restoreLayout();
    // What the layout depends on: each chosen panel's minimum width, the font.
    QList<int> fitKey() const;

    QMainWindow *m_window;
    ZoomController *m_zoom;
    bool m_active = false;
    int m_zoomPercent = defaultZoomPercent;
    QSet<QString> m_chosen;    // explicitly chosen
    QSet<QString> m_notChosen; // explicitly left out
    // Restored on leaving.
    QRect m_geometry;
    QByteArray m_state;
    Qt::WindowStates m_windowState;
    QStringList m_docksBefore;
    bool m_centralWasVisible = true;
    bool m_statusBarWasVisible = true;
    int m_zoomBefore = 100;
    // Menu actions lent to the window so their shortcuts work without the menu bar.
    QList<QAction *> m_lentActions;
    Qt::DockWidgetArea m_topRightCorner = Qt::TopDockWidgetArea;
    Qt::DockWidgetArea m_bottomRightCorner = Qt::BottomDockWidgetArea;
    PresentationLayout::Docks m_shown;
    QList<QList<QDockWidget *>> m_pages;
    int m_page = 0;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_leave;
    QLabel *m_indicator = nullptr;
    bool m_refitQueued = false;
    QList<int> m_fittedFor;
    int m_restoreTries = 0;
};

} // namespace swb::app
