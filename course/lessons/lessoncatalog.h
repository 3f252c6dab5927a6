#pragma once

#include "course/lessons/workspace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace swb::course {

// The built-in lessons: workspace files compiled in under :/lessons/.
class LessonCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(swb::course::LessonCatalog)
public:
    struct Entry
    {
        QString id;
        Workspace workspace;
    };

    // In the order of EXERCISES.md (file names carry a number prefix).
    static QList<Entry> all();
    static Result<Workspace> find(const QString &id);
};

} // namespace swb::course
