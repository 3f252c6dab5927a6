#include "net/udp/udpburst.h"

#include <QElapsedTimer>

namespace swb::net {

UdpBurst::UdpBurst(QObject *parent)
    : QObject(parent)
{
    // Interval 0: one chunk per event-loop turn, after whatever else is waiting
    // (repaints, the receiving side of the same panel).
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &UdpBurst::step);
}

void UdpBurst::start(quint64 count, Sender sender)
{
    stop();
    m_sender = std::move(sender);
    m_total = count;
    m_sent = 0;
    m_busy = 0;
    m_running = true;
    emit progress(0, m_total);
    if (m_total == 0) {
        finish(false);
        return;
    }
    m_timer.setInterval(0);
    m_timer.start();
}

void UdpBurst::stop()
{
    if (m_running)
        finish(true);
}

void UdpBurst::step()
{
    QElapsedTimer clock;
    clock.start();
    int inChunk = 0;
    while (m_running && m_sent < m_total) {
        const Outcome outcome = m_sender(m_sent + 1);
        if (!m_running)
            return; // the sender stopped us (or an error handler did)
        if (outcome == Outcome::Failed) {
            emit progress(m_sent, m_total);
            finish(true);
            return;
        }
        if (outcome == Outcome::Busy) {
            // Give the system a millisecond to empty its queue, then try the same one again.
            ++m_busy;
            m_timer.setInterval(1);
            break;
        }
        ++m_sent;
        m_timer.setInterval(0);
        if (++inChunk >= chunkDatagrams || ((inChunk & 63) == 0 && clock.elapsed() >= chunkMs))
            break;
    }
    if (!m_running)
        return;
    emit progress(m_sent, m_total);
    if (m_sent >= m_total)
        finish(false);
}

void UdpBurst::finish(bool stopped)
{
    m_timer.stop();
    m_running = false;
    emit finished(m_sent, m_total, stopped);
}

} // namespace swb::net
