#pragma once

#include "net/traffic/trafficevent.h"

namespace swb::net {

// Where endpoints deliver their events. A plain interface rather than a signal:
// a flood produces hundreds of thousands of events per second, and a virtual
// call with a moved event costs far less than a queued signal with a copy.
class TrafficSink
{
public:
    virtual ~TrafficSink();
    virtual void record(TrafficEvent event) = 0;
};

} // namespace swb::net
