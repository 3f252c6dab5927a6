#pragma once

#include "net/traffic/trafficevent.h"

#include <QString>

namespace swb::models {

// What the traffic table's filter bar asks for. Every field left at its
// default lets every row through; the fields that are set must all match.
struct TrafficFilter
{
    static constexpr quint16 allKinds = 0xff;
    static constexpr quint16 kindBit(net::EventKind kind) { return quint16(1u << int(kind)); }

    QString text;         // in the payload (decoded in the preview encoding) or the message
    bool hex = false;     // text is bytes in hex ("68 65", "0x68,0x65") searched in the payload
    int panelId = -1;     // -1: any panel
    int protocol = -1;    // -1: any, else an int(net::Protocol)
    quint16 kinds = allKinds;
    QString address;      // in the local or the remote address

    bool isActive() const
    {
        return !text.isEmpty() || panelId >= 0 || protocol >= 0 || kinds != allKinds
            || !address.isEmpty();
    }
    bool operator==(const TrafficFilter &other) const
    {
        return text == other.text && hex == other.hex && panelId == other.panelId
            && protocol == other.protocol && kinds == other.kinds && address == other.address;
    }
    bool operator!=(const TrafficFilter &other) const { return !(*this == other); }
};

} // namespace swb::models
