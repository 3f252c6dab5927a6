#pragma once

#include "net/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace swb::course {

// What a lesson adds to its workspace for the lesson pane: a one-line goal and
// what to watch for, in both languages. Lesson data, like the lessons'
// explanations, so it lives in a resource file (resources/guides/) next to them.
struct LessonGuide
{
    QString id;
    QMap<QString, QString> title;      // only for lessons without a workspace (ports-table)
    QMap<QString, QString> goal;       // "en", "zh_CN"
    QMap<QString, QStringList> watch;  // "en", "zh_CN"

    QStringList watchFor(const QString &language) const;
};

// A row of the notes' table of well-known ports (lesson ports-table).
struct WellKnownPort
{
    QString protocol;
    int port = 0;
    QString modules;
    QMap<QString, QString> use;
};

class LessonGuides final
{
    Q_DECLARE_TR_FUNCTIONS(swb::course::LessonGuides)
public:
    // The reference lesson that has no panels, only a view.
    static QString portsTableId() { return QStringLiteral("ports-table"); }

    static std::optional<LessonGuide> find(const QString &id);
    static QList<LessonGuide> all();
    static QList<WellKnownPort> wellKnownPorts();
    // Whether the resource is there and well formed (tests).
    static Result<void> loaded();
};

} // namespace swb::course
