#pragma once

#include "net/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace swb::net {

// Python's time.strftime, written out so that no format a peer sends can crash
// us (glibc strftime has undefined behaviour on some inputs). Supported:
// %a %A %b %B %c %d %f %H %I %j %m %M %p %S %u %w %x %X %y %Y %z %Z %% (C locale
// names, as Python prints by default).
class StrftimeFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::StrftimeFormatter)
public:
    // An unknown directive or a lone trailing '%' is a failure that names the
    // first one; its offset is that '%''s index in pattern (UTF-16 units).
    static Result<QString> format(const QString &pattern, const QDateTime &when);
    // The same, but an unknown directive or a lone '%' is copied as typed, so a
    // reply prefix with a typo still carries the rest of the time.
    static QString formatLiterally(const QString &pattern, const QDateTime &when);

private:
    // Fills *first with the first problem when first is not null.
    static QString expand(const QString &pattern, const QDateTime &when, Failure *first);
};

} // namespace swb::net
