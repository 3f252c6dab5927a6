#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace swb::widgets {
class HelpDialog;
}

namespace swb::app {

class MainMenus;

// Help > Getting started (F1) and Help > Keyboard shortcuts (Ctrl+/): two
// dialogs of text. The shortcut list is read from the menu bar each time it
// is shown, so it names every shortcut the menus have, in their words.
class HelpTopics final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpTopics)
public:
    HelpTopics(QMainWindow *window, MainMenus *menus);

    QAction *gettingStartedAction() const { return m_gettingStarted; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    void retranslate();

    widgets::HelpDialog *showGettingStarted();
    widgets::HelpDialog *showShortcuts();

    static QString gettingStartedHtml();
    // Every action under the menu bar with a shortcut, menu by menu.
    static QString shortcutsHtml(const QMainWindow *window);

private:
    static QString shortcutRows(const QMenu *menu, const QString &path);

    QMainWindow *m_window;
    QAction *m_gettingStarted = nullptr;
    QAction *m_shortcuts = nullptr;
    QPointer<widgets::HelpDialog> m_gettingStartedDialog;
    QPointer<widgets::HelpDialog> m_shortcutsDialog;
};

} // namespace swb::app
