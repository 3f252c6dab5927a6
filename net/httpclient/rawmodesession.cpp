#include "net/httpclient/rawmodesession.h"

#include "net/httpclient/httpconnection.h"
#include "net/httpclient/httpurl.h"
#include "net/httpclient/shownline.h"
#include "net/text/counttext.h"

namespace swb::net {

RawModeSession::RawModeSession(QObject *parent)
    : net::Endpoint(net::Protocol::Http, parent)
    , m_client(new net::HttpConnection(this))
{
    m_client->setMaxKeptBodyBytes(m_response.displayLimit());
    connect(m_client, &net::HttpConnection::bytesReceived, this, &RawModeSession::onBytes);
    connect(m_client, &net::HttpConnection::responseComplete, this, &RawModeSession::onComplete);
    connect(m_client, &net::HttpConnection::errorOccurred, this, &RawModeSession::onError);
}

RawModeSession::~RawModeSession()
{
    m_client->disconnect(this);
}

void RawModeSession::attach(net::TrafficSink *sink, int panelId, const QString &panelName)
{
    setSink(sink);
    setPanel(panelId, panelName);
    m_client->setSink(sink);
    m_client->setPanel(panelId, panelName);
}

void RawModeSession::setDisplayLimit(qint64 bytes)
{
    m_response.setDisplayLimit(bytes);
    // The parser's de-chunked copy of the body is bounded by the same limit.
    m_client->setMaxKeptBodyBytes(bytes);
}

void RawModeSession::setTimeoutMs(int ms)
{
    m_client->setTimeoutMs(ms);
}

void RawModeSession::setIgnoreCertificateErrors(bool ignore)
{
    m_client->setIgnoreCertificateErrors(ignore);
}

void RawModeSession::start(const QUrl &url, const QByteArray &request)
{
    // The exchange in flight ends as stopped before the new one begins.
    if (m_busy)
        m_client->abort();
    m_url = url;
    m_exchanges.clear();
    begin(request, false);
    m_client->start(url.host(), HttpUrl::port(url), HttpUrl::isHttps(url), request);
}

bool RawModeSession::canSendAgain() const
{
    return !m_busy && m_client->canReuseConnection();
}

bool RawModeSession::sendAgain(const QByteArray &request)
{
    if (!canSendAgain())
        return false;
    begin(request, true);
    if (m_client->sendOnSameConnection(request))
        return true;
    m_busy = false;
    m_exchanges.removeLast();
    return false;
}

void RawModeSession::begin(const QByteArray &request, bool reused)
{
    m_request = request;
    m_response.clear();
    m_spoolError.clear();
    m_busy = true;
    Exchange exchange;
    exchange.number = int(m_exchanges.size()) + 1;
    exchange.requestLine = request.left(qMax<qsizetype>(0, request.indexOf('\n'))).trimmed();
    if (exchange.requestLine.isEmpty())
        exchange.requestLine = request.left(80);
    exchange.reused = reused;
    m_exchanges << exchange;
}

void RawModeSession::abort()
{
    m_client->abort();
}

bool RawModeSession::isBusy() const
{
    return m_busy;
}

QString RawModeSession::errorMessage() const
{
    return m_spoolError.isEmpty() ? m_client->errorMessage() : m_spoolError;
}

void RawModeSession::onBytes(const QByteArray &chunk)
{
    if (const Result<void> kept = m_response.append(chunk); !kept && m_spoolError.isEmpty()) {
        m_spoolError = kept.message();
        m_client->abort();
        onError(m_spoolError);
        return;
    }
    emit progress(m_response.size());
}

void RawModeSession::onComplete()
{
    if (!m_busy)
        return;
    m_busy = false;
    if (const Result<void> flushed = m_response.flush(); !flushed) {
        m_spoolError = flushed.message();
        emit finished(false);
        return;
    }
    const net::HttpMessageParser &parser = m_client->parser();
    Exchange &exchange = m_exchanges.last();
    exchange.status = parser.statusCode();
    exchange.reason = shownLine(parser.reasonPhrase());
    exchange.bytes = m_response.size();
    exchange.totalMs = m_client->timing().totalMs;
    exchange.ok = true;
    const QString requestLine = QString::fromLatin1(exchange.requestLine);
    const QString method = requestLine.section(QLatin1Char(' '), 0, 0);
    const QString target = requestLine.section(QLatin1Char(' '), 1, 1);
    QUrl shown = m_url;
    if (target.startsWith(QLatin1Char('/')))
        shown.setPath(target.section(QLatin1Char('?'), 0, 0));
    record(net::EventKind::Info, QString(), HttpUrl::endpoint(m_url), QByteArray(),
           tr("%1 %2 \u2192 %3 %4, %5 bytes, %6 ms%7", "", CountText::form(qint64(exchange.bytes)))
               .arg(method, shown.toDisplayString())
               .arg(exchange.status)
               .arg(QString::fromLatin1(exchange.reason))
               .arg(exchange.bytes)
               .arg(qRound64(qMax(0.0, exchange.totalMs)))
               .arg(exchange.reused ? tr(" (same connection, reused)") : QString()));
    emit finished(true);
}

void RawModeSession::onError(const QString &message)
{
    Q_UNUSED(message)
    if (!m_busy)
        return;
    m_busy = false;
    if (!m_exchanges.isEmpty())
        m_exchanges.last().bytes = m_response.size();
    emit finished(false);
}

} // namespace swb::net
