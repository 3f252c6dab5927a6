#include "net/udp/udptarget.h"

#include "net/socket/listeningsocket.h"
#include "net/traffic/trafficevent.h"

#include <QHostInfo>

namespace swb::net {

UdpTarget::UdpTarget(QObject *parent)
    : QObject(parent)
{
}

UdpTarget::~UdpTarget()
{
    if (m_lookupId != -1)
        QHostInfo::abortHostLookup(m_lookupId);
}

bool UdpTarget::set(const QString &host, quint16 port)
{
    QString name = host.trimmed();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    if (name == m_host && port == m_port)
        return false;
    m_host = name;
    m_port = port;
    m_address = QHostAddress();
    if (m_lookupId != -1) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    resolve();
    return true;
}

void UdpTarget::resolve()
{
    if (m_host.isEmpty() || m_lookupId != -1)
        return;
    const QHostAddress literal = ListeningSocket::parseAddress(m_host);
    if (!literal.isNull()) {
        m_address = literal;
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_host, this, &UdpTarget::onLookedUp);
}

void UdpTarget::onLookedUp(const QHostInfo &info)
{
    if (info.lookupId() != m_lookupId)
        return; // an answer for a host that is no longer the target
    m_lookupId = -1;
    const QList<QHostAddress> addresses = info.addresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            m_address = address;
            break;
        }
    }
    if (m_address.isNull() && !addresses.isEmpty())
        m_address = addresses.first();
    if (m_address.isNull())
        emit failed(m_host);
    else
        emit resolved();
}

QString UdpTarget::text() const
{
    if (!m_address.isNull())
        return formatEndpoint(m_address, m_port);
    return m_host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(m_host).arg(m_port)
                                              : QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

} // namespace swb::net
