#include "course/lessons/lessoncatalog.h"

#include <QDir>

namespace swb::course {

QList<LessonCatalog::Entry> LessonCatalog::all()
{
    QList<Entry> entries;
    const QDir dir(QStringLiteral(":/lessons"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const Result<Workspace> workspace = WorkspaceFile::load(dir.filePath(file));
        // A broken built-in lesson is a bug that the lesson tests catch; skip it here.
        if (!workspace || !workspace->lesson)
            continue;
        entries << Entry{workspace->lesson->id, *workspace};
    }
    return entries;
}

Result<Workspace> LessonCatalog::find(const QString &id)
{
    const QList<Entry> entries = all();
    QStringList ids;
    for (const Entry &entry : entries) {
        if (entry.id == id)
            return entry.workspace;
        ids << entry.id;
    }
    return Failure{tr("There is no lesson \"%1\". The lessons are: %2.")
                       .arg(id, ids.join(QLatin1String(", ")))};
}

} // namespace swb::course
