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
// every flushIntervalMs, after every flushBytes written and on stop(), a
// whole line at a time, so after a crash it ends with complete lines and at
// most one partial line.
//
// What a kill can lose is bounded twice: in time, the events of the last
// flushIntervalMs (plus the table's own 25 ms batching) when traffic is light;
// in bytes, under load, what waits in the queue (at most maxQueuedBytes of
// payload: record() waits for the writer beyond that, which slows the panels'
// reading and so the peers, and is counted in waits()) and what was written
// since the last flush (flushBytes).
class TrafficRecorder final : public net::TrafficSink
{
    Q_DECLARE_TR_FUNCTIONS(swb::models::TrafficRecorder)
public:
    static constexpr int flushIntervalMs = 100;
    static constexpr qint64 flushBytes = qint64(1) << 20;
    // Beyond this much queued payload, record() waits for the disk rather
    // than letting memory grow or the file fall behind: nothing recorded is
    // ever thrown away. (64 MiB let the file fall 5 s behind a fast client.)
    static constexpr qint64 maxQueuedBytes = qint64(4) << 20;

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
    // Events handed to the operating system (flushed): what a kill keeps.
    quint64 flushedEvents() const { return m_flushed.load(); }
    // Times record() waited for the writer (backpressure).
    quint64 waits() const { return m_waits.load(); }
    // For tests: a smaller queue (bytes of payload) to reach the bound quickly.
    void setQueueLimit(qint64 bytes) { m_queueLimit = bytes; }

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
    std::atomic<quint64> m_flushed{0};
    std::atomic<quint64> m_waits{0};
    qint64 m_queueLimit = maxQueuedBytes;
};

} // namespace swb::models
