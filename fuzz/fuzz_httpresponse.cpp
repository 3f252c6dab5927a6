// libFuzzer target: HTTP responses, whole and split at input-chosen places,
// then de-chunked bodies through ContentDecoder and CharsetDetector.
// Input layout: flags byte, two seed bytes, then the bytes "from the server".

#include "fuzz/fuzzdriver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return swb::fuzz::fuzzOne(swb::net::HttpMessageParser::Kind::Response, data, size);
}
