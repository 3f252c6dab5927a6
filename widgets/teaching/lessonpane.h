#pragma once

#include "course/lessons/lessoncheck.h"
#include "course/lessons/workspace.h"

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

    void setLesson(const course::LessonInfo &lesson);
    const course::LessonInfo &lesson() const { return m_lesson; }
    void setLanguage(const QString &language);
    QString title() const;
    QString html() const;
    // The lesson's self-check (course::LessonCheck), shown under the goal.
    void setProgress(const QList<course::LessonCheck::Item> &items, bool done, bool generic);
    bool isDone() const { return m_done; }
    // The reference view of the lesson ports-table, which has no panels.
    void showPortsTable();
    bool isShowingPortsTable() const { return m_portsTable; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    course::LessonInfo m_lesson;
    QList<course::LessonCheck::Item> m_items;
    bool m_done = false;
    bool m_generic = false;
    bool m_portsTable = false;
    QString m_language = QStringLiteral("en");
    QTextBrowser *m_browser = nullptr;
};

} // namespace swb::widgets
