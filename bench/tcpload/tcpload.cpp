// tcpload: a loopback TCP load generator for the benchmarks (no Qt, plain
// POSIX sockets and epoll), so that the client side costs the same whatever
// server it measures.
//
//   tcpload fanin  --port P [--clients 1000] [--lines 100] [--expect prefix|echo|fixed]
//                  [--prefix "received: "] [--fixed TEXT] [--deadline-s 120] ...
//   tcpload stream --port P [--bytes 1073741824] [--block 65536] [--deadline-s 120]
//
// fanin: N persistent connections opened at once; each sends one line, reads
// until the whole reply for that line is there, checks it byte for byte, and
// sends the next. Connections stay open until every client is done.
// stream: one connection sends BYTES in blocks while reading the echo at the
// same time (both directions polled, so neither side can deadlock) and checks
// every byte.
// Every wait is bounded: connect, each reply, and the whole run.
// The last line of output is machine-readable: "RESULT <mode> key=value ...".
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start, Clock::time_point now)
{
    return std::chrono::duration<double, std::milli>(now - start).count();
}

struct Options
{
    std::string mode;
    std::string host = "127.0.0.1";
    int port = 0;
    int clients = 1000;
    int lines = 100;
    std::string expect = "prefix";
    std::string prefix = "received: ";
    std::string fixed = "received\n";
    int connectTimeoutMs = 10000;
    int replyTimeoutMs = 10000;
    int deadlineS = 120;
    long long bytes = 1LL << 30;
    int block = 64 * 1024;
};

[[noreturn]] void usage(const char *why)
{
    std::fprintf(stderr,
                 "tcpload: %s\n"
                 "usage: tcpload fanin --port P [--host 127.0.0.1] [--clients N] [--lines L]\n"
                 "                     [--expect prefix|echo|fixed] [--prefix TEXT] [--fixed TEXT]\n"
                 "                     [--connect-timeout-ms MS] [--reply-timeout-ms MS]\n"
                 "                     [--deadline-s S]\n"
                 "       tcpload stream --port P [--bytes N] [--block N] [--deadline-s S]\n",
                 why);
    std::exit(2);
}

// "\n" in --fixed/--prefix means a line feed, so the shell need not quote one.
std::string unescape(const std::string &text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            const char c = text[++i];
            out += c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
        } else {
            out += text[i];
        }
    }
    return out;
}

Options parse(int argc, char **argv)
{
    if (argc < 2)
        usage("no mode given");
    Options o;
    o.mode = argv[1];
    if (o.mode != "fanin" && o.mode != "stream")
        usage("mode must be fanin or stream");
    for (int i = 2; i < argc; ++i) {
        const std::string key = argv[i];
        if (i + 1 >= argc)
            usage(("missing value after " + key).c_str());
        const std::string value = argv[++i];
        const auto number = [&]() { return std::strtoll(value.c_str(), nullptr, 10); };
        if (key == "--host") o.host = value;
        else if (key == "--port") o.port = int(number());
        else if (key == "--clients") o.clients = int(number());
        else if (key == "--lines") o.lines = int(number());
        else if (key == "--expect") o.expect = value;
        else if (key == "--prefix") o.prefix = unescape(value);
        else if (key == "--fixed") o.fixed = unescape(value);
        else if (key == "--connect-timeout-ms") o.connectTimeoutMs = int(number());
        else if (key == "--reply-timeout-ms") o.replyTimeoutMs = int(number());
        else if (key == "--deadline-s") o.deadlineS = int(number());
        else if (key == "--bytes") o.bytes = number();
        else if (key == "--block") o.block = int(number());
        else usage(("unknown option " + key).c_str());
    }
    if (o.port <= 0 || o.port > 65535)
        usage("--port is required");
    if (o.expect != "prefix" && o.expect != "echo" && o.expect != "fixed")
        usage("--expect must be prefix, echo or fixed");
    if (o.clients < 1 || o.lines < 1 || o.block < 1 || o.bytes < 1 || o.deadlineS < 1)
        usage("counts must be positive");
    return o;
}

