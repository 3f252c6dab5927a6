#pragma once

#include "net/httpclient/rawhttpclient.h"

namespace swb::net {

// The phases of one HTTP exchange in milliseconds (-1: did not happen). Both
// modes send through RawHttpClient, so both measure every phase alike.
using HttpTiming = net::RawHttpTiming;

} // namespace swb::net
