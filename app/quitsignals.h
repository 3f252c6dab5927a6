#pragma once

#include <QObject>

class QSocketNotifier;

namespace swb::app {

// SIGTERM, SIGINT and SIGHUP end the app the way File > Quit does: the windows
// close, sockets close, a recording is completed and the recovery files go, so
// the next start reports no crash. A signal handler may only do
// async-signal-safe things, so it writes the signal's number to one end of a
// socket pair; a QSocketNotifier on the other end hands it to the event loop.
// The handlers reset themselves (SA_RESETHAND): a second signal, sent because
// the first close hangs, ends the app at once.
class QuitSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitSignals)
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

    // Whether the handlers are installed (false: the socket pair or sigaction failed).
    bool isInstalled() const { return m_notifier != nullptr; }

signals:
    // In the event loop, never in the handler.
    void quitRequested(int signalNumber);

private:
    void readSignal();
    static void handle(int signalNumber);

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace swb::app