// Enough descriptors for every client plus a few; the soft limit is often 1024.
void raiseFileLimit(int needed)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    if (limit.rlim_cur >= rlim_t(needed))
        return;
    const rlim_t wanted = limit.rlim_max == RLIM_INFINITY ? rlim_t(needed)
                                                          : std::min(rlim_t(needed), limit.rlim_max);
    limit.rlim_cur = wanted;
    if (setrlimit(RLIMIT_NOFILE, &limit) != 0 || wanted < rlim_t(needed))
        std::fprintf(stderr, "tcpload: warning: could only raise the descriptor limit to %llu\n",
                     (unsigned long long)wanted);
}

sockaddr_in address(const Options &o)
{
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_port = htons(uint16_t(o.port));
    if (inet_pton(AF_INET, o.host.c_str(), &sin.sin_addr) != 1)
        usage("--host must be an IPv4 address");
    return sin;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values[index];
}

// ---------------------------------------------------------------- fan-in

enum class State { NotStarted, Connecting, Waiting, Done, Failed };

struct Client
{
    int fd = -1;
    State state = State::NotStarted;
    int line = 0;
    std::string expected;  // the whole reply for the current line
    size_t matched = 0;    // bytes of it received so far
    Clock::time_point connectStart;
    Clock::time_point sentAt;
};

struct FaninStats
{
    std::vector<double> connectMs;
    std::vector<double> replyMs;
    long long repliesOk = 0;
    int connected = 0;
    int connectFailed = 0;
    int connectTimeouts = 0;
    int mismatches = 0;
    int closedEarly = 0;
    int replyTimeouts = 0;
    int deadlineHit = 0;
    std::string firstError;
};

std::string lineFor(int client, int line)
{
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "client %04d line %03d abcdefghijklmnopqrstuvwxyz\n",
                  client, line);
    return buffer;
}

std::string replyFor(const Options &o, const std::string &line)
{
    if (o.expect == "prefix")
        return o.prefix + line;
    if (o.expect == "fixed")
        return o.fixed;
    return line;
}

void fail(FaninStats &stats, Client &c, int epfd, const std::string &why)
{
    if (stats.firstError.empty())
        stats.firstError = why;
    c.state = State::Failed;
    if (c.fd >= 0) {
        epoll_ctl(epfd, EPOLL_CTL_DEL, c.fd, nullptr);
        ::close(c.fd);
        c.fd = -1;
    }
}

// Sends the current line; small enough for the socket buffer of a fresh,
// idle connection, so a short write is an error.
bool sendLine(const Options &o, Client &c, int index, FaninStats &stats, int epfd)
{
    const std::string line = lineFor(index, c.line);
    c.expected = replyFor(o, line);
    c.matched = 0;
    c.sentAt = Clock::now();
    const ssize_t n = ::send(c.fd, line.data(), line.size(), MSG_NOSIGNAL);
    if (n != ssize_t(line.size())) {
        fail(stats, c, epfd, std::string("send: ") + (n < 0 ? std::strerror(errno) : "short write"));
        return false;
    }
    return true;
}

