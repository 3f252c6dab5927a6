#include "models/trafficrecorder.h"

#include "net/traffic/deferredtext.h"
#include "models/recordingbudget.h"

#include <chrono>

namespace swb::models {

TrafficRecorder::TrafficRecorder() = default;

TrafficRecorder::~TrafficRecorder()
{
    (void)stop();
}

Result<void> TrafficRecorder::start(const QString &path)
{
    (void)stop();
    if (Result<void> opened = m_writer.open(path); !opened)
        return opened;
    m_path = path;
    m_error.clear();
    m_stopping = false;
    m_queue.clear();
    m_queuedBytes = 0;
    m_written = 0;
    m_flushed = 0;
    m_waits = 0;
    m_thread = std::thread(&TrafficRecorder::run, this);
    return {};
}

Result<void> TrafficRecorder::stop()
{
    if (!m_thread.joinable())
        return {};
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    Result<void> closed = m_writer.close();
    if (!m_error.isEmpty())
        return Failure{m_error};
    return closed;
}

void TrafficRecorder::record(net::TrafficEvent event)
{
    if (!m_thread.joinable())
        return;
    // Rendered now, not when the writing thread gets to it: a recording keeps
    // the words of the language it was made in, even across a switch.
    event.text = net::DeferredText::render(event.text);
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_queuedBytes > m_queueLimit) {
        ++m_waits;
        m_wake.notify_one();
        m_drained.wait(lock, [this] { return m_queuedBytes <= m_queueLimit / 2; });
    }
    m_queuedBytes += event.data.size() + qint64(sizeof(net::TrafficEvent));
    m_queue.push_back(std::move(event));
}

void TrafficRecorder::run()
{
    using Clock = std::chrono::steady_clock;
    const Clock::time_point started = Clock::now();
    const auto nowMs = [started] {
        return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started)
                          .count());
    };
    RecordingBudget budget(flushIntervalMs, flushBytes);
    quint64 written = 0;
    const auto flush = [&] {
        const Result<void> flushed = m_writer.flush();
        if (!flushed && m_error.isEmpty())
            m_error = flushed.message();
        budget.flushed(nowMs());
        m_flushed = written;
    };
    std::vector<net::TrafficEvent> batch;
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait_for(lock, std::chrono::milliseconds(flushIntervalMs),
                        [this] { return m_stopping || m_queuedBytes > m_queueLimit; });
        batch.swap(m_queue);
        m_queuedBytes = 0;
        const bool stopping = m_stopping;
        lock.unlock();
        m_drained.notify_all();
        for (const net::TrafficEvent &event : batch) {
            const Result<void> result = m_writer.write(event);
            if (!result && m_error.isEmpty())
                m_error = result.message();
            ++written;
            // About the line's size: base64 payload and the fields around it.
            budget.wrote(event.data.size() * 4 / 3 + 160 + event.text.size());
            // A line-based file is readable after a crash up to its last flush.
            if (budget.flushDue(nowMs()))
                flush();
        }
        m_written += batch.size();
        batch.clear();
        if (budget.unflushed() > 0)
            flush();
        lock.lock();
        if (stopping && m_queue.empty())
            return;
    }
}

} // namespace swb::models
