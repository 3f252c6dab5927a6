#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;

namespace swb::app {

// What to do with the open workspace when another one (a lesson or a file)
// is opened in its window: a window holds one workspace, never two stacked.
enum class WorkspaceChoice { Replace, NewWindow, Cancel };

// Asks it: Replace (the default), Open in new window, or Cancel. The buttons
// have object names ("replace", "newWindow", "cancel") for tests.
class WorkspaceChoiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceChoiceDialog)
public:
    enum class Kind { Lesson, Workspace };

    // `incoming` is what the user wants to open: a lesson's title or a file name.
    // Without `canOpenWindow` (a window with no one to make new ones) there is
    // no New window button.
    WorkspaceChoiceDialog(Kind kind, const QString &incoming, bool canOpenWindow,
                          QWidget *parent = nullptr);

    WorkspaceChoice choice() const { return m_choice; }
    // Shows the dialog and waits for the answer; closing it is Cancel.
    static WorkspaceChoice ask(QWidget *parent, Kind kind, const QString &incoming,
                               bool canOpenWindow);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choose(WorkspaceChoice choice);

    Kind m_kind;
    QString m_incoming;
    QLabel *m_question = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_replace = nullptr;
    QPushButton *m_newWindow = nullptr;
    QPushButton *m_cancel = nullptr;
    WorkspaceChoice m_choice = WorkspaceChoice::Cancel;
};

} // namespace swb::app
