#pragma once

#include "net/platform/processlookup.h"

namespace swb::net {

// Reads /proc: the socket tables in net/, each process's fd/ and comm.
class LinuxProcessLookup final : public ProcessLookup
{
public:
    // `procRoot` is "/proc" except in tests.
    explicit LinuxProcessLookup(const QString &procRoot = QStringLiteral("/proc"));
    bool available() const override;
    std::optional<QByteArray> socketTable(const QString &table) const override;
    QHash<quint64, qint64> socketOwners(const QSet<quint64> &inodes) const override;
    QString processName(qint64 pid) const override;
    QString commandLine(qint64 pid) const override;

private:
    QString m_root;
};

} // namespace swb::net
