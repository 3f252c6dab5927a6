// The workbench side of the TCP benchmarks: the app's own MainWindow (panels,
// live traffic table, connection list, capture on) opened on a workspace file,
// exactly as `socket-workbench WORKSPACE.json` builds it, plus what the app
// cannot report about itself: how late a 5 ms timer on the GUI thread fires
// (the longest stall a user would feel) and the process's peak RSS.
//
// Driven over stdin, one command a line, by bench/bench_tcp_*.py:
//   start   resets the stall figures and the peak RSS (load begins)
//   report  prints "STATS key=value ..." (load ended)
//   quit    (or end of input) closes the window and exits
// Prints "READY <port>" once the workspace's server listens, "FAILED <why>" if not.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "models/trafficmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace {

// The soft descriptor limit is often 1024; a thousand clients need more.
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

double processCpuS()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 statusKb(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Writing 5 to clear_refs resets VmHWM (Linux 4.0+), so the peak covers the load only.
void resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

class StallMeter
{
public:
    static constexpr int intervalMs = 5;

    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_lateMs.clear();
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_busyMaxMs = m_worstLate = m_worstBusy = 0;
        m_timer.start();
    }
    // The most GUI-thread CPU time spent between two ticks: the stall an idle machine would show.
    double busyMaxMs() const { return m_busyMaxMs; }
    // GUI-thread CPU time within the longest stall.
    double worstStallBusyMs() const { return m_worstBusy; }
    double maxMs() const
    {
        return m_lateMs.empty() ? 0 : *std::max_element(m_lateMs.begin(), m_lateMs.end());
    }
    double percentile(double p) const
    {
        if (m_lateMs.empty())
            return 0;
        std::vector<double> sorted = m_lateMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())))];
    }
    long over(double ms) const
    {
        return long(std::count_if(m_lateMs.begin(), m_lateMs.end(),
                                  [ms](double late) { return late > ms; }));
    }
    size_t ticks() const { return m_lateMs.size(); }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        const double late = std::max(0.0, double(now - m_last) / 1e6 - intervalMs);
        m_lateMs.push_back(late);
        // On a loaded machine a stall is partly waiting for a core; the GUI
        // thread's own CPU time between two ticks is the part the app causes.
        m_busyMaxMs = std::max(m_busyMaxMs, cpu - m_lastCpu);
        if (late >= m_worstLate) {
            m_worstLate = late;
            m_worstBusy = cpu - m_lastCpu;
        }
        m_last = now;
        m_lastCpu = cpu;
    }
    static double threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_lastCpu = 0;
    double m_busyMaxMs = 0;
    double m_worstLate = 0;
    double m_worstBusy = 0;
    std::vector<double> m_lateMs;
};

} // namespace

int main(int argc, char *argv[])
{
    raiseFileLimit();
    QCoreApplication::setOrganizationName(QStringLiteral("SocketWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("socket-workbench"));
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_workbench_server WORKSPACE.json\n");
        return 2;
    }

    swb::app::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    swb::app::MainWindow window(&languages);
    window.setQuiet(true);
    const QString error = window.openWorkspaceFile(QString::fromLocal8Bit(argv[1])).message();
    window.show();
    QCoreApplication::processEvents();

    swb::models::TrafficModel *traffic = window.traffic();
    traffic->flush();
    QString listening;
    for (int row = 0; row < traffic->rowCount(); ++row) {
        const swb::net::TrafficEvent &e = traffic->event(row);
        if (e.kind == swb::net::EventKind::Listen && listening.isEmpty())
            listening = e.local;
        else if (e.kind == swb::net::EventKind::Error && listening.isEmpty())
            std::printf("FAILED %s\n", qPrintable(e.text));
    }
    if (!error.isEmpty() || listening.isEmpty()) {
        std::printf("FAILED %s\n", qPrintable(error.isEmpty() ? QStringLiteral("no server listens")
                                                             : error));
        return 1;
    }
    std::printf("READY %s\n", qPrintable(listening));
    std::fflush(stdout);

    StallMeter stalls;
    stalls.start();
    qint64 rssBefore = statusKb("VmRSS");
    double cpuBefore = processCpuS();
    QByteArray input;
    QSocketNotifier commands(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&commands, &QSocketNotifier::activated, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            commands.setEnabled(false);
            window.close();
            app.quit();
            return;
        }
        input.append(buffer, n);
        qsizetype end = -1;
        while ((end = input.indexOf('\n')) >= 0) {
            const QByteArray command = input.left(end).trimmed();
            input.remove(0, end + 1);
            if (command == "start") {
                rssBefore = statusKb("VmRSS");
                cpuBefore = processCpuS();
                resetPeakRss();
                stalls.start();
            } else if (command == "report") {
                traffic->flush();
                std::printf("STATS stall_max_ms=%.1f stall_p99_ms=%.2f stalls_over_50ms=%ld "
                            "stalls_over_100ms=%ld ticks=%zu busy_max_ms=%.1f "
                            "worst_stall_busy_ms=%.1f cpu_s=%.2f rss_before_kb=%lld "
                            "peak_rss_kb=%lld rss_kb=%lld table_rows=%d dropped_rows=%lld\n",
                            stalls.maxMs(), stalls.percentile(99), stalls.over(50),
                            stalls.over(100), stalls.ticks(), stalls.busyMaxMs(),
                            stalls.worstStallBusyMs(), processCpuS() - cpuBefore,
                            (long long)rssBefore,
                            (long long)statusKb("VmHWM"), (long long)statusKb("VmRSS"),
                            traffic->rowCount(), (long long)traffic->droppedRows());
                std::fflush(stdout);
            } else if (command == "quit") {
                window.close();
                app.quit();
            }
        }
    });
    return app.exec();
}
