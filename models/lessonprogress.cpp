#include "models/lessonprogress.h"

#include "models/trafficmodel.h"

#include <QTimer>

#include <algorithm>

namespace swb::models {

LessonProgress::LessonProgress(TrafficModel *traffic, QObject *parent)
    : QObject(parent)
    , m_traffic(traffic)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(throttleMs);
    connect(m_timer, &QTimer::timeout, this, &LessonProgress::evaluate);
    connect(traffic, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_check && !m_timer->isActive())
            m_timer->start();
    });
    connect(traffic, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                // Old rows dropped from the front: the unread ones moved up.
                if (first == 0)
                    m_next = std::max(0, m_next - (last - first + 1));
                else
                    m_next = std::min(m_next, first);
            });
    // Clearing the table does not undo what the student has done.
    connect(traffic, &QAbstractItemModel::modelReset, this, [this] { m_next = 0; });
}

LessonProgress::~LessonProgress() = default;

void LessonProgress::setLesson(const QString &id)
{
    m_timer->stop();
    if (id.isEmpty()) {
        m_check.reset();
        emit changed();
        return;
    }
    m_check = std::make_unique<course::LessonCheck>(id);
    m_next = m_traffic ? m_traffic->rowCount() : 0;
    // Servers started before the lesson opened still count as the app's own.
    for (int row = 0; row < m_next; ++row) {
        const auto e = m_traffic->event(row);
        if (e.kind == net::EventKind::Listen
            || (e.kind == net::EventKind::Close && e.remote.isEmpty()))
            m_check->feed(e);
    }
    emit changed();
    if (m_traffic && m_traffic->rowCount() > m_next)
        m_timer->start();
}

QList<course::LessonCheck::Item> LessonProgress::items() const
{
    return m_check ? m_check->items() : QList<course::LessonCheck::Item>();
}

void LessonProgress::evaluate()
{
    if (!m_check || !m_traffic)
        return;
    const int rows = m_traffic->rowCount();
    if (m_next >= rows)
        return;
    const auto counts = [this] {
        QList<int> have;
        for (const course::LessonCheck::Item &item : m_check->items())
            have << item.have;
        return have;
    };
    const QList<int> before = counts();
    for (; m_next < rows; ++m_next) {
        const auto e = m_traffic->event(m_next);
        m_check->feed(e);
    }
    // The pane re-renders on changed(): only when something moved.
    if (counts() != before)
        emit changed();
}

} // namespace swb::models
