#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace swb::net {

struct TemplateContext
{
    QString data;      // the received message, without its trailing line ending
    QDateTime now;     // local time
    quint64 counter = 0;
    QString peer;      // "host:port"
};

// Replaces {data} {time} {date} {datetime} {counter} {peer}; any other text,
// including unknown {words} and lone braces, is left as is.
class TemplateExpander final
{
public:
    static QString expand(const QString &pattern, const TemplateContext &context);
    static bool containsToken(const QString &pattern);
    static QStringList tokens();
};

} // namespace swb::net
