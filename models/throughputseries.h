#pragma once

#include <QHash>
#include <QList>
#include <QMap>

#include <vector>

namespace swb::models {

// Bytes and messages per second for each panel over the last few minutes,
// for the throughput chart. Fed either from running totals sampled just
// after each whole second (live traffic: cheap whatever the event rate) or
// one event at a time (a traffic file). No widgets.
class ThroughputSeries final
{
public:
    struct Totals
    {
        qint64 bytes = 0;
        qint64 messages = 0;
    };
    struct Point
    {
        qint64 second = 0; // seconds since the epoch
        qint64 bytes = 0;
        qint64 messages = 0;
    };

    static constexpr int defaultWindowSeconds = 600;

    explicit ThroughputSeries(int windowSeconds = defaultWindowSeconds);

    int windowSeconds() const { return m_window; }
    // Running totals of every panel at nowMs; what grew since the previous
    // sample is counted in the second before nowMs. Totals that went down
    // (the table was cleared) start over from zero.
    void sample(qint64 nowMs, const QHash<int, Totals> &totals);
    // One event of a panel, counted in its own second.
    void add(int panelId, qint64 timeMs, qint64 bytes);
    void clear();

    QList<int> panels() const { return m_buckets.keys(); }
    // Newest second anything was counted in (0 when empty).
    qint64 lastSecond() const { return m_lastSecond; }
    // Oldest second in the window that was sampled or counted.
    qint64 firstSecond() const;
    // One point per second from firstSecond() to lastSecond(), oldest first;
    // seconds without traffic are zero.
    std::vector<Point> points(int panelId) const;
    qint64 peakBytes() const;
    qint64 peakMessages() const;

private:
    void count(int panelId, qint64 second, qint64 bytes, qint64 messages);
    void note(qint64 second);
    void prune();

    int m_window;
    QHash<int, QMap<qint64, Totals>> m_buckets;
    QHash<int, Totals> m_previous;
    qint64 m_lastSecond = 0;
    qint64 m_firstSecond = 0;
};

} // namespace swb::models
