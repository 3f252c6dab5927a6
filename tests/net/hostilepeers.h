#pragma once

// Helpers shared by the hostile-peer tests (tst_hostilestream,
// tst_hostileaccept): raw blocking or non-blocking loopback clients that Qt
// does not buffer for us, RSS and descriptor counts, and a scoped RLIMIT_NOFILE.

#include "tests/net/nettesting.h"

#include "net/reply/serverbehaviour.h"
#include "net/traffic/trafficsink.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace hostile {

using swb::net::EventKind;
using swb::net::TrafficEvent;

constexpr int timeoutMs = 10000;

struct CountingSink final : swb::net::TrafficSink
{
    QList<TrafficEvent> events; // payload-free copies
    void record(TrafficEvent event) override
    {
        event.data.clear();
        events.append(std::move(event));
    }
    int count(EventKind kind) const
    {
        return int(std::count_if(events.cbegin(), events.cend(),
                                 [kind](const TrafficEvent &e) { return e.kind == kind; }));
    }
};

using swb::tests::withReply;

// kB figures from /proc/self/status ("VmRSS:   12345 kB").
inline qint64 statusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline int rawConnect(quint16 port, bool blocking)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | (blocking ? 0 : SOCK_NONBLOCK), 0);
    if (fd < 0)
        return -1;
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_port = htons(port);
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&sin), sizeof sin) != 0 && errno != EINPROGRESS) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// A blocking AF_UNIX client of the socket file at path.
inline int rawLocalConnect(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_un sun{};
    sun.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    if (size_t(native.size()) >= sizeof sun.sun_path) {
        ::close(fd);
        return -1;
    }
    std::memcpy(sun.sun_path, native.constData(), size_t(native.size()));
    if (::connect(fd, reinterpret_cast<sockaddr *>(&sun), sizeof sun) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

inline void hardClose(int fd)
{
    const linger hard{1, 0}; // close() now sends an RST
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    ::close(fd);
}

// Reads what a non-blocking raw socket has, while the server's event loop runs.
inline QByteArray drain(int fd)
{
    QByteArray out;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n <= 0)
            break;
        out.append(buffer, n);
    }
    return out;
}

inline bool echoWorks(quint16 port, const QByteArray &expected = "received: still serving")
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write("still serving");
    QElapsedTimer timer;
    timer.start();
    while (received != expected && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    return received == expected;
}

inline qint64 envBytes(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

inline int openDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::System).size());
}

struct SoftLimit
{
    rlimit saved{};
    SoftLimit() { ::getrlimit(RLIMIT_NOFILE, &saved); }
    ~SoftLimit() { ::setrlimit(RLIMIT_NOFILE, &saved); }
    bool set(rlim_t soft)
    {
        rlimit wanted = saved;
        wanted.rlim_cur = soft;
        return ::setrlimit(RLIMIT_NOFILE, &wanted) == 0;
    }
};


} // namespace hostile