int runFanin(const Options &o)
{
    raiseFileLimit(o.clients + 64);
    const sockaddr_in sin = address(o);
    const int epfd = epoll_create1(EPOLL_CLOEXEC);
    std::vector<Client> clients(size_t(o.clients));
    FaninStats stats;
    stats.connectMs.reserve(clients.size());
    stats.replyMs.reserve(size_t(o.clients) * size_t(o.lines));
    const Clock::time_point start = Clock::now();
    const Clock::time_point deadline = start + std::chrono::seconds(o.deadlineS);
    int active = 0;
    std::vector<epoll_event> events(1024);
    std::vector<char> buffer(64 * 1024);
    Clock::time_point lastSweep = start;
    // One pass over ready sockets: connects completing, replies arriving, timeouts.
    const auto pump = [&](int timeoutMs) -> bool {
        const int n = epoll_wait(epfd, events.data(), int(events.size()), timeoutMs);
        if (n < 0 && errno != EINTR) {
            std::perror("epoll_wait");
            return false;
        }
        const Clock::time_point now = Clock::now();
        for (int k = 0; k < n; ++k) {
            const int index = int(events[size_t(k)].data.u32);
            Client &c = clients[size_t(index)];
            if (c.state == State::Connecting) {
                int error = 0;
                socklen_t length = sizeof error;
                getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &error, &length);
                if (error != 0) {
                    ++stats.connectFailed;
                    --active;
                    fail(stats, c, epfd, std::string("connect: ") + std::strerror(error));
                    continue;
                }
                stats.connectMs.push_back(msSince(c.connectStart, now));
                ++stats.connected;
                c.state = State::Waiting;
                epoll_event ev{};
                ev.events = EPOLLIN | EPOLLRDHUP;
                ev.data.u32 = uint32_t(index);
                epoll_ctl(epfd, EPOLL_CTL_MOD, c.fd, &ev);
                if (!sendLine(o, c, index, stats, epfd))
                    --active;
                continue;
            }
            if (c.state != State::Waiting)
                continue;
            for (;;) {
                const ssize_t got = ::recv(c.fd, buffer.data(), buffer.size(), 0);
                if (got < 0) {
                    if (errno == EAGAIN || errno == EWOULDBLOCK)
                        break;
                    if (errno == EINTR)
                        continue;
                    ++stats.closedEarly;
                    --active;
                    fail(stats, c, epfd, std::string("recv: ") + std::strerror(errno));
                    break;
                }
                if (got == 0) {
                    ++stats.closedEarly;
                    --active;
                    fail(stats, c, epfd, "the server closed the connection before the last reply");
                    break;
                }
                const size_t size = size_t(got);
                if (c.matched + size > c.expected.size()
                    || std::memcmp(buffer.data(), c.expected.data() + c.matched, size) != 0) {
                    ++stats.mismatches;
                    --active;
                    fail(stats, c, epfd,
                         "reply differs from \"" + c.expected.substr(0, c.expected.size() - 1)
                             + "\\n\": got \""
                             + std::string(buffer.data(), std::min<size_t>(size, 60)) + "\"");
                    break;
                }
                c.matched += size;
                if (c.matched < c.expected.size())
                    continue;
                const Clock::time_point replied = Clock::now();
                stats.replyMs.push_back(msSince(c.sentAt, replied));
                ++stats.repliesOk;
                if (++c.line == o.lines) {
                    c.state = State::Done; // stays open: the crowd stays concurrent
                    --active;
                    break;
                }
                if (!sendLine(o, c, index, stats, epfd)) {
                    --active;
                    break;
                }
            }
        }
        // Per-wait timeouts, checked a few times a second.
        if (msSince(lastSweep, now) >= 100) {
            lastSweep = now;
            for (Client &c : clients) {
                if (c.state == State::Connecting
                    && msSince(c.connectStart, now) > o.connectTimeoutMs) {
                    ++stats.connectTimeouts;
                    --active;
                    fail(stats, c, epfd, "connect timed out");
                } else if (c.state == State::Waiting && msSince(c.sentAt, now) > o.replyTimeoutMs) {
                    ++stats.replyTimeouts;
                    --active;
                    fail(stats, c, epfd, "no complete reply in time");
                }
            }
        }
        return true;
    };

    // Every client starts at once, as a crowd would: no pacing of connect().
    for (int i = 0; i < o.clients; ++i) {
        Client &c = clients[size_t(i)];
        c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (c.fd < 0) {
            fail(stats, c, epfd, std::string("socket: ") + std::strerror(errno));
            ++stats.connectFailed;
            continue;
        }
        const int one = 1;
        setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        c.connectStart = Clock::now();
        c.state = State::Connecting;
        const int rc = ::connect(c.fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin);
        if (rc != 0 && errno != EINPROGRESS) {
            fail(stats, c, epfd, std::string("connect: ") + std::strerror(errno));
            ++stats.connectFailed;
            continue;
        }
        epoll_event ev{};
        ev.events = EPOLLOUT;
        ev.data.u32 = uint32_t(i);
        epoll_ctl(epfd, EPOLL_CTL_ADD, c.fd, &ev);
        ++active;
        // Look at completions between two connect() calls, so that a connection
        // is not charged for the time it takes us to start the others.
        if (!pump(0))
            return 1;
    }

    while (active > 0) {
        const Clock::time_point now0 = Clock::now();
        if (now0 >= deadline) {
            for (Client &c : clients) {
                if (c.state == State::Connecting || c.state == State::Waiting) {
                    ++stats.deadlineHit;
                    fail(stats, c, epfd, "overall deadline reached");
                }
            }
            break;
        }
        if (!pump(50))
            return 1;
    }
    const double totalS = msSince(start, Clock::now()) / 1000.0;
    int openAtEnd = 0;
    for (Client &c : clients) {
        if (c.fd >= 0) {
            ++openAtEnd;
            ::close(c.fd);
        }
    }
    ::close(epfd);

    const long long expected = (long long)o.clients * o.lines;
    const double cp50 = percentile(stats.connectMs, 50), cp95 = percentile(stats.connectMs, 95);
    const double cmax = stats.connectMs.empty()
        ? 0
        : *std::max_element(stats.connectMs.begin(), stats.connectMs.end());
    const double rp50 = percentile(stats.replyMs, 50), rp99 = percentile(stats.replyMs, 99);
    const double rmax = stats.replyMs.empty()
        ? 0
        : *std::max_element(stats.replyMs.begin(), stats.replyMs.end());
    std::printf("  clients connected: %d of %d (refused/failed %d, timed out %d)\n", stats.connected,
                o.clients, stats.connectFailed, stats.connectTimeouts);
    std::printf("  replies correct: %lld of %lld (mismatched %d, closed early %d, reply timeouts "
                "%d, cut by deadline %d)\n",
                stats.repliesOk, expected, stats.mismatches, stats.closedEarly, stats.replyTimeouts,
                stats.deadlineHit);
    std::printf("  connect ms: p50 %.2f, p95 %.2f, max %.2f\n", cp50, cp95, cmax);
    std::printf("  reply ms: p50 %.2f, p99 %.2f, max %.2f\n", rp50, rp99, rmax);
    std::printf("  total %.2f s, %.0f replies/s, %d connections open at the end\n", totalS,
                double(stats.repliesOk) / totalS, openAtEnd);
    if (!stats.firstError.empty())
        std::printf("  first error: %s\n", stats.firstError.c_str());
    std::printf("RESULT fanin clients=%d connected=%d replies_ok=%lld replies_expected=%lld "
                "connect_p50_ms=%.3f connect_p95_ms=%.3f connect_max_ms=%.3f reply_p50_ms=%.3f "
                "reply_p99_ms=%.3f reply_max_ms=%.3f total_s=%.3f open_at_end=%d\n",
                o.clients, stats.connected, stats.repliesOk, expected, cp50, cp95, cmax, rp50, rp99,
                rmax, totalS, openAtEnd);
    std::fflush(stdout);
    return stats.repliesOk == expected ? 0 : 1;
}

