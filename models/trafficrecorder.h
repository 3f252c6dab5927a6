#pragma once

#include "net/traffic/trafficevent.h"
#include "net/traffic/trafficsink.h"
#include "net/traffic/trafficwriter.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace swb::models {

// "Record traffic to disk": every event handed to record() is written, in
// order, to a JSON Lines (or CSV) file by TrafficWriter on a thread of its
// own, so formatting never slows the window. The file is flushed at least
// every flushIntervalMs and on stop(), a whole line at a time, so after a
// crash it ends with complete lines and at most one partial line.
class TrafficRecorder final : public net::TrafficSink
{
    Q_DECLARE_TR_FUNCTIONS(swb::models::TrafficRecorder)
public:
    static constexpr int flushIntervalMs = 200;
    // Beyond this much queued payload, record() waits for the disk rather
    // than letting memory grow: nothing recorded is ever thrown away.
    static constexpr qint64 maxQueuedBytes = qint64(64) << 20;

    TrafficRecorder();
    ~TrafficRecorder() override;
    Q_DISABLE_COPY_MOVE(TrafficRecorder)

    // Stops a recording first.
    Result<void> start(const QString &path);
    // Writes what is queued, closes the file; fails with the first error met.
    Result<void> stop();
    bool isRecording() const { return m_thread.joinable(); }
    QString path() const { return m_path; }
    quint64 writtenEvents() const { return m_written.load(); }

    void record(net::TrafficEvent event) override;

private:
    void run();

    net::TrafficWriter m_writer; // used by the thread only while it runs
    QString m_path;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;    // the thread: work or stop
    std::condition_variable m_drained; // record(): room in the queue again
    std::vector<net::TrafficEvent> m_queue;
    qint64 m_queuedBytes = 0;
    bool m_stopping = false;
    QString m_error;
    std::atomic<quint64> m_written{0};
};

} // namespace swb::models
