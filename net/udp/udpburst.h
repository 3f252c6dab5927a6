#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace swb::net {

// "Send N datagrams as fast as possible" without freezing the window: sends
// in chunks of a few milliseconds per event-loop turn, reports progress, and
// stops at once. When the system's send buffer is full (ENOBUFS/EAGAIN) the
// datagram is tried again on a later turn, so nothing is lost without being
// counted.
class UdpBurst final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpBurst)
public:
    enum class Outcome { Sent, Busy, Failed };
    // Sends datagram number `counter` (from 1). Failed ends the burst; the
    // sender has reported why.
    using Sender = std::function<Outcome(quint64 counter)>;

    static constexpr int chunkMs = 5;
    static constexpr int chunkDatagrams = 4096;

    explicit UdpBurst(QObject *parent = nullptr);

    void start(quint64 count, Sender sender);
    void stop();
    bool isRunning() const { return m_running; }
    quint64 sent() const { return m_sent; }
    quint64 requested() const { return m_total; }
    // How many times the system said "not now" (a full send buffer).
    quint64 busyRetries() const { return m_busy; }

signals:
    void progress(quint64 sent, quint64 total);
    // stopped: by stop() or a failure, before all were sent.
    void finished(quint64 sent, quint64 total, bool stopped);

private:
    void step();
    void finish(bool stopped);

    QTimer m_timer;
    Sender m_sender;
    quint64 m_total = 0;
    quint64 m_sent = 0;
    quint64 m_busy = 0;
    bool m_running = false;
};

} // namespace swb::net
