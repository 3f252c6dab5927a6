#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace swb::course {

// One socket on a port, as /proc/net/{tcp,tcp6,udp,udp6} lists it.
struct PortUser
{
    QString table;   // "tcp", "tcp6", "udp", "udp6"
    QString address; // "127.0.0.1", "0.0.0.0", "::", "::1"; IPv4-mapped shown as IPv4
    quint16 port = 0;
    QString remote;  // "" for listening and unconnected sockets
    QString state;   // "LISTEN", "ESTABLISHED", "TIME_WAIT", … ("" for UDP)
    quint64 inode = 0;
    QString process; // "python3 (pid 1234)" when this user may see it
};

// "Is this port in use, and by which local address?" — read from the kernel's
// tables, so it sees every program, not only this one. Linux only; elsewhere
// the tables are missing and find() says nothing is there.
class PortCheck final
{
    Q_DECLARE_TR_FUNCTIONS(swb::course::PortCheck)
public:
    // Every socket whose local port is `port`. procRoot is for tests.
    static QList<PortUser> find(quint16 port, bool tcp = true, bool udp = true,
                                const QString &procRoot = QStringLiteral("/proc"));
    // One table's text; table is "tcp", "tcp6", "udp" or "udp6".
    static QList<PortUser> parse(const QByteArray &text, const QString &table);
    // The listening (TCP) or bound (UDP) sockets only.
    static QList<PortUser> listeners(const QList<PortUser> &users);
    // A few translated lines for the coach: who listens, on which address, and
    // what that address means (this machine only, every address, …).
    static QString describe(const QList<PortUser> &users, quint16 port);
    // What a listening address means, translated.
    static QString meaning(const QString &address);

    // The program behind a pid, as its command line names it: "python3 server.py".
    static QString processName(const QString &procRoot, const QString &pid);

private:
    static void addProcesses(QList<PortUser> &users, const QString &procRoot);
};

} // namespace swb::course
