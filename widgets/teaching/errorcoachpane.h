#pragma once

#include "course/coach/errorcoach.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace swb::course {
class LoopbackTest;
}

namespace swb::widgets {

// The error coach's pane: the message, why it happens and what to try, in the
// interface language, with one-click checks (is this port in use and by which
// address, the loopback self-test, what a name resolves to). Every situation
// can also be picked from a list, to read about it before it happens.
class ErrorCoachPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorCoachPane)
public:
    explicit ErrorCoachPane(QWidget *parent = nullptr);
    ~ErrorCoachPane() override;

    void explain(const course::ErrorCoach::Context &context);
    void showSituation(course::ErrorCoach::Situation situation);
    course::ErrorCoach::Situation situation() const { return m_advice.situation; }
    QString explanationText() const;
    QString checkResult() const;

public slots:
    void runCheck(course::ErrorCoach::Check check);

signals:
    void checkFinished(swb::course::ErrorCoach::Check check, const QString &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showAdvice();
    void finishCheck(course::ErrorCoach::Check check, const QString &result);

    course::ErrorCoach::Context m_context;
    course::ErrorCoach::Advice m_advice;
    QLabel *m_pickLabel = nullptr;
    QComboBox *m_pick = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_checkRow = nullptr;
    QList<QPushButton *> m_checkButtons;
    QPlainTextEdit *m_result = nullptr;
    course::LoopbackTest *m_loopback = nullptr;
};

} // namespace swb::widgets
