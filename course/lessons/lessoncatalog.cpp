#include "course/lessons/lessoncatalog.h"

#include <QDir>

namespace swb::course {

QList<LessonCatalog::Entry> LessonCatalog::all()
{
    QList<Entry> entries;
    const QDir dir(QStringLiteral(":/lessons"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QString error;
        const auto workspace = WorkspaceFile::load(dir.filePath(file), &error);
        // A broken built-in lesson is a bug that the lesson tests catch; skip it here.
        if (!workspace || !workspace->lesson)
            continue;
        entries << Entry{workspace->lesson->id, *workspace};
    }
    return entries;
}

std::optional<Workspace> LessonCatalog::find(const QString &id, QString *error)
{
    const QList<Entry> entries = all();
    for (const Entry &entry : entries) {
        if (entry.id == id)
            return entry.workspace;
    }
    if (error) {
        QStringList ids;
        for (const Entry &entry : entries)
            ids << entry.id;
        *error = tr("There is no lesson \"%1\". The lessons are: %2.")
                     .arg(id, ids.join(QLatin1String(", ")));
    }
    return std::nullopt;
}

} // namespace swb::course
