#include "net/udp/udpmulticast.h"

#include "net/errors/systemerrortext.h"
#include "net/socket/listeningsocket.h"
#include "net/udp/udpchannel.h"
#include "net/udp/udpmessages.h"
#include "net/udp/udpsocketcalls.h"

#include <QNetworkInterface>

#include <cerrno>
#include <cstring>

namespace swb::net {

UdpMulticast::UdpMulticast(UdpChannel *channel, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
{
}

QHostAddress UdpMulticast::parseGroup(const QString &text)
{
    const QHostAddress address = ListeningSocket::parseAddress(text);
    return address.isMulticast() ? address : QHostAddress();
}

int UdpMulticast::interfaceIndex(const QString &name)
{
    if (name.trimmed().isEmpty())
        return 0;
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(name.trimmed());
    return iface.isValid() ? iface.index() : -1;
}

bool UdpMulticast::fail(const QString &message)
{
    emit problem(message);
    return false;
}

bool UdpMulticast::join(const QString &group, const QString &interface)
{
    const QHostAddress address = parseGroup(group);
    if (address.isNull())
        return fail(UdpMessages::notMulticast(group.trimmed()));
    const int index = interfaceIndex(interface);
    if (index < 0)
        return fail(UdpMessages::noSuchInterface(interface.trimmed()));
    for (const Group &g : std::as_const(m_groups)) {
        if (g.address == address && g.interface == interface.trimmed())
            return true; // already a member
    }
    if (m_channel->isOpen()) {
        const int error = UdpSocketCalls::joinGroup(m_channel->descriptor(), m_channel->family(),
                                                    address, index);
        if (error != 0)
            return fail(UdpMessages::multicastFailed(error, address.toString(),
                                                     interface.trimmed(), true));
        const QHostAddress local = m_channel->localAddress();
        // Datagrams to the group carry the group's address: a socket bound to
        // 127.0.0.1 never sees them, one bound to 0.0.0.0 (or the group) does.
        if (ListeningSocket::isReachableFromOtherMachines(local) || local.isMulticast())
            emit note(tr("Joined the multicast group %1.").arg(group.trimmed()));
        else
            emit note(UdpMessages::multicastNeedsAnyAddress(m_channel->localText(),
                                                            group.trimmed()));
    }
    m_groups.append(Group{address, group.trimmed(), interface.trimmed()});
    emit changed();
    return true;
}

bool UdpMulticast::leave(const QString &group)
{
    const QHostAddress address = parseGroup(group);
    if (address.isNull())
        return fail(UdpMessages::notMulticast(group.trimmed()));
    bool ok = true;
    for (qsizetype i = m_groups.size() - 1; i >= 0; --i) {
        const Group g = m_groups.at(i);
        if (g.address != address)
            continue;
        m_groups.removeAt(i);
        const int index = interfaceIndex(g.interface);
        if (!m_channel->isOpen() || index < 0)
            continue;
        const int error = UdpSocketCalls::leaveGroup(m_channel->descriptor(), m_channel->family(),
                                                     address, index);
        if (error != 0)
            ok = fail(UdpMessages::multicastFailed(error, g.text, g.interface, false));
        else
            emit note(tr("Left the multicast group %1.").arg(g.text));
    }
    emit changed();
    return ok;
}

bool UdpMulticast::setInterface(const QString &interface)
{
    const int index = interfaceIndex(interface);
    if (index < 0)
        return fail(UdpMessages::noSuchInterface(interface.trimmed()));
    m_interface = interface.trimmed();
    if (!m_channel->isOpen())
        return true;
    const int error =
        UdpSocketCalls::setMulticastInterface(m_channel->descriptor(), m_channel->family(), index);
    if (error == 0)
        return true;
    return fail(tr("Cannot send multicast through %1: %2.")
                    .arg(m_interface.isEmpty() ? tr("the default interface") : m_interface,
                         SystemErrorText::forErrno(error)));
}

bool UdpMulticast::setTtl(int ttl)
{
    m_ttl = qBound(0, ttl, 255);
    if (!m_channel->isOpen())
        return true;
    const int error =
        UdpSocketCalls::setMulticastTtl(m_channel->descriptor(), m_channel->family(), m_ttl);
    if (error == 0)
        return true;
    return fail(tr("Cannot set the multicast TTL to %1: %2.")
                    .arg(m_ttl)
                    .arg(SystemErrorText::forErrno(error)));
}

bool UdpMulticast::setLoopback(bool on)
{
    m_loopback = on;
    if (!m_channel->isOpen())
        return true;
    const int error =
        UdpSocketCalls::setMulticastLoopback(m_channel->descriptor(), m_channel->family(), on);
    if (error == 0)
        return true;
    return fail(tr("Cannot change multicast loopback: %1.")
                    .arg(SystemErrorText::forErrno(error)));
}

void UdpMulticast::applyToSocket()
{
    setTtl(m_ttl);
    setLoopback(m_loopback);
    if (!m_interface.isEmpty())
        setInterface(m_interface);
    const QList<Group> groups = m_groups;
    m_groups.clear();
    for (const Group &g : groups)
        join(g.text, g.interface);
    emit changed();
}

QStringList UdpMulticast::groups() const
{
    QStringList result;
    for (const Group &g : m_groups)
        result << g.text;
    return result;
}

} // namespace swb::net
