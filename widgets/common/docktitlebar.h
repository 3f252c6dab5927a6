#pragma once

#include <QWidget>

class QAction;
class QDockWidget;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace swb::widgets {

// A dock's title bar with buttons of the window's own before the close button
// (the lesson pane's "collapse to the side"). Dragging and double-clicking it
// move and float the dock as the standard title bar does.
class DockTitleBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockTitleBar)
public:
    explicit DockTitleBar(QDockWidget *dock);

    // A button for action, left of the close button; it follows the action's
    // text, icon and tooltip.
    void addButton(QAction *action, const QString &objectName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QDockWidget *m_dock;
    QLabel *m_title = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace swb::widgets
