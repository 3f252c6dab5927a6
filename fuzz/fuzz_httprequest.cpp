// libFuzzer target: HTTP requests (what the demo server parses from any
// client), whole and split, and every complete request answered by the demo
// site's pages. Input layout: flags byte, two seed bytes, then the request bytes.

#include "fuzz/fuzzdriver.h"

#include "net/http/httpdemopages.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using swb::net::HttpMessageParser;
    swb::fuzz::fuzzOne(HttpMessageParser::Kind::Request, data, size);
    if (size < 3)
        return 0;
    // The demo site's routing takes the parsed request as the server does.
    const QByteArray input(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));
    HttpMessageParser request(HttpMessageParser::Kind::Request);
    request.setMaxHeaderBytes(64 * 1024);
    const qint64 used = request.feed(input);
    if (request.isComplete()) {
        const swb::net::HttpDemoResponse response = swb::net::HttpDemoPages::respond(request, input.left(used));
        swb::fuzz::check(response.status >= 200 && response.status < 600, "demo status out of range");
        swb::fuzz::check(response.streamBytes <= (qint64(1024) << 20), "demo /large over its cap");
    } else if (request.hasError()) {
        (void)swb::net::HttpDemoPages::badRequest(request.errorMessage());
    }
    return 0;
}
