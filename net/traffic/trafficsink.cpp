#include "net/traffic/trafficsink.h"

namespace swb::net {

TrafficSink::~TrafficSink() = default;

} // namespace swb::net
