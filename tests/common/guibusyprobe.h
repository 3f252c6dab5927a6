#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace swb::testing {

// Measures how long the GUI thread stays busy: a 10 ms timer on the thread that
// owns the probe records the longest gap between two of its ticks. A gap far
// above the interval means the event loop was held by one piece of work that
// long (a load not sliced, a dialog filled in one go). Use it around work that
// is sliced by design, and bound the test by sizes and counts, never by how
// fast the machine is: assert longestGapMs() < a limit that only an unsliced
// loop over the whole input could reach.
class GuiBusyProbe final : public QObject
{
public:
    static constexpr int intervalMs = 10;

    explicit GuiBusyProbe(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setInterval(intervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    void start()
    {
        m_longest = 0;
        m_ticks = 0;
        m_clock.start();
        m_timer.start();
    }
    // Counts the work done since the last tick as a gap too.
    void stop()
    {
        if (m_timer.isActive())
            tick();
        m_timer.stop();
    }

    qint64 longestGapMs() const { return m_longest; }
    // How many ticks came: zero means the loop never ran while probed.
    int ticks() const { return m_ticks; }

private:
    void tick()
    {
        const qint64 gap = m_clock.restart();
        ++m_ticks;
        if (gap > m_longest)
            m_longest = gap;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

} // namespace swb::testing
