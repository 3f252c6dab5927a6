// Filtering the traffic table: how long a filter takes over 1,000,000 rows,
// and the longest the window stops responding while it does so with traffic
// still arriving and a view attached. Prints figures; bounded by the row count.
#include "models/trafficfilter.h"
#include "models/trafficfiltermodel.h"
#include "models/trafficmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using swb::models::TrafficFilter;
using swb::models::TrafficFilterModel;
using swb::models::TrafficModel;

namespace {

const QString Panels[] = {QStringLiteral("TCP server"), QStringLiteral("UDP"),
                          QStringLiteral("client")};

swb::net::TrafficEvent makeEvent(int i)
{
    swb::net::TrafficEvent e;
    e.timeMs = 1700000000000 + i;
    e.panelId = 1 + i % 3;
    e.panel = Panels[i % 3];
    e.protocol = i % 3 == 1 ? swb::net::Protocol::Udp : swb::net::Protocol::Tcp;
    e.kind = i % 2 ? swb::net::EventKind::Send : swb::net::EventKind::Recv;
    e.local = QStringLiteral("127.0.0.1:8001");
    e.remote = QStringLiteral("127.0.0.1:%1").arg(50000 + i % 16);
    // 64 bytes, one row in 5,000 carrying the word searched for.
    e.data = QByteArray("GET /index.html?id=") + QByteArray::number(i).rightJustified(8, '0')
        + (i % 5000 == 0 ? " NEEDLE " : " hay    ") + QByteArray(29, 'x');
    return e;
}

qint64 cpuNs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int rows = qBound(10000, argc > 1 ? QByteArray(argv[1]).toInt() : 1000000, 5000000);
    TrafficModel model;
    for (int i = 0; i < rows; ++i)
        model.record(makeEvent(i));
    model.flush();

    struct Case
    {
        const char *name;
        TrafficFilter filter;
    };
    std::vector<Case> cases;
    TrafficFilter text;
    text.text = QStringLiteral("needle");
    cases.push_back({"text \"needle\" (any case, searched as bytes)", text});
    TrafficFilter hex;
    hex.text = QStringLiteral("4e 45 45 44");
    hex.hex = true;
    cases.push_back({"hex \"4e 45 45 44\"", hex});
    TrafficFilter fields;
    fields.panelId = 2;
    fields.kinds = TrafficFilter::kindBit(swb::net::EventKind::Send);
    fields.address = QStringLiteral(":50003");
    cases.push_back({"panel + kind + address", fields});
    TrafficFilter decoded;
    decoded.text = QStringLiteral("NÉEDLE");
    cases.push_back({"text \"NÉEDLE\" (decoded: case outside ASCII)", decoded});

    std::printf("traffic filter: %d rows of 64-byte payloads\n", rows);
    TrafficFilterModel filter(&model);
    for (const Case &c : cases) {
        std::vector<double> ms;
        std::vector<double> cpuMs;
        int matched = 0;
        for (int run = 0; run < 3; ++run) {
            filter.setFilter(TrafficFilter());
            QElapsedTimer timer;
            timer.start();
            const qint64 cpuStart = cpuNs(CLOCK_THREAD_CPUTIME_ID);
            filter.setFilter(c.filter);
            filter.finishScan();
            ms.push_back(timer.nsecsElapsed() / 1e6);
            cpuMs.push_back((cpuNs(CLOCK_THREAD_CPUTIME_ID) - cpuStart) / 1e6);
            matched = filter.rowCount();
        }
        std::printf("  %-46s %7.1f ms, %7.1f ms CPU (medians of 3), %d rows match\n", c.name,
                    median(ms), median(cpuMs), matched);
    }

    // The same text filter with a view attached while 200,000 events/s keep
    // arriving: the longest gap between two ticks of a 1 ms timer is the
    // longest the window could not react.
    filter.setFilter(TrafficFilter());
    QTableView view;
    view.setModel(&filter);
    view.resize(1000, 600);
    view.show();
    QCoreApplication::processEvents();
    std::vector<double> stalls;
    std::vector<double> cpuStalls;
    std::vector<double> totals;
    int next = rows;
    for (int run = 0; run < 3; ++run) {
        filter.setFilter(TrafficFilter());
        QCoreApplication::processEvents();
        QTimer traffic;
        traffic.setInterval(5);
        QObject::connect(&traffic, &QTimer::timeout, &model, [&model, &next] {
            for (int i = 0; i < 1000; ++i)
                model.record(makeEvent(next++));
        });
        QElapsedTimer clock;
        qint64 lastTick = 0;
        qint64 longest = 0;
        // Other processes on a shared machine stall us too; the thread's own CPU
        // time between two ticks is the part this process causes.
        qint64 lastCpu = cpuNs(CLOCK_THREAD_CPUTIME_ID);
        qint64 longestCpu = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        heartbeat.setInterval(1);
        QObject::connect(&heartbeat, &QTimer::timeout, &model, [&] {
            const qint64 now = clock.nsecsElapsed();
            longest = qMax(longest, now - lastTick);
            lastTick = now;
            const qint64 cpu = cpuNs(CLOCK_THREAD_CPUTIME_ID);
            longestCpu = qMax(longestCpu, cpu - lastCpu);
            lastCpu = cpu;
        });
        traffic.start();
        heartbeat.start();
        clock.start();
        // A stall includes what setFilter() does before it returns.
        QTimer::singleShot(20, &model, [&filter, &text] { filter.setFilter(text); });
        QElapsedTimer total;
        total.start();
        while ((filter.isScanning() || total.elapsed() < 100) && total.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        totals.push_back(total.nsecsElapsed() / 1e6 - 20);
        stalls.push_back(longest / 1e6);
        cpuStalls.push_back(longestCpu / 1e6);
        traffic.stop();
        heartbeat.stop();
        model.flush();
    }
    std::printf("  with a view attached and 200,000 events/s arriving (median of 3):\n");
    std::printf("    scan finished after %.0f ms; longest stall of the event loop %.1f ms "
                "(%.1f ms of it this thread's own CPU time)\n",
                median(totals), median(stalls), median(cpuStalls));
    std::printf("    (the scan works in slices of %d ms; each 25 ms batch is filtered as it "
                "arrives)\n",
                TrafficFilterModel::scanSliceMs);
    return 0;
}
