#include "course/coach/portcheck.h"

#include "net/platform/unavailablefeature.h"

#include <QHash>
#include <QSet>
#include <QHostAddress>

#include <cstring>
#include <iterator>

namespace swb::course {

namespace {

const char *tcpState(int code)
{
    // include/net/tcp_states.h
    static const char *const names[] = {"",          "ESTABLISHED", "SYN_SENT",  "SYN_RECV",
                                        "FIN_WAIT1", "FIN_WAIT2",   "TIME_WAIT", "CLOSE",
                                        "CLOSE_WAIT", "LAST_ACK",   "LISTEN",    "CLOSING"};
    return code >= 0 && code < int(std::size(names)) ? names[code] : "";
}

// The kernel prints each 32-bit word of the address in host byte order.
QString parseAddress(const QByteArray &hex)
{
    QByteArray bytes;
    for (int i = 0; i + 8 <= hex.size(); i += 8) {
        bool ok = false;
        const quint32 word = hex.mid(i, 8).toUInt(&ok, 16);
        if (!ok)
            return QString();
        char raw[4];
        std::memcpy(raw, &word, 4);
        bytes.append(raw, 4);
    }
    QHostAddress address;
    if (bytes.size() == 4) {
        address = QHostAddress((quint32(quint8(bytes[0])) << 24) | (quint32(quint8(bytes[1])) << 16)
                               | (quint32(quint8(bytes[2])) << 8) | quint32(quint8(bytes[3])));
    } else if (bytes.size() == 16) {
        address.setAddress(reinterpret_cast<const quint8 *>(bytes.constData()));
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped && !address.isEqual(QHostAddress::AnyIPv6))
            address = QHostAddress(v4);
    } else {
        return QString();
    }
    return address.toString();
}

} // namespace

QList<PortUser> PortCheck::parse(const QByteArray &text, const QString &table)
{
    QList<PortUser> users;
    const bool isTcp = table.startsWith(QLatin1String("tcp"));
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QList<QByteArray> f = lines.at(i).simplified().split(' ');
        if (f.size() < 10)
            continue;
        const QList<QByteArray> local = f.at(1).split(':');
        const QList<QByteArray> remote = f.at(2).split(':');
        if (local.size() != 2 || remote.size() != 2)
            continue;
        PortUser user;
        user.table = table;
        user.address = parseAddress(local.at(0));
        user.port = quint16(local.at(1).toUInt(nullptr, 16));
        const quint16 remotePort = quint16(remote.at(1).toUInt(nullptr, 16));
        if (remotePort != 0)
            user.remote = QStringLiteral("%1:%2").arg(parseAddress(remote.at(0))).arg(remotePort);
        const int state = f.at(3).toInt(nullptr, 16);
        user.state = isTcp ? QString::fromLatin1(tcpState(state))
                           : (state == 1 ? QStringLiteral("ESTABLISHED") : QString());
        user.inode = f.at(9).toULongLong();
        users << user;
    }
    return users;
}

QList<PortUser> PortCheck::find(quint16 port, bool tcp, bool udp, const net::ProcessLookup &lookup)
{
    QStringList tables;
    if (tcp)
        tables << QStringLiteral("tcp") << QStringLiteral("tcp6");
    if (udp)
        tables << QStringLiteral("udp") << QStringLiteral("udp6");
    QList<PortUser> found;
    for (const QString &table : std::as_const(tables)) {
        const std::optional<QByteArray> text = lookup.socketTable(table);
        if (!text)
            continue;
        const QList<PortUser> all = parse(*text, table);
        for (const PortUser &user : all) {
            if (user.port == port)
                found << user;
        }
    }
    addProcesses(found, lookup);
    return found;
}

QString PortCheck::report(quint16 port, const net::ProcessLookup &lookup)
{
    if (!lookup.available())
        return net::UnavailableFeature::about(tr("Which programs use port %1").arg(port));
    return describe(find(port, true, true, lookup), port);
}

void PortCheck::addProcesses(QList<PortUser> &users, const net::ProcessLookup &lookup)
{
    QSet<quint64> inodes;
    for (const PortUser &user : std::as_const(users)) {
        if (user.inode != 0)
            inodes.insert(user.inode);
    }
    if (inodes.isEmpty())
        return;
    const QHash<quint64, qint64> owners = lookup.socketOwners(inodes);
    for (PortUser &user : users) {
        const auto it = owners.constFind(user.inode);
        if (it != owners.constEnd())
            user.process = tr("%1 (pid %2)").arg(lookup.commandLine(*it), QString::number(*it));
    }
}

QList<PortUser> PortCheck::listeners(const QList<PortUser> &users)
{
    QList<PortUser> result;
    for (const PortUser &user : users) {
        const bool udp = user.table.startsWith(QLatin1String("udp"));
        if ((udp && user.remote.isEmpty()) || user.state == QLatin1String("LISTEN"))
            result << user;
    }
    return result;
}

QString PortCheck::meaning(const QString &address)
{
    const QHostAddress a(address);
    if (a.isEqual(QHostAddress::AnyIPv4))
        return tr("every IPv4 address of this machine: other machines can connect");
    if (a.isEqual(QHostAddress::AnyIPv6))
        return tr("every address, IPv6 and (on Linux, usually) IPv4 too: other machines can "
                  "connect");
    if (a.isEqual(QHostAddress::LocalHost))
        return tr("this machine only, IPv4 (127.0.0.1): not ::1, not the network address");
    if (a.isEqual(QHostAddress::LocalHostIPv6))
        return tr("this machine only, IPv6 (::1): not 127.0.0.1");
    if (a.isLoopback())
        return tr("this machine only");
    return tr("only connections to this address");
}

QString PortCheck::describe(const QList<PortUser> &users, quint16 port)
{
    QStringList lines;
    const QList<PortUser> listening = listeners(users);
    if (listening.isEmpty())
        lines << tr("Nothing listens on port %1 (TCP or UDP).").arg(port);
    for (const PortUser &user : listening) {
        const QString protocol = user.table.startsWith(QLatin1String("udp")) ? QStringLiteral("UDP")
                                                                             : QStringLiteral("TCP");
        QString line = tr("%1 %2 port %3: %4").arg(protocol, user.address).arg(port).arg(meaning(user.address));
        if (!user.process.isEmpty())
            line = tr("%1 \u2014 %2").arg(line, user.process);
        lines << line;
    }
    int established = 0;
    int timeWait = 0;
    for (const PortUser &user : users) {
        if (user.state == QLatin1String("ESTABLISHED"))
            ++established;
        else if (user.state == QLatin1String("TIME_WAIT"))
            ++timeWait;
    }
    if (established > 0)
        lines << tr("%n connection(s) open on this port.", "", established);
    if (timeWait > 0)
        lines << tr("%n old connection(s) in TIME_WAIT: a new bind() without SO_REUSEADDR fails "
                    "until they are gone (about a minute).", "", timeWait);
    return lines.join(QLatin1Char('\n'));
}

} // namespace swb::course
