#include "app/quitsignals.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace swb::app {

namespace {

// [0] is written by the handler, [1] read by the notifier. A process has one
// set of signal handlers, so one pair serves the one QuitSignals.
int signalSockets[2] = {-1, -1};

constexpr int handledSignals[] = {SIGTERM, SIGINT, SIGHUP};

} // namespace

QuitSignals::QuitSignals(QObject *parent)
    : QObject(parent)
{
    if (signalSockets[0] >= 0)
        return; // already installed by another instance
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalSockets) != 0) {
        std::fprintf(stderr, "socketpair: %s\n", std::strerror(errno));
        return;
    }
    m_notifier = new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitSignals::readSignal);
    for (const int number : handledSignals) {
        struct sigaction action = {};
        action.sa_handler = &QuitSignals::handle;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART | SA_RESETHAND;
        ::sigaction(number, &action, nullptr);
    }
}

QuitSignals::~QuitSignals()
{
    if (!m_notifier)
        return;
    // Back to the default: a signal after this object is gone must not write to a closed socket.
    for (const int number : handledSignals) {
        struct sigaction action = {};
        action.sa_handler = SIG_DFL;
        sigemptyset(&action.sa_mask);
        ::sigaction(number, &action, nullptr);
    }
    delete m_notifier;
    m_notifier = nullptr;
    ::close(signalSockets[0]);
    ::close(signalSockets[1]);
    signalSockets[0] = signalSockets[1] = -1;
}

void QuitSignals::handle(int signalNumber)
{
    const int saved = errno; // write() may change it under the interrupted code
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[0], &byte, 1);
    errno = saved;
}

void QuitSignals::readSignal()
{
    char byte = 0;
    if (::read(signalSockets[1], &byte, 1) == 1)
        emit quitRequested(int(byte));
}

} // namespace swb::app
