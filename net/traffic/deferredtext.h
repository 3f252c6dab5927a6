#pragma once

#include <QString>
#include <QStringList>

namespace swb::net {

// Words kept as the tr() call that makes them, so that a traffic row or a log
// line made in one language reads in the language shown now: the row keeps
// the call, and whoever shows it renders it. The call travels inside the
// QString that TrafficEvent::text and the endpoints' logLine already carry: a
// marker character that text never holds, then the JSON array
// [context, source, n, arguments...]. An argument may be a deferred text
// itself (a close reason inside "closed (%2)"). Plain text renders as itself,
// so files, old rows and messages made at once pass through unchanged.
namespace DeferredText {

// context is the class's tr() context (staticMetaObject.className()); source
// is marked for lupdate with QT_TR_NOOP or QT_TR_N_NOOP (then n >= 0).
QString make(const char *context, const char *source, const QStringList &args = {}, int n = -1);
// In the language installed now.
QString render(const QString &text);
bool isDeferred(const QString &text);

} // namespace DeferredText

} // namespace swb::net
