#pragma once

#include <QObject>
#include <QTimer>

namespace swb::net {

// Fires every interval, a given number of times (0 = until stopped): the notes'
// "send the time every second" loop without a blocking sleep.
class AutoSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoSender)
public:
    explicit AutoSender(QObject *parent = nullptr);

    void start(int intervalMs, int count);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    int firedCount() const { return m_fired; }

signals:
    // counter starts at 1. The receiver sends; if it cannot, it calls stop().
    void fire(quint64 counter);
    void runningChanged(bool running);

private:
    void onTimeout();

    QTimer m_timer;
    int m_fired = 0;
    int m_limit = 0;
};

} // namespace swb::net
