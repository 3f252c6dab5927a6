#pragma once

#include <QtGlobal>

namespace swb::widgets {

// The phases of one HTTP exchange in milliseconds; -1 means not measured.
// Raw mode measures every phase itself. Fetch mode (QNetworkAccessManager)
// cannot see DNS, connect and TLS apart, so it fills setupMs, their sum, instead.
struct HttpTiming
{
    double dnsMs = -1;
    double connectMs = -1;
    double tlsMs = -1;
    double setupMs = -1; // DNS + connect + TLS together, when not measured apart
    double ttfbMs = -1;  // request sent → first response byte
    double downloadMs = -1;
    double totalMs = -1;
    bool reusedConnection = false; // keep-alive: no DNS, connect or TLS this time
};

} // namespace swb::widgets
