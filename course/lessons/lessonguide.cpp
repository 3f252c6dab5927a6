#include "course/lessons/lessonguide.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace swb::course {

namespace {

const QString GuidesPath = QStringLiteral(":/guides/lesson-guides.json");

struct Guides
{
    QList<LessonGuide> lessons;
    QList<WellKnownPort> ports;
    QString problem;
};

QMap<QString, QString> texts(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

Guides load()
{
    Guides guides;
    QFile file(GuidesPath);
    if (!file.open(QIODevice::ReadOnly)) {
        guides.problem = QStringLiteral("%1: %2").arg(GuidesPath, file.errorString());
        return guides;
    }
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        guides.problem = QStringLiteral("%1: %2").arg(GuidesPath, error.errorString());
        return guides;
    }
    const QJsonArray lessons = root.value(QStringLiteral("lessons")).toArray();
    for (const QJsonValue &value : lessons) {
        const QJsonObject object = value.toObject();
        LessonGuide guide;
        guide.id = object.value(QStringLiteral("id")).toString();
        guide.title = texts(object.value(QStringLiteral("title")));
        guide.goal = texts(object.value(QStringLiteral("goal")));
        const QJsonObject watch = object.value(QStringLiteral("watch")).toObject();
        for (auto it = watch.begin(); it != watch.end(); ++it) {
            QStringList items;
            for (const QJsonValue &item : it.value().toArray())
                items << item.toString();
            guide.watch.insert(it.key(), items);
        }
        guides.lessons << guide;
    }
    const QJsonArray ports = root.value(QStringLiteral("ports")).toArray();
    for (const QJsonValue &value : ports) {
        const QJsonObject object = value.toObject();
        guides.ports << WellKnownPort{object.value(QStringLiteral("protocol")).toString(),
                                      object.value(QStringLiteral("port")).toInt(),
                                      object.value(QStringLiteral("modules")).toString(),
                                      texts(object.value(QStringLiteral("use")))};
    }
    return guides;
}

const Guides &guides()
{
    // Read once: the file is compiled in and never changes while running.
    static const Guides loaded = load();
    return loaded;
}

} // namespace

QStringList LessonGuide::watchFor(const QString &language) const
{
    const QStringList exact = watch.value(language);
    return exact.isEmpty() ? watch.value(QStringLiteral("en")) : exact;
}

std::optional<LessonGuide> LessonGuides::find(const QString &id)
{
    for (const LessonGuide &guide : guides().lessons) {
        if (guide.id == id)
            return guide;
    }
    return std::nullopt;
}

QList<LessonGuide> LessonGuides::all()
{
    return guides().lessons;
}

QList<WellKnownPort> LessonGuides::wellKnownPorts()
{
    return guides().ports;
}

Result<void> LessonGuides::loaded()
{
    const QString &problem = guides().problem;
    if (!problem.isEmpty())
        return Failure{problem};
    return {};
}

} // namespace swb::course
