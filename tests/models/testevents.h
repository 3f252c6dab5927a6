#pragma once

#include "models/trafficmodel.h"
#include "net/traffic/trafficevent.h"

#include <QDateTime>
#include <QTest>

namespace swb::tests {

// A traffic event as a TCP server panel would record it; the tests only vary
// what matters to them.
inline net::TrafficEvent makeEvent(net::EventKind kind, const QByteArray &data = QByteArray(),
                                   int panelId = 1, const QString &text = QString())
{
    net::TrafficEvent e;
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    e.panelId = panelId;
    e.panel = QStringLiteral("Panel %1").arg(panelId);
    e.protocol = net::Protocol::Tcp;
    e.kind = kind;
    e.local = QStringLiteral("127.0.0.1:8001");
    e.remote = QStringLiteral("127.0.0.1:50312");
    e.data = data;
    e.text = text;
    return e;
}

// count received messages of payloadSize bytes each, all with the same footprint.
inline void recordMany(models::TrafficModel &model, int count, int payloadSize)
{
    for (int i = 0; i < count; ++i)
        model.record(makeEvent(net::EventKind::Recv, QByteArray(payloadSize, char('a' + i % 26))));
}

// Fails the running test unless got and want agree in every field a recording
// keeps; callers look at QTest::currentTestFailed() afterwards.
inline void compareEvents(const net::TrafficEvent &got, const net::TrafficEvent &want)
{
    QCOMPARE(got.seq, want.seq);
    QCOMPARE(got.timeMs, want.timeMs);
    QCOMPARE(got.panel, want.panel);
    QCOMPARE(int(got.protocol), int(want.protocol));
    QCOMPARE(int(got.kind), int(want.kind));
    QCOMPARE(got.local, want.local);
    QCOMPARE(got.remote, want.remote);
    QCOMPARE(got.data, want.data);
    QCOMPARE(got.text, want.text);
}

} // namespace swb::tests
