#include "net/traffic/trafficevent.h"

#include <array>

namespace swb::net {

namespace {
constexpr std::array<const char *, 4> protocolNames{"tcp", "udp", "local", "http"};
constexpr std::array<const char *, 8> kindNames{"listen", "accept", "connect", "recv",
                                                 "send",   "close",  "error",   "info"};
} // namespace

QString protocolName(Protocol protocol)
{
    return QString::fromLatin1(protocolNames.at(static_cast<size_t>(protocol)));
}

std::optional<Protocol> protocolFromName(const QString &name)
{
    for (size_t i = 0; i < protocolNames.size(); ++i) {
        if (name == QLatin1String(protocolNames[i]))
            return static_cast<Protocol>(i);
    }
    return std::nullopt;
}

QString kindName(EventKind kind)
{
    return QString::fromLatin1(kindNames.at(static_cast<size_t>(kind)));
}

std::optional<EventKind> kindFromName(const QString &name)
{
    for (size_t i = 0; i < kindNames.size(); ++i) {
        if (name == QLatin1String(kindNames[i]))
            return static_cast<EventKind>(i);
    }
    return std::nullopt;
}

QString eventKindName(const TrafficEvent &event)
{
    return event.kind == EventKind::Close && event.reset ? QStringLiteral("reset")
                                                         : kindName(event.kind);
}

bool setKindFromName(TrafficEvent &event, const QString &name)
{
    event.reset = name == QLatin1String("reset");
    const std::optional<EventKind> kind = event.reset ? EventKind::Close : kindFromName(name);
    if (kind)
        event.kind = *kind;
    return kind.has_value();
}

QString formatEndpoint(const QHostAddress &address, quint16 port)
{
    if (address.isNull())
        return QString();
    bool isMappedV4 = false;
    const quint32 v4 = address.toIPv4Address(&isMappedV4);
    if (isMappedV4)
        return QStringLiteral("%1:%2").arg(QHostAddress(v4).toString()).arg(port);
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

} // namespace swb::net
