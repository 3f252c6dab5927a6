#include "models/throughputseries.h"

namespace swb::models {

ThroughputSeries::ThroughputSeries(int windowSeconds)
    : m_window(qMax(1, windowSeconds))
{
}

void ThroughputSeries::count(int panelId, qint64 second, qint64 bytes, qint64 messages)
{
    Totals &bucket = m_buckets[panelId][second];
    bucket.bytes += bytes;
    bucket.messages += messages;
    note(second);
}

void ThroughputSeries::note(qint64 second)
{
    m_firstSecond = m_lastSecond == 0 ? second : qMin(m_firstSecond, second);
    m_lastSecond = qMax(m_lastSecond, second);
}

qint64 ThroughputSeries::firstSecond() const
{
    return qMax(m_firstSecond, m_lastSecond - m_window + 1);
}

void ThroughputSeries::prune()
{
    const qint64 oldest = m_lastSecond - m_window + 1;
    for (auto panel = m_buckets.begin(); panel != m_buckets.end(); ++panel) {
        QMap<qint64, Totals> &buckets = panel.value();
        while (!buckets.isEmpty() && buckets.firstKey() < oldest)
            buckets.erase(buckets.begin());
    }
}

void ThroughputSeries::sample(qint64 nowMs, const QHash<int, Totals> &totals)
{
    const qint64 second = nowMs / 1000 - 1;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const Totals previous = m_previous.value(it.key());
        Totals delta{it->bytes - previous.bytes, it->messages - previous.messages};
        if (delta.bytes < 0 || delta.messages < 0)
            delta = *it;
        count(it.key(), second, delta.bytes, delta.messages);
        m_previous.insert(it.key(), *it);
    }
    note(second);
    prune();
}

void ThroughputSeries::add(int panelId, qint64 timeMs, qint64 bytes)
{
    count(panelId, timeMs / 1000, bytes, 1);
    if (timeMs / 1000 == m_lastSecond)
        prune();
}

void ThroughputSeries::clear()
{
    m_buckets.clear();
    m_previous.clear();
    m_lastSecond = 0;
    m_firstSecond = 0;
}

std::vector<ThroughputSeries::Point> ThroughputSeries::points(int panelId) const
{
    std::vector<Point> result;
    if (m_lastSecond == 0)
        return result;
    const QMap<qint64, Totals> buckets = m_buckets.value(panelId);
    const qint64 first = firstSecond();
    result.reserve(size_t(m_lastSecond - first + 1));
    auto it = buckets.lowerBound(first);
    for (qint64 second = first; second <= m_lastSecond; ++second) {
        Point point{second, 0, 0};
        if (it != buckets.cend() && it.key() == second) {
            point.bytes = it->bytes;
            point.messages = it->messages;
            ++it;
        }
        result.push_back(point);
    }
    return result;
}

qint64 ThroughputSeries::peakBytes() const
{
    qint64 peak = 0;
    for (const QMap<qint64, Totals> &buckets : m_buckets) {
        for (const Totals &t : buckets)
            peak = qMax(peak, t.bytes);
    }
    return peak;
}

qint64 ThroughputSeries::peakMessages() const
{
    qint64 peak = 0;
    for (const QMap<qint64, Totals> &buckets : m_buckets) {
        for (const Totals &t : buckets)
            peak = qMax(peak, t.messages);
    }
    return peak;
}

} // namespace swb::models
