#include "net/httpclient/httpurl.h"

namespace swb::net {

Result<QUrl> HttpUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const auto fail = [](const QString &why) { return Failure{why}; };
    if (trimmed.isEmpty())
        return fail(tr("Type a URL, for example http://127.0.0.1:8080/ (the built-in demo "
                       "server)."));
    if (!trimmed.contains(QLatin1String("://")))
        return fail(
            tr("\"%1\" has no scheme: write http://%1 (or https:// for TLS).").arg(trimmed));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("\"%1\" is not a valid URL: %2. A URL looks like "
                       "http://127.0.0.1:8080/path.")
                        .arg(trimmed, url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(tr("\"%1\" uses the scheme \"%2\"; the HTTP panel speaks only http:// and "
                       "https://.")
                        .arg(trimmed, url.scheme()));
    if (url.host().isEmpty())
        return fail(tr("\"%1\" has no host: write the server's name or address after %2://, e.g. "
                       "%2://127.0.0.1:8080/.")
                        .arg(trimmed, scheme));
    return url;
}

bool HttpUrl::isHttps(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

quint16 HttpUrl::port(const QUrl &url)
{
    return quint16(url.port(isHttps(url) ? 443 : 80));
}

QString HttpUrl::hostHeader(const QUrl &url)
{
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (url.port() != -1 && url.port() != (isHttps(url) ? 443 : 80))
        host += QLatin1Char(':') + QString::number(url.port());
    return host;
}

QString HttpUrl::endpoint(const QUrl &url)
{
    const QString host = url.host();
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port(url))
                                           : QStringLiteral("%1:%2").arg(host).arg(port(url));
}

QString HttpUrl::target(const QUrl &url)
{
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    if (url.hasQuery())
        path += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return path;
}

} // namespace swb::net
