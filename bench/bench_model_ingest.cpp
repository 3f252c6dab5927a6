// Model ingest: how fast events go from record() into the traffic table with a
// view attached, and what each row costs in memory beyond its payload.
// Prints figures; bounded by the event count.
#include "models/trafficmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <vector>

namespace {

// Heap bytes in use (glibc): unlike RSS, not blurred by memory freed by an earlier run.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int events = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const int payloadSize = 64;
    const int batch = 5000; // about what arrives between two 25 ms flushes in a flood
    std::vector<double> rates;
    qint64 perEvent = 0;
    for (int run = 0; run < 3; ++run) {
        swb::models::TrafficModel model;
        QTableView view;
        view.setModel(&model);
        view.resize(1000, 600);
        view.show();
        QCoreApplication::processEvents();
        const QString local = QStringLiteral("127.0.0.1:8001");
        const QString remote = QStringLiteral("127.0.0.1:50000");
        const QString panel = QStringLiteral("bench");
        const qint64 before = heapInUse();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < events; ++i) {
            swb::net::TrafficEvent e;
            e.timeMs = i;
            e.panelId = 1;
            e.panel = panel;
            e.kind = swb::net::EventKind::Recv;
            e.local = local;
            e.remote = remote;
            e.data = QByteArray(payloadSize, char('a' + i % 26));
            model.record(std::move(e));
            if ((i + 1) % batch == 0) {
                model.flush();
                QCoreApplication::processEvents();
            }
        }
        model.flush();
        QCoreApplication::processEvents();
        const double seconds = timer.nsecsElapsed() / 1e9;
        rates.push_back(events / seconds);
        perEvent = (heapInUse() - before) / events - payloadSize;
    }
    std::sort(rates.begin(), rates.end());
    std::printf("model ingest: %d events of %d bytes, view attached, batches of %d\n", events,
                payloadSize, batch);
    std::printf("  events/s (median of 3): %.0f\n", rates[1]);
    std::printf("  memory per event beyond the payload: %lld bytes\n", (long long)perEvent);
    return 0;
}
