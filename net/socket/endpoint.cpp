#include "net/socket/endpoint.h"

#include "net/traffic/trafficsink.h"

#include <QDateTime>

namespace swb::net {

Endpoint::Endpoint(Protocol protocol, QObject *parent)
    : QObject(parent)
    , m_protocol(protocol)
{
}

Endpoint::~Endpoint() = default;

void Endpoint::setPanel(int id, const QString &name)
{
    m_panelId = id;
    m_panelName = name;
}

void Endpoint::record(EventKind kind, const QString &local, const QString &remote,
                      const QByteArray &data, const QString &text, bool reset)
{
    if (!m_sink)
        return;
    TrafficEvent event;
    event.timeMs = QDateTime::currentMSecsSinceEpoch();
    event.panelId = m_panelId;
    event.panel = m_panelName;
    event.protocol = m_protocol;
    event.kind = kind;
    event.local = local;
    event.remote = remote;
    event.data = data;
    event.reset = reset;
    // readAll() hands out buffers with tens of kilobytes reserved for a few bytes
    // read, and a sink may keep the event a long time, so a small payload in a
    // mostly empty buffer is trimmed to what arrived. Not large ones: squeeze()
    // copies any shared array, and at download speed copying every chunk was a
    // large part of the cost (the traffic table copies the bytes into its own
    // store anyway, and the recorder writes them out).
    if (event.data.size() < (qsizetype(64) << 10) && event.data.capacity() > 2 * event.data.size())
        event.data.squeeze();
    event.text = text;
    m_sink->record(std::move(event));
}

void Endpoint::recordError(const QString &local, const QString &remote, const QString &message)
{
    record(EventKind::Error, local, remote, QByteArray(), message);
    emit errorOccurred(message);
}

} // namespace swb::net
