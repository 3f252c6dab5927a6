#pragma once

// Small helpers shared by the HTTP panel tests.

#include "models/trafficmodel.h"
#include "net/reply/serverbehaviour.h"
#include "net/stream/tcpserverendpoint.h"
#include "widgets/http/httppanel.h"

#include <QFile>
#include <QSignalSpy>

namespace swb::tests {

// The raw request of the notes for a path, as typed in the editor (escapes, {host}).
inline QString rawRequest(const char *path, bool close = true)
{
    return QStringLiteral("GET %1 HTTP/1.1\\r\\nHost: {host}\\r\\n%2\\r\\n")
        .arg(QLatin1String(path), close ? QStringLiteral("Connection: close\\r\\n") : QString());
}

// Starts the server as the built-in HTTP demo site on 127.0.0.1, port 0;
// empty when it listens, else what went wrong.
inline QString startDemoSite(net::TcpServerEndpoint *server)
{
    net::ServerBehaviour behaviour;
    const auto kind = net::ServerBehaviour::replyFromName(QStringLiteral("http-demo"));
    if (!kind)
        return QStringLiteral("no http-demo behaviour");
    behaviour.reply = *kind;
    // A refused behaviour shows as the plain echo answering the test's request.
    static_cast<void>(server->setBehaviour(behaviour, net::TextEncoding::Utf8));
    return server->start(net::TcpServerSettings()) ? QString()
                                                    : QStringLiteral("the demo site did not start");
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// Presses Send and waits for the exchange; true when a response arrived.
inline bool sendAndWait(widgets::HttpPanel *panel, int timeoutMs = 20000)
{
    QSignalSpy spy(panel, &widgets::HttpPanel::exchangeFinished);
    panel->send();
    if (!spy.wait(timeoutMs))
        return false;
    return spy.first().first().toBool();
}

inline QList<net::TrafficEvent> httpEvents(models::TrafficModel *model)
{
    model->flush();
    QList<net::TrafficEvent> events;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->event(row).protocol == net::Protocol::Http)
            events << model->event(row);
    }
    return events;
}

} // namespace swb::tests
