#pragma once

#include "net/workspace.h"

#include <QWidget>

class QTextBrowser;

namespace swb::widgets {

// Shows the open lesson: its title, the explanation in the current language,
// and the notes' Python for the same exercise.
class LessonPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonPane)
public:
    explicit LessonPane(QWidget *parent = nullptr);

    void setLesson(const net::LessonInfo &lesson);
    void setLanguage(const QString &language);
    QString title() const;
    QString html() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    net::LessonInfo m_lesson;
    QString m_language = QStringLiteral("en");
    QTextBrowser *m_browser = nullptr;
};

} // namespace swb::widgets
