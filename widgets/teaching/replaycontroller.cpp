#include "widgets/teaching/replaycontroller.h"

#include "models/trafficmodel.h"
#include "models/trafficreader.h"
#include "net/traffic/replayloader.h"

#include <QTimer>

#include <algorithm>

namespace swb::widgets {

ReplayController::ReplayController(models::TrafficModel *target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        stepForward();
        if (m_position >= count())
            pause();
        else
            scheduleNext();
    });
}

ReplayController::~ReplayController() = default;

void ReplayController::setEvents(std::vector<net::TrafficEvent> events)
{
    pause();
    m_events = std::move(events);
    m_position = 0;
    m_target->clear();
    emit positionChanged(m_position, count());
}

void ReplayController::copyFrom(const models::TrafficModel &source)
{
    std::vector<net::TrafficEvent> events;
    const int rows = source.rowCount();
    events.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        events.push_back(source.event(row));
    setEvents(std::move(events));
}

Result<void> ReplayController::loadFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        Result<std::vector<net::TrafficEvent>> events = net::ReplayLoader::loadCsv(path);
        if (!events)
            return events.failure();
        setEvents(std::move(*events));
        return {};
    }
    // JSON Lines (an export or a recording): the traffic log's own reader.
    models::TrafficReader reader;
    if (Result<void> opened = reader.open(path); !opened)
        return opened;
    std::vector<net::TrafficEvent> events;
    net::TrafficEvent event;
    while (reader.read(&event))
        events.push_back(event);
    if (!reader.error().isEmpty())
        return Failure{reader.error()};
    setEvents(std::move(events));
    return {};
}

const net::TrafficEvent *ReplayController::next() const
{
    return m_position < count() ? &m_events[size_t(m_position)] : nullptr;
}

void ReplayController::play()
{
    if (m_playing || m_position >= count())
        return;
    m_playing = true;
    emit playingChanged(true);
    scheduleNext();
}

void ReplayController::pause()
{
    m_timer->stop();
    if (!m_playing)
        return;
    m_playing = false;
    emit playingChanged(false);
}

void ReplayController::togglePlay()
{
    if (m_playing)
        pause();
    else
        play();
}

void ReplayController::scheduleNext()
{
    if (m_position >= count())
        return;
    // The gap the capture had between this event and the previous one.
    qint64 gap = 0;
    if (m_position > 0)
        gap = m_events[size_t(m_position)].timeMs - m_events[size_t(m_position - 1)].timeMs;
    gap = std::clamp<qint64>(gap, 0, maxPauseMs);
    m_timer->start(int(gap / m_speed));
}

void ReplayController::stepForward()
{
    if (m_position >= count())
        return;
    m_target->restore(m_events[size_t(m_position)]);
    m_target->flush();
    ++m_position;
    emit positionChanged(m_position, count());
}

void ReplayController::stepBack()
{
    if (m_position > 0)
        seek(m_position - 1);
}

void ReplayController::seek(int position)
{
    position = std::clamp(position, 0, count());
    if (position == m_position)
        return;
    if (position < m_position) {
        // A model only grows; going back is a rebuild up to the new cursor.
        m_target->clear();
        for (int i = 0; i < position; ++i)
            m_target->restore(m_events[size_t(i)]);
    } else {
        for (int i = m_position; i < position; ++i)
            m_target->restore(m_events[size_t(i)]);
    }
    m_target->flush();
    m_position = position;
    emit positionChanged(m_position, count());
}

void ReplayController::setSpeed(double factor)
{
    m_speed = std::clamp(factor, 0.1, 100.0);
    if (m_playing) {
        m_timer->stop();
        scheduleNext();
    }
}

} // namespace swb::widgets
