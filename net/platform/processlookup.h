#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace swb::net {

// Which sockets exist on this machine and which process holds them. Linux
// lists every socket in /proc/net/{tcp,tcp6,udp,udp6,unix} and every process's
// descriptors in /proc/PID/fd (LinuxProcessLookup); other systems have no
// such files (PortableProcessLookup: nothing found, available() false, so that
// callers say "not available on this system" rather than "nothing there").
class ProcessLookup
{
public:
    virtual ~ProcessLookup() = default;
    // The one this build uses.
    static const ProcessLookup &system();

    virtual bool available() const = 0;
    // The text of one kernel socket table: "tcp", "tcp6", "udp", "udp6" or
    // "unix" (the /proc/net format); nullopt where there is none.
    virtual std::optional<QByteArray> socketTable(const QString &table) const = 0;
    // For the socket inodes asked about, the process holding each (pid), where
    // this user may see it.
    virtual QHash<quint64, qint64> socketOwners(const QSet<quint64> &inodes) const = 0;
    // A process's command name ("python3"); empty when unknown.
    virtual QString processName(qint64 pid) const = 0;
    // The program and its arguments ("python3 my_long_server_name.py"), shorter
    // than 80 characters, for people to read: the command name is cut at 15
    // bytes by the kernel. Falls back on processName().
    virtual QString commandLine(qint64 pid) const = 0;
};

} // namespace swb::net
