#pragma once

#include "net/traffic/trafficevent.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace swb::course {

// The self-check of a lesson: a few things that must have happened in the
// traffic (e.g. "two clients each got an echo starting with received: ").
// Fed one event at a time, so the cost does not grow with the capture; the
// lesson pane shows the items and "done" once every item is met.
//
// Messages are counted on one side only: at the server when the server is a
// panel of this app (its Listen was seen), else at the client. So a
// conversation between two panels is not counted twice, and a lesson can be
// done against an outside peer (the notes' Python script) too.
class LessonCheck final
{
    Q_DECLARE_TR_FUNCTIONS(swb::course::LessonCheck)
public:
    struct Item
    {
        QString text; // translated
        int have = 0;
        int need = 1;
        bool done() const { return have >= need; }
    };

    explicit LessonCheck(const QString &lessonId = QString());
    ~LessonCheck();
    LessonCheck(const LessonCheck &) = delete;
    LessonCheck &operator=(const LessonCheck &) = delete;

    QString lessonId() const { return m_lessonId; }
    // No rule written for this lesson: the generic one (a message and an answer).
    bool isGeneric() const { return m_generic; }
    void feed(const net::TrafficEvent &event);
    void reset();
    bool isDone() const;
    QList<Item> items() const;

    // The lesson ids that have their own rule.
    static QStringList knownLessons();

private:
    struct Requirement;
    bool isServerSide(const net::TrafficEvent &event) const;
    bool serverInApp(const net::TrafficEvent &event) const;
    bool matches(const Requirement &r, const net::TrafficEvent &event) const;

    QString m_lessonId;
    bool m_generic = false;
    std::vector<std::unique_ptr<Requirement>> m_requirements;
    // "tcp:8001", "local:/run/…": where a panel of this app listens right now.
    QSet<QString> m_listening;
};

} // namespace swb::course
