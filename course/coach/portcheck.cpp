#include "course/coach/portcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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

QString PortCheck::processName(const QString &procRoot, const QString &pid)
{
    // comm is cut to 15 bytes ("my_long_server_" for my_long_server_name.py's
    // interpreter, too); cmdline holds the whole program and its arguments.
    const QString dir = procRoot + QLatin1Char('/') + pid;
    QFile cmdline(dir + QLatin1String("/cmdline"));
    QList<QByteArray> words;
    if (cmdline.open(QIODevice::ReadOnly))
        words = cmdline.readAll().split('\0');
    while (!words.isEmpty() && words.constLast().isEmpty())
        words.removeLast();
    if (!words.isEmpty()) {
        words.first() = words.first().mid(words.first().lastIndexOf('/') + 1);
        const QString line = QString::fromUtf8(words.join(' ')).simplified();
        constexpr qsizetype longest = 80;
        return line.size() > longest ? line.left(longest - 1) + QChar(0x2026) : line;
    }
    // Kernel threads and zombies have an empty cmdline.
    QFile comm(dir + QLatin1String("/comm"));
    return comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll()).trimmed() : QString();
}

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

QList<PortUser> PortCheck::find(quint16 port, bool tcp, bool udp, const QString &procRoot)
{
    QStringList tables;
    if (tcp)
        tables << QStringLiteral("tcp") << QStringLiteral("tcp6");
    if (udp)
        tables << QStringLiteral("udp") << QStringLiteral("udp6");
    QList<PortUser> found;
    for (const QString &table : std::as_const(tables)) {
        QFile file(procRoot + QLatin1String("/net/") + table);
        // /proc files report size 0: read until the end, not by size.
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<PortUser> all = parse(file.readAll(), table);
        for (const PortUser &user : all) {
            if (user.port == port)
                found << user;
        }
    }
    addProcesses(found, procRoot);
    return found;
}

void PortCheck::addProcesses(QList<PortUser> &users, const QString &procRoot)
{
    QHash<quint64, qsizetype> byInode;
    for (qsizetype i = 0; i < users.size(); ++i) {
        if (users.at(i).inode != 0)
            byInode.insert(users.at(i).inode, i);
    }
    if (byInode.isEmpty())
        return;
    // Only our own processes' descriptors are readable unless we are root;
    // the others simply stay without a name.
    const QStringList pids = QDir(procRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric)
            continue;
        const QString fdDir = procRoot + QLatin1Char('/') + pid + QLatin1String("/fd");
        const QStringList fds = QDir(fdDir).entryList(QDir::Files | QDir::System);
        for (const QString &fd : fds) {
            const QString target = QFileInfo(fdDir + QLatin1Char('/') + fd).symLinkTarget();
            const qsizetype open = target.indexOf(QLatin1String("socket:["));
            if (open < 0)
                continue;
            const quint64 inode = target.mid(open + 8).chopped(1).toULongLong();
            const auto it = byInode.constFind(inode);
            if (it == byInode.constEnd())
                continue;
            users[*it].process = tr("%1 (pid %2)").arg(processName(procRoot, pid), pid);
        }
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
