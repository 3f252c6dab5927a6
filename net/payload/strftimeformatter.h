#pragma once

#include "net/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace swb::net {

// Python's time.strftime as it answers on Linux: every directive glibc knows
// (%F %T %D %e %s %C %g %G %V %k %l %P …, the flags _ - 0 ^ #, a width, the
// E and O modifiers), in the C locale Python formats in by default. glibc
// itself formats each directive, so the answers are the notes' answers; the
// pattern is cut into directives here first, so a peer's format never reaches
// glibc whole: literal text, Chinese and NUL are copied by us, and a width is
// bounded. Like Python, an unknown directive (%Q, %f) and a lone trailing '%'
// are copied unchanged.
class StrftimeFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::StrftimeFormatter)
public:
    // Directives wider than this are copied as typed rather than padded: a
    // peer must not make us build megabytes (Python answers '' there).
    static constexpr int MaxWidth = 1024;

    // The text, or a failure that names the first unknown directive, lone '%'
    // or over-wide directive; its offset is that '%''s index in pattern
    // (UTF-16 units). For checking what a user typed.
    static Result<QString> format(const QString &pattern, const QDateTime &when);
    // What Python answers: unknown directives and a lone '%' copied as typed.
    static QString formatLiterally(const QString &pattern, const QDateTime &when);

private:
    // Fills *first with the first problem when first is not null.
    static QString expand(const QString &pattern, const QDateTime &when, Failure *first);
};

} // namespace swb::net
