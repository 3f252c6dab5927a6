#include "net/endpoint.h"

#include "net/trafficsink.h"

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
                      const QByteArray &data, const QString &text)
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
    // readAll() hands out buffers with tens of kilobytes reserved for a few bytes
    // read; the traffic table keeps events for hours, so keep only what arrived.
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
