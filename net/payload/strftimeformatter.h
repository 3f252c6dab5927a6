#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace swb::net {

struct StrftimeResult
{
    QString text;
    bool ok = true;
    QString errorMessage; // translated; names the first unknown directive and its position
};

// Python's time.strftime, written out so that no format a peer sends can crash
// us (glibc strftime has undefined behaviour on some inputs). Supported:
// %a %A %b %B %c %d %f %H %I %j %m %M %p %S %u %w %x %X %y %Y %z %Z %% (C locale
// names, as Python prints by default). An unknown directive or a lone trailing
// '%' is copied literally and reported through ok/errorMessage.
class StrftimeFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::StrftimeFormatter)
public:
    static StrftimeResult format(const QString &pattern, const QDateTime &when);
};

} // namespace swb::net
