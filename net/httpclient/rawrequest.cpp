#include "net/httpclient/rawrequest.h"

#include "net/httpclient/httpurl.h"
#include "net/payload/payloadcomposer.h"

namespace swb::net {

Result<QByteArray> RawRequest::compose(const QString &text, const QUrl &url)
{
    QString flat = text;
    flat.remove(QLatin1Char('\n'));
    flat.remove(QLatin1Char('\r'));
    flat.replace(QLatin1String("{host}"), HttpUrl::hostHeader(url));
    if (flat.isEmpty()) {
        return Failure{tr("The request is empty. Start with a request line such as "
                          "GET / HTTP/1.1\\r\\n.")};
    }
    return PayloadComposer::parseEscapes(flat, TextEncoding::Utf8);
}

} // namespace swb::net
