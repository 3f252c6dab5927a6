#pragma once

#include "course/lessons/workspace.h"
#include "net/result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace swb::widgets {

class PythonHighlighter;

// "Show as Python…": the panel's current settings as a script in the style of
// the notes (course::PythonGenerator), highlighted, to copy or save. Refresh
// reads the panel again; a language switch regenerates the comments.
class PythonView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PythonView)
public:
    using ConfigSource = std::function<course::PanelConfig()>;

    explicit PythonView(ConfigSource source, QWidget *parent = nullptr);

    QString script() const;
    QString suggestedFileName() const;
    QPlainTextEdit *editor() const { return m_editor; }
    Result<void> saveTo(const QString &path) const;

public slots:
    void refresh();
    void copyToClipboard();
    void chooseFileAndSave();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ConfigSource m_source;
    course::PanelConfig m_config;
    QLabel *m_intro = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    PythonHighlighter *m_highlighter = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_refresh = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace swb::widgets
