#pragma once

#include "models/trafficmodel.h"
#include "net/traffic/trafficevent.h"

#include <QDateTime>

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

} // namespace swb::tests
