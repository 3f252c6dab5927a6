#include "net/payload/autosender.h"

#include <algorithm>

namespace swb::net {

AutoSender::AutoSender(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AutoSender::onTimeout);
}

void AutoSender::start(int intervalMs, int count)
{
    m_fired = 0;
    m_limit = std::max(0, count);
    m_timer.start(std::max(1, intervalMs));
    emit runningChanged(true);
    onTimeout(); // the first message goes at once, as in the notes' loop
}

void AutoSender::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit runningChanged(false);
}

void AutoSender::onTimeout()
{
    if (!m_timer.isActive())
        return;
    ++m_fired;
    emit fire(quint64(m_fired));
    if (m_limit > 0 && m_fired >= m_limit)
        stop();
}

} // namespace swb::net
