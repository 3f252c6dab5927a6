#pragma once

#include "course/lessons/workspace.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QDockWidget;
class QMainWindow;

namespace swb::models {
class TrafficModel;
}
namespace swb::widgets {
class Panel;
}

namespace swb::app {

// Owns the panels of the window, each in its own dock: creates them from
// workspace entries, names, renames and closes them, and turns them back into
// a workspace for saving.
class PanelManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PanelManager)
public:
    PanelManager(QMainWindow *window, models::TrafficModel *traffic);
    ~PanelManager() override;

    // A new panel of that type, named as the type in the language shown now.
    widgets::Panel *addPanel(course::PanelType type);
    widgets::Panel *addPanel(const course::PanelConfig &config);
    void closePanel(widgets::Panel *panel);
    void closeAll();
    // The user's name: kept as typed, whatever the language.
    void renamePanel(widgets::Panel *panel, const QString &name);
    // "en" or "zh_CN": panels with a lesson's names or a type's name take the
    // name of that language; names the user typed stay.
    void setLanguage(const QString &language);
    // Panels > Rename (asks for the name) and Panels > Close, on the current panel.
    void renameCurrentPanel();
    void closeCurrentPanel();
    QList<widgets::Panel *> panels() const;
    widgets::Panel *currentPanel() const;
    void setCurrentPanel(widgets::Panel *panel);

    // Adds the workspace's panels; starts the servers that ask for it when
    // startServers is true (lessons and opened files; not a restored session).
    QList<widgets::Panel *> addWorkspace(const course::Workspace &workspace, bool startServers);
    course::Workspace workspace() const;
    // The panels' docks, in the order the panels were added.
    QList<QDockWidget *> docks() const;
    // The panels of the process's other windows, so that a server whose port
    // one of them holds names it (set by WindowRegistry).
    void setOtherWindows(std::function<QList<widgets::Panel *>()> panels)
    {
        m_otherWindows = std::move(panels);
    }

signals:
    void panelsChanged();

private:
    // How a panel's name follows the language: a lesson's name per language,
    // or (names empty) its type's default name; suffix keeps it unique (" (2)").
    struct Naming
    {
        QMap<QString, QString> names;
        course::PanelType type = course::PanelType::TcpServer;
        QString suffix;
    };

    widgets::Panel *addNamed(const course::PanelConfig &config, std::optional<Naming> naming);
    QString localName(const Naming &naming) const;
    void startServer(widgets::Panel *panel);
    static QString describeResource(const QString &key);
    QString uniqueName(const QString &wanted) const;
    QDockWidget *dockOf(widgets::Panel *panel) const;
    static widgets::Panel *panelIn(const QDockWidget *dock);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QMainWindow *m_window;
    models::TrafficModel *m_traffic;
    QList<QDockWidget *> m_docks;
    QPointer<widgets::Panel> m_current;
    int m_nextId = 1;
    QHash<const widgets::Panel *, Naming> m_naming; // panels whose name follows the language
    QString m_language = QStringLiteral("en");
    std::function<QList<widgets::Panel *>()> m_otherWindows;
};

} // namespace swb::app
