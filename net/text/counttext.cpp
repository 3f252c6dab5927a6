#include "net/text/counttext.h"

#include <QLocale>

#include <algorithm>
#include <climits>

namespace swb::net {

namespace {

QString number(qint64 count)
{
    return QLocale().toString(count);
}

} // namespace

int CountText::form(qint64 count)
{
    // Every count above INT_MAX is plural in our languages.
    return int(std::clamp<qint64>(count, 0, INT_MAX));
}

QString CountText::bytes(qint64 count)
{
    return tr("%1 bytes", "a count", form(count)).arg(number(count));
}

QString CountText::messages(qint64 count)
{
    return tr("%1 messages", "a count", form(count)).arg(number(count));
}

QString CountText::events(qint64 count)
{
    return tr("%1 events", "a count", form(count)).arg(number(count));
}

} // namespace swb::net
