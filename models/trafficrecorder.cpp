#include "models/trafficrecorder.h"

#include <chrono>

namespace swb::models {

TrafficRecorder::TrafficRecorder() = default;

TrafficRecorder::~TrafficRecorder()
{
    stop();
}

QString TrafficRecorder::start(const QString &path)
{
    stop();
    const QString error = m_writer.open(path);
    if (!error.isEmpty())
        return error;
    m_path = path;
    m_error.clear();
    m_stopping = false;
    m_queue.clear();
    m_queuedBytes = 0;
    m_written = 0;
    m_thread = std::thread(&TrafficRecorder::run, this);
    return QString();
}

QString TrafficRecorder::stop()
{
    if (!m_thread.joinable())
        return QString();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    const QString closeError = m_writer.close();
    return m_error.isEmpty() ? closeError : m_error;
}

void TrafficRecorder::record(net::TrafficEvent event)
{
    if (!m_thread.joinable())
        return;
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_queuedBytes > maxQueuedBytes) {
        m_wake.notify_one();
        m_drained.wait(lock, [this] { return m_queuedBytes <= maxQueuedBytes / 2; });
    }
    m_queuedBytes += event.data.size() + qint64(sizeof(net::TrafficEvent));
    m_queue.push_back(std::move(event));
}

void TrafficRecorder::run()
{
    std::vector<net::TrafficEvent> batch;
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait_for(lock, std::chrono::milliseconds(flushIntervalMs),
                        [this] { return m_stopping || m_queuedBytes > maxQueuedBytes; });
        batch.swap(m_queue);
        m_queuedBytes = 0;
        const bool stopping = m_stopping;
        lock.unlock();
        m_drained.notify_all();
        for (const net::TrafficEvent &event : batch) {
            const QString error = m_writer.write(event);
            if (!error.isEmpty() && m_error.isEmpty())
                m_error = error;
        }
        m_written += batch.size();
        batch.clear();
        // A line-based file is readable after a crash up to its last flush.
        const QString error = m_writer.flush();
        lock.lock();
        if (!error.isEmpty() && m_error.isEmpty())
            m_error = error;
        if (stopping && m_queue.empty())
            return;
    }
}

} // namespace swb::models
