#include "bench/udpflood.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

namespace swb::bench {

double now()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double threadCpu()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

void sendFlood(quint16 port, const Phase &phase, std::atomic<quint64> *sent, std::atomic<bool> *done)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
        done->store(true);
        return;
    }
    // Text, like the notes' datagrams: "datagram 123456 xxxx...".
    char payload[PayloadBytes];
    std::memset(payload, 'x', sizeof payload);
    quint64 n = 0;
    const auto sendOne = [&] {
        std::snprintf(payload, sizeof payload, "datagram %07llu ", (unsigned long long)n);
        payload[std::strlen(payload)] = 'x';
        if (::send(fd, payload, sizeof payload, 0) == PayloadBytes)
            ++n;
        else if (errno != ENOBUFS && errno != EAGAIN && errno != EINTR)
            return false; // ECONNREFUSED: nobody listens any more
        return true;
    };
    const double deadline = now() + 120; // a bound, whatever happens
    if (phase.ratePerSecond == 0) {
        while (n < phase.count && now() < deadline) {
            if (!sendOne())
                break;
            if ((n & 1023) == 0)
                sent->store(n);
        }
    } else {
        const int perTick = std::max(1, phase.ratePerSecond / 1000);
        timespec tick{};
        clock_gettime(CLOCK_MONOTONIC, &tick);
        while (n < phase.count && now() < deadline) {
            for (int i = 0; i < perTick && n < phase.count; ++i) {
                if (!sendOne())
                    break;
            }
            sent->store(n);
            tick.tv_nsec += 1000000;
            if (tick.tv_nsec >= 1000000000) {
                tick.tv_nsec -= 1000000000;
                ++tick.tv_sec;
            }
            clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &tick, nullptr);
        }
    }
    sent->store(n);
    ::close(fd);
    done->store(true);
}

qint64 statusKb(const QString &path, const char *key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(std::strlen(key))).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

double processCpu(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat(5) (utime, stime) are 11 and 12 after the name.
    return fields.size() > 12
        ? double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK))
        : 0;
}

// The /proc/net/udp line of a socket bound to 127.0.0.1:port: (drops, bytes queued).
std::optional<std::pair<qint64, qint64>> udpLine(quint16 port)
{
    QFile file(QStringLiteral("/proc/net/udp"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray local = QByteArray("0100007F:") + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 13 && f.at(1) == local)
            return std::make_pair(f.at(12).toLongLong(), f.at(4).mid(f.at(4).indexOf(':') + 1).toLongLong(nullptr, 16));
    }
    return std::nullopt;
}

} // namespace swb::bench
