// UDP flood: can the workbench count every datagram the kernel hands it
// without freezing the window? A sender thread floods a UDP panel on loopback
// with plain POSIX sendto(): 1,000,000 datagrams of 64 bytes at full speed,
// then 50,000 a second for 10 s. The panel runs as in the app (UdpPanel with
// its peer list and log, and the live TrafficView). Prints, per phase: sent,
// delivered by the kernel (sent - kernel drops), counted by the app, kernel
// drops, the longest stall of the GUI event loop (a 5 ms timer measuring its
// own lateness), peak RSS and CPU time. Where Packet Sender is installed, the
// same floods go to it (its GUI on Qt's offscreen platform) for comparison.
// Bounded: every loop stops by count and by time. Loopback only.
#include "models/trafficmodel.h"
#include "net/udp/udpendpoint.h"
#include "widgets/traffic/trafficview.h"
#include "widgets/udp/udppanel.h"

#include "bench/packetsenderrun.h"
#include "bench/udpflood.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHBoxLayout>
#include <QLocale>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <thread>

using namespace swb::bench;

namespace {

// Measures how late a 5 ms timer fires: the longest time the event loop did
// not come round. It also notes how much of that time the GUI thread spent on
// the CPU: little means the thread was waiting for a CPU (a busy machine),
// much means the app itself was busy.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double t = now();
            const double cpu = threadCpu();
            const double late = (t - m_last) * 1000.0 - 5.0;
            if (late > m_longest) {
                m_longest = late;
                m_longestCpu = (cpu - m_lastCpu) * 1000.0;
            }
            m_last = t;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_longest = 0;
        m_longestCpu = 0;
        m_last = now();
        m_lastCpu = threadCpu();
        m_timer.start();
    }
    double stop() { m_timer.stop(); return std::max(0.0, m_longest); }
    double longestOnCpu() const { return m_longestCpu; }

private:
    QTimer m_timer;
    double m_last = 0;
    double m_lastCpu = 0;
    double m_longest = 0;
    double m_longestCpu = 0;
};

// Runs the event loop, as the app does, until `finished` says so (checked
// every 50 ms) or the time runs out.
void runUntil(const std::function<bool()> &finished, qint64 limitMs)
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QTimer check;
    check.setInterval(50);
    QObject::connect(&check, &QTimer::timeout, [&] {
        if (finished() || clock.elapsed() > limitMs)
            loop.quit();
    });
    check.start();
    loop.exec();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
        : QStringLiteral("?");
}

Result runWorkbench(const Phase &phase)
{
    Result r;
    swb::models::TrafficModel model;
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *panel = new swb::widgets::UdpPanel(1, &model, &window);
    layout->addWidget(panel);
    // --no-view leaves the traffic table out, to see what it costs.
    if (!QCoreApplication::arguments().contains(QStringLiteral("--no-view")))
        layout->addWidget(new swb::widgets::TrafficView(&model, &window), 2);
    window.resize(1600, 900);
    window.show();
    // --length-log: the udp-length lesson's server, a log line per datagram.
    if (QCoreApplication::arguments().contains(QStringLiteral("--length-log"))) {
        swb::course::PanelConfig config = panel->config();
        config.udp().behaviour.reportLength = true;
        panel->applyConfig(config);
    }
    if (!panel->bindSocket()) {
        r.why = panel->statusText();
        return r;
    }
    swb::net::UdpEndpoint *endpoint = panel->endpoint();
    const quint16 port = endpoint->localPort();
    r.receiveBufferKb = endpoint->receiveBufferSize() / 1024;
    // Warm up: the first rows load fonts and lay out the window once; that is
    // start-up, not flood, so it happens before the clock starts.
    for (int i = 0; i < 20; ++i)
        endpoint->sendTo(QHostAddress(QHostAddress::LocalHost), port, "warm-up datagram xxxxxxxx");
    runUntil([&] { return model.counters(1).rxMessages >= 20; }, 5000);
    QElapsedTimer settle;
    settle.start();
    runUntil([&] { return settle.elapsed() > 300; }, 1000);
    model.clear();

    StallMeter meter;
    std::atomic<quint64> sent{0};
    std::atomic<bool> done{false};
    const double cpu0 = threadCpu();
    meter.start();
    std::thread sender(sendFlood, port, phase, &sent, &done);
    const auto drops = [&] { return endpoint->kernelStats().value_or(swb::net::UdpSocketStats{}).drops; };
    const auto counted = [&] { return model.counters(1).rxMessages; };
    runUntil([&] { return done.load(); }, 150000);
    const double sentAt = now();
    // Then until everything the kernel kept has been counted (or nothing moves for 2 s).
    qint64 last = -1;
    QElapsedTimer still;
    still.start();
    runUntil([&] {
        const qint64 c = counted();
        if (c != last) {
            last = c;
            still.restart();
        }
        return quint64(c + drops()) >= sent.load() || still.elapsed() > 2000;
    }, SettleLimitMs);
    r.drainMs = (now() - sentAt) * 1000.0;
    r.stallMs = meter.stop();
    r.stallCpuMs = meter.longestOnCpu();
    r.cpuSeconds = threadCpu() - cpu0;
    sender.join();
    model.flush();
    QCoreApplication::processEvents();
    r.sent = sent.load();
    r.drops = drops();
    r.counted = counted();
    r.peakRssKb = statusKb(QStringLiteral("/proc/self/status"), "VmHWM:");
    r.ran = true;
    panel->shutdown();
    return r;
}

