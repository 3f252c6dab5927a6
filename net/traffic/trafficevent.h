#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace swb::net {

enum class Protocol : quint8 { Tcp, Udp, Local, Http };
enum class EventKind : quint8 { Listen, Accept, Connect, Recv, Send, Close, Error, Info };

// One thing that happened on a socket. Endpoints create these; the traffic
// model stores them; views and exporters read them. Plain data on purpose so
// that models and writers need no socket classes.
struct TrafficEvent
{
    quint64 seq = 0;     // assigned by the sink, increasing
    qint64 timeMs = 0;   // milliseconds since the epoch (UTC)
    int panelId = 0;
    QString panel;       // the panel's name when the event happened
    Protocol protocol = Protocol::Tcp;
    EventKind kind = EventKind::Info;
    QString local;       // "host:port", IPv6 as "[::1]:port"
    QString remote;
    QByteArray data;     // payload, whole
    QString text;        // error or info message, already translated
    // A Close that came as the peer's reset (RST, e.g. SO_LINGER 0), not as an
    // orderly FIN: Python's recv() raises ConnectionResetError for it.
    bool reset = false;
};

// Stable lower-case names used in files: "tcp", "udp", "local", "http".
QString protocolName(Protocol protocol);
std::optional<Protocol> protocolFromName(const QString &name);
// "listen", "accept", "connect", "recv", "send", "close", "error", "info".
QString kindName(EventKind kind);
std::optional<EventKind> kindFromName(const QString &name);
// The kind as files write it: kindName(), or "reset" for a Close by reset.
QString eventKindName(const TrafficEvent &event);
// Sets event's kind (and reset) from a file's kind name; false if unknown.
bool setKindFromName(TrafficEvent &event, const QString &name);

// "127.0.0.1:8001" or "[::1]:8001"; IPv4-mapped IPv6 addresses are shown as IPv4.
QString formatEndpoint(const QHostAddress &address, quint16 port);

} // namespace swb::net
