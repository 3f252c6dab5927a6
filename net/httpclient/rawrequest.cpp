#include "net/httpclient/rawrequest.h"

#include "net/httpclient/httpurl.h"
#include "net/payload/payloadcomposer.h"

namespace swb::net {

QByteArray RawRequest::compose(const QString &text, const QUrl &url, QString *error)
{
    QString flat = text;
    flat.remove(QLatin1Char('\n'));
    flat.remove(QLatin1Char('\r'));
    flat.replace(QLatin1String("{host}"), HttpUrl::hostHeader(url));
    if (flat.isEmpty()) {
        if (error)
            *error = tr("The request is empty. Start with a request line such as "
                        "GET / HTTP/1.1\\r\\n.");
        return QByteArray();
    }
    const Result<QByteArray> result = PayloadComposer::parseEscapes(flat, TextEncoding::Utf8);
    if (!result) {
        if (error)
            *error = result.message();
        return QByteArray();
    }
    return *result;
}

} // namespace swb::net