quint16 freePort()
{
    swb::net::UdpEndpoint probe;
    probe.bind(QStringLiteral("127.0.0.1"), 0, false);
    return probe.localPort();
}

QString figure(qint64 value)
{
    return value < 0 ? QStringLiteral("n/a") : QLocale::system().toString(value);
}

void print(const char *phase, const Result &ours, const Result &theirs)
{
    const auto row = [](const char *label, const QString &a, const QString &b) {
        std::printf("  %-34s %22s %22s\n", label, qPrintable(a), qPrintable(b));
    };
    const auto ms = [](double v) { return v < 0 ? QStringLiteral("n/a") : QString::number(v, 'f', 1) + QStringLiteral(" ms"); };
    std::printf("\n%s\n", phase);
    row("", QStringLiteral("Socket Workbench"), QStringLiteral("Packet Sender"));
    if (!theirs.ran)
        std::printf("  (Packet Sender: %s)\n", qPrintable(theirs.why));
    const auto both = [&](const char *label, auto get) {
        row(label, get(ours), theirs.ran ? get(theirs) : QStringLiteral("-"));
    };
    both("datagrams sent", [](const Result &r) { return figure(qint64(r.sent)); });
    both("delivered by the kernel", [](const Result &r) { return figure(qint64(r.sent) - r.drops); });
    both("counted by the app", [](const Result &r) { return figure(r.counted); });
    both("kernel drops", [](const Result &r) { return figure(r.drops); });
    both("longest GUI stall", [&](const Result &r) { return ms(r.stallMs); });
    both("  of it on the CPU (rest: waiting)", [&](const Result &r) { return ms(r.stallCpuMs); });
    both("drain after the last datagram", [&](const Result &r) { return ms(r.drainMs); });
    both("CPU time (receiving thread/process)", [](const Result &r) { return QString::number(r.cpuSeconds, 'f', 2) + QStringLiteral(" s"); });
    both("peak RSS", [](const Result &r) { return figure(r.peakRssKb / 1024) + QStringLiteral(" MiB"); });
    if (ours.ran && ours.counted >= 0 && ours.counted != qint64(ours.sent) - ours.drops)
        std::printf("  ! the app counted %lld of the %lld datagrams the kernel delivered\n",
                    (long long)ours.counted, (long long)(qint64(ours.sent) - ours.drops));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    std::printf("UDP flood on loopback, %d-byte datagrams (the receiver: a UDP panel with the live "
                "traffic table)\n", PayloadBytes);
    // Figures depend on what else runs: a busy machine starves the receiver.
    std::printf("load average before: %s (CPUs: %d)\n", qPrintable(loadAverage()),
                QThread::idealThreadCount());
    // --only-workbench skips Packet Sender; --phase N runs one phase (for profiling).
    const QStringList args = QCoreApplication::arguments();
    const int only = args.contains(QStringLiteral("--phase"))
        ? args.value(args.indexOf(QStringLiteral("--phase")) + 1).toInt()
        : -1;
    PacketSender packetSender;
    const QString psProblem = args.contains(QStringLiteral("--only-workbench"))
        ? QStringLiteral("skipped (--only-workbench)")
        : packetSender.start(freePort());
    for (const Phase &phase : Phases) {
        if (only >= 0 && &phase != &Phases[only])
            continue;
        const Result ours = runWorkbench(phase);
        if (!ours.ran) {
            std::printf("%s: the workbench could not bind: %s\n", phase.name, qPrintable(ours.why));
            return 1;
        }
        Result theirs;
        if (psProblem.isEmpty())
            theirs = packetSender.run(phase);
        else
            theirs.why = psProblem;
        std::printf("receive buffer: %d KiB (Socket Workbench)\n", ours.receiveBufferKb);
        print(phase.name, ours, theirs);
    }
    packetSender.stop();
    std::printf("\nload average after: %s\n", qPrintable(loadAverage()));
    std::printf("\nPacket Sender shows no count of what it received outside its window, so only "
                "the kernel's side of it is measured; its GUI ran on Qt's offscreen platform.\n");
    return 0;
}
