#pragma once

#include "course/lessons/lessoncheck.h"
#include "course/lessons/workspace.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

namespace swb::widgets {

// The lesson pane's page: the goal, the self-check, the steps, what to watch
// for, the rest of the explanation and the notes' Python; or the reference
// table of well-known ports. Colours come from the palette, so the page stays
// readable in the dark and high-contrast themes.
class LessonHtml final
{
    Q_DECLARE_TR_FUNCTIONS(swb::widgets::LessonHtml)
public:
    struct Progress
    {
        QList<course::LessonCheck::Item> items;
        bool done = false;
        bool generic = false;
    };

    static QString lesson(const course::LessonInfo &lesson, const QString &language,
                          const Progress &progress, const QPalette &palette);
    // The lesson's one-line goal: its explanation's "Goal:" paragraph, or its guide's.
    static QString goal(const course::LessonInfo &lesson, const QString &language);
    static QString portsTable(const QString &language, const QPalette &palette);
    static QString progressHtml(const Progress &progress, const QPalette &palette);
};

} // namespace swb::widgets