// ---------------------------------------------------------------- stream

// A pattern of prime length, so consecutive blocks never line up with it and a
// dropped, repeated or reordered block shows as a mismatch.
constexpr size_t patternLength = 65521;

std::vector<unsigned char> makePattern()
{
    std::vector<unsigned char> pattern(patternLength * 2);
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < patternLength; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        pattern[i] = (unsigned char)(x >> 24);
    }
    // A second copy, so any window of up to patternLength bytes is contiguous.
    std::memcpy(pattern.data() + patternLength, pattern.data(), patternLength);
    return pattern;
}

int runStream(const Options &o)
{
    const sockaddr_in sin = address(o);
    const std::vector<unsigned char> pattern = makePattern();
    const size_t block = std::min<size_t>(size_t(o.block), patternLength);
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const Clock::time_point start = Clock::now();
    // A blocking connect, bounded by the send timeout.
    timeval tv{o.deadlineS, 0};
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) != 0) {
        std::printf("  connect failed: %s\n", std::strerror(errno));
        std::printf("RESULT stream ok=0 bytes_sent=0 bytes_received=0 mb_per_s=0 seconds=0\n");
        return 1;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    const Clock::time_point deadline = start + std::chrono::seconds(o.deadlineS);
    long long sent = 0, received = 0;
    std::vector<unsigned char> in(256 * 1024);
    bool mismatch = false, closed = false, timedOut = false, sendShut = false;
    const Clock::time_point begin = Clock::now();
    int epfd = epoll_create1(EPOLL_CLOEXEC);
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLOUT;
    epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
    while (received < o.bytes && !mismatch && !closed) {
        if (Clock::now() >= deadline) {
            timedOut = true;
            break;
        }
        epoll_event got{};
        const int n = epoll_wait(epfd, &got, 1, 200);
        if (n <= 0)
            continue;
        if ((got.events & EPOLLOUT) && sent < o.bytes) {
            for (;;) {
                const size_t want = size_t(std::min<long long>(o.bytes - sent, (long long)block));
                const ssize_t w = ::send(fd, pattern.data() + size_t(sent % (long long)patternLength),
                                         want, MSG_NOSIGNAL);
                if (w <= 0)
                    break;
                sent += w;
                if (sent == o.bytes)
                    break;
            }
            if (sent == o.bytes && !sendShut) {
                sendShut = true; // reading only from now on
                ev.events = EPOLLIN;
                epoll_ctl(epfd, EPOLL_CTL_MOD, fd, &ev);
            }
        }
        if (got.events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
            for (;;) {
                const ssize_t r = ::recv(fd, in.data(), in.size(), 0);
                if (r < 0)
                    break;
                if (r == 0) {
                    closed = true;
                    break;
                }
                size_t offset = 0;
                while (offset < size_t(r)) {
                    const size_t at = size_t(received % (long long)patternLength);
                    const size_t chunk = std::min(size_t(r) - offset, patternLength - at);
                    if (std::memcmp(in.data() + offset, pattern.data() + at, chunk) != 0)
                        mismatch = true;
                    offset += chunk;
                    received += (long long)chunk;
                }
                if (mismatch || received > o.bytes)
                    break;
            }
        }
    }
    const double seconds = msSince(begin, Clock::now()) / 1000.0;
    ::close(epfd);
    ::close(fd);
    const bool ok = !mismatch && received == o.bytes && sent == o.bytes;
    const double mbps = double(received) / (1024.0 * 1024.0) / seconds;
    std::printf("  sent %lld, echoed back %lld of %lld bytes%s%s%s%s\n", sent, received, o.bytes,
                mismatch ? ", MISMATCH" : "", closed ? ", closed early" : "",
                timedOut ? ", deadline reached" : "", ok ? ", every byte correct" : "");
    std::printf("  %.2f s, %.1f MiB/s (every byte compared with what was sent)\n", seconds, mbps);
    std::printf("RESULT stream ok=%d bytes_sent=%lld bytes_received=%lld mb_per_s=%.2f "
                "seconds=%.3f\n",
                ok ? 1 : 0, sent, received, mbps, seconds);
    std::fflush(stdout);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    const Options o = parse(argc, argv);
    return o.mode == "fanin" ? runFanin(o) : runStream(o);
}
