#pragma once

#include "net/rawhttpclient.h"

namespace swb::widgets {

// The phases of one HTTP exchange in milliseconds (-1: did not happen). Both
// modes send through RawHttpClient, so both measure every phase alike.
using HttpTiming = net::RawHttpTiming;

} // namespace swb::widgets
