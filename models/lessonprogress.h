#pragma once

#include "course/lessons/lessoncheck.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace swb::models {

class TrafficModel;

// Runs the open lesson's self-check (course::LessonCheck) over the traffic as it
// arrives: new rows are fed a few times a second at most, never one by one, so
// a flood costs nothing extra. Only traffic since the lesson opened counts,
// except that servers already listening are remembered.
class LessonProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonProgress)
public:
    static constexpr int throttleMs = 250;

    explicit LessonProgress(TrafficModel *traffic, QObject *parent = nullptr);
    ~LessonProgress() override;

    // Empty id: no lesson, nothing is checked.
    void setLesson(const QString &id);
    QString lessonId() const { return m_check ? m_check->lessonId() : QString(); }
    bool isDone() const { return m_check && m_check->isDone(); }
    bool isGeneric() const { return m_check && m_check->isGeneric(); }
    QList<course::LessonCheck::Item> items() const;
    // Feeds what is waiting now (tests; the timer does it otherwise).
    void evaluate();

signals:
    void changed();

private:
    QPointer<TrafficModel> m_traffic;
    std::unique_ptr<course::LessonCheck> m_check;
    QTimer *m_timer = nullptr;
    int m_next = 0; // the first row not fed yet
};

} // namespace swb::models
