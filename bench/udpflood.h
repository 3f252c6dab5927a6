#pragma once

// The parts of the UDP flood benchmark that are not the workbench: the flood
// itself (a plain POSIX sender), and what /proc says about a process or a
// socket. See bench_udp_flood.cpp.
#include <QString>

#include <atomic>
#include <optional>
#include <utility>

namespace swb::bench {

struct Phase
{
    const char *name;
    quint64 count;
    int ratePerSecond; // 0: as fast as possible
};

constexpr Phase Phases[] = {{"flood, full speed", 1000000, 0},
                            {"paced, 50,000/s for 10 s", 500000, 50000}};
constexpr int PayloadBytes = 64;
constexpr qint64 SettleLimitMs = 60000;

struct Result
{
    bool ran = false;
    QString why;          // when it did not run
    quint64 sent = 0;
    qint64 drops = 0;
    qint64 counted = -1;  // -1: the app does not tell
    double stallMs = -1;  // -1: not measurable from outside
    double stallCpuMs = -1; // of the longest stall, the time the GUI thread was on the CPU
    double drainMs = 0;   // from the sender's last datagram to an empty receive queue
    double cpuSeconds = 0;
    qint64 peakRssKb = 0;
    int receiveBufferKb = 0;
};

double now();       // CLOCK_MONOTONIC, seconds
double threadCpu(); // this thread's CPU time, seconds

// The sender: a plain blocking socket, connected, one send() per datagram, of
// text like the notes' datagrams ("datagram 0000123 xxxx..."). Paced mode
// sends rate/1000 datagrams every millisecond on absolute deadlines. Bounded
// by the count and by two minutes.
void sendFlood(quint16 port, const Phase &phase, std::atomic<quint64> *sent, std::atomic<bool> *done);

// A "Key:   123 kB" line of /proc/<pid>/status, in kB.
qint64 statusKb(const QString &path, const char *key);
// utime + stime of a process, seconds.
double processCpu(qint64 pid);
// The /proc/net/udp line of a socket bound to 127.0.0.1:port: (drops, bytes queued).
std::optional<std::pair<qint64, qint64>> udpLine(quint16 port);

} // namespace swb::bench
