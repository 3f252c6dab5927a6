#pragma once

#include "net/reply/serverbehaviour.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace swb::widgets {

// Edits a ServerBehaviour: one reply kind with its text, greeting, closing
// rules, reply delay and the append file. Emits changed() as the user edits;
// the append file only when its path is complete (not on every keystroke).
class BehaviourEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BehaviourEditor)
public:
    explicit BehaviourEditor(QWidget *parent = nullptr);

    net::ServerBehaviour behaviour() const;
    void setBehaviour(const net::ServerBehaviour &behaviour);
    // Shown under the form (red) when the server refuses the behaviour.
    void setProblem(const QString &message);
    // For UDP: hides the greeting and the closing rules, which need a connection.
    void setDatagramMode(bool on);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browseAppendFile();
    void updateEnabled();

    QLabel *m_replyLabel = nullptr;
    QComboBox *m_reply = nullptr;
    QStackedWidget *m_replyTexts = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_timestamp = nullptr;
    QLineEdit *m_fixed = nullptr;
    QLineEdit *m_template = nullptr;
    QCheckBox *m_greet = nullptr;
    QLineEdit *m_greeting = nullptr;
    QCheckBox *m_closeAfterGreeting = nullptr;
    QCheckBox *m_closeAfterReply = nullptr;
    QCheckBox *m_closeOnWord = nullptr;
    QLineEdit *m_closeWord = nullptr;
    QLabel *m_delayLabel = nullptr;
    QSpinBox *m_delay = nullptr;
    QCheckBox *m_append = nullptr;
    QLineEdit *m_appendPath = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_reportLength = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace swb::widgets
