#pragma once

#include <QtGlobal>

namespace swb::models {

// When a recording's writer hands its lines to the operating system: after
// intervalMs, or as soon as maxUnflushedBytes have been written since the last
// time, whichever comes first. Bytes bound the lag under load (a timer alone
// let the writer fall seconds behind a 20 MB/s client), the interval bounds it
// when traffic is light. Plain arithmetic on a clock the caller passes in, so
// that tests drive it with made-up times.
class RecordingBudget final
{
public:
    RecordingBudget(qint64 intervalMs, qint64 maxUnflushedBytes)
        : m_intervalMs(intervalMs)
        , m_maxBytes(maxUnflushedBytes)
    {
    }

    void wrote(qint64 bytes) { m_unflushed += bytes; }
    bool flushDue(qint64 nowMs) const
    {
        return m_unflushed > 0 && (m_unflushed >= m_maxBytes || nowMs - m_lastFlushMs >= m_intervalMs);
    }
    void flushed(qint64 nowMs)
    {
        m_unflushed = 0;
        m_lastFlushMs = nowMs;
    }
    qint64 unflushed() const { return m_unflushed; }

private:
    qint64 m_intervalMs;
    qint64 m_maxBytes;
    qint64 m_unflushed = 0;
    qint64 m_lastFlushMs = 0;
};

} // namespace swb::models
