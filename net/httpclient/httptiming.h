#pragma once

namespace swb::net {

// The phases of one HTTP exchange in milliseconds; both modes send through
// HttpConnection, so both measure every phase alike; -1 means "did not happen"
// (no TLS on plain TCP; no DNS/connect/TLS when the connection was reused).
struct HttpTiming
{
    double dnsMs = -1;
    double connectMs = -1;
    double tlsMs = -1;
    double ttfbMs = -1;     // request written -> first response byte
    double downloadMs = -1; // first response byte -> response complete
    double totalMs = -1;    // start (or the reused request) -> response complete
    bool reusedConnection = false;
    bool tls = false; // TLS was asked for (tlsMs stays -1 when the handshake did not finish)
};

} // namespace swb::net
