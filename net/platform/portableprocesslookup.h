#pragma once

#include "net/platform/processlookup.h"

namespace swb::net {

// No socket tables, no process list: every answer is "unknown".
class PortableProcessLookup final : public ProcessLookup
{
public:
    bool available() const override { return false; }
    std::optional<QByteArray> socketTable(const QString &table) const override;
    QHash<quint64, qint64> socketOwners(const QSet<quint64> &inodes) const override;
    QString processName(qint64 pid) const override;
    QString commandLine(qint64 pid) const override;
};

} // namespace swb::net
