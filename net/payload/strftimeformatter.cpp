#include "net/payload/strftimeformatter.h"

#include <cstdlib>

namespace swb::net {

namespace {

// C locale names, independent of the user's locale: this mirrors what Python
// prints and what a peer's test script expects to compare against.
constexpr const char *ShortDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr const char *LongDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                    "Friday", "Saturday", "Sunday"};
constexpr const char *ShortMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char *LongMonths[] = {"January", "February", "March",     "April",
                                      "May",     "June",     "July",      "August",
                                      "September", "October", "November", "December"};

// An invalid QDateTime reports 0 for weekday and month; "?" keeps the output
// readable instead of indexing out of bounds.
QString nameAt(const char *const *names, int count, int oneBased)
{
    if (oneBased < 1 || oneBased > count)
        return QStringLiteral("?");
    return QString::fromLatin1(names[oneBased - 1]);
}

QString padded(qint64 value, int width, QChar fill = QLatin1Char('0'))
{
    if (value < 0)
        return QLatin1Char('-') + QString::number(-value).rightJustified(width, fill);
    return QString::number(value).rightJustified(width, fill);
}

QString utcOffset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = std::abs(seconds) / 60;
    return sign + padded(minutes / 60, 2) + padded(minutes % 60, 2);
}

// HH:MM:SS; an invalid time reads as midnight rather than an empty string.
QString clock(const QTime &time)
{
    if (!time.isValid())
        return QStringLiteral("00:00:00");
    return padded(time.hour(), 2) + QLatin1Char(':') + padded(time.minute(), 2) + QLatin1Char(':')
        + padded(time.second(), 2);
}

// Expands one directive letter; returns false for letters we do not support.
bool expandDirective(QChar letter, const QDateTime &when, QString &out)
{
    const QDate date = when.date();
    const QTime time = when.time();
    const int hour = time.isValid() ? time.hour() : 0;
    switch (letter.unicode()) {
    case u'a':
        out += nameAt(ShortDays, 7, date.dayOfWeek());
        return true;
    case u'A':
        out += nameAt(LongDays, 7, date.dayOfWeek());
        return true;
    case u'b':
        out += nameAt(ShortMonths, 12, date.month());
        return true;
    case u'B':
        out += nameAt(LongMonths, 12, date.month());
        return true;
    case u'c':
        // ctime() layout: the day of the month is padded with a space.
        out += nameAt(ShortDays, 7, date.dayOfWeek()) + QLatin1Char(' ')
            + nameAt(ShortMonths, 12, date.month()) + QLatin1Char(' ')
            + padded(date.day(), 2, QLatin1Char(' ')) + QLatin1Char(' ') + clock(time)
            + QLatin1Char(' ') + padded(date.year(), 4);
        return true;
    case u'd':
        out += padded(date.day(), 2);
        return true;
    case u'f':
        out += padded(qint64(time.isValid() ? time.msec() : 0) * 1000, 6);
        return true;
    case u'H':
        out += padded(hour, 2);
        return true;
    case u'I':
        out += padded(hour % 12 == 0 ? 12 : hour % 12, 2);
        return true;
    case u'j':
        out += padded(date.dayOfYear(), 3);
        return true;
    case u'm':
        out += padded(date.month(), 2);
        return true;
    case u'M':
        out += padded(time.isValid() ? time.minute() : 0, 2);
        return true;
    case u'p':
        out += hour < 12 ? QLatin1String("AM") : QLatin1String("PM");
        return true;
    case u'S':
        out += padded(time.isValid() ? time.second() : 0, 2);
        return true;
    case u'u':
        out += QString::number(date.dayOfWeek());
        return true;
    case u'w':
        out += QString::number(date.dayOfWeek() % 7);
        return true;
    case u'x':
        out += padded(date.month(), 2) + QLatin1Char('/') + padded(date.day(), 2) + QLatin1Char('/')
            + padded(std::abs(date.year()) % 100, 2);
        return true;
    case u'X':
        out += clock(time);
        return true;
    case u'y':
        out += padded(std::abs(date.year()) % 100, 2);
        return true;
    case u'Y':
        out += padded(date.year(), 4);
        return true;
    case u'z':
        out += utcOffset(when.isValid() ? when.offsetFromUtc() : 0);
        return true;
    case u'Z':
        out += when.timeZoneAbbreviation();
        return true;
    case u'%':
        out += QLatin1Char('%');
        return true;
    default:
        return false;
    }
}

} // namespace

Result<QString> StrftimeFormatter::format(const QString &pattern, const QDateTime &when)
{
    Failure first;
    QString text = expand(pattern, when, &first);
    if (!first.message.isEmpty())
        return first;
    return text;
}

QString StrftimeFormatter::formatLiterally(const QString &pattern, const QDateTime &when)
{
    return expand(pattern, when, nullptr);
}

QString StrftimeFormatter::expand(const QString &pattern, const QDateTime &when, Failure *first)
{
    QString text;
    text.reserve(pattern.size() + 16);
    auto reportOnce = [first](qsizetype position, const QString &message) {
        if (first && first->message.isEmpty())
            *first = Failure{message, 0, position};
    };

    const qsizetype size = pattern.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('%')) {
            text += c;
            ++i;
            continue;
        }
        if (i + 1 >= size) {
            text += c;
            reportOnce(i, tr("Lone '%' at the end (position %1); write %% for a literal percent sign.")
                              .arg(i + 1));
            break;
        }
        const QChar letter = pattern.at(i + 1);
        if (expandDirective(letter, when, text)) {
            i += 2;
            continue;
        }
        // Copy the unknown directive whole; a '%' before an emoji takes both
        // halves of the surrogate pair so the output stays valid UTF-16.
        qsizetype length = 2;
        if (letter.isHighSurrogate() && i + 2 < size && pattern.at(i + 2).isLowSurrogate())
            length = 3;
        const QStringView directive = QStringView(pattern).mid(i, length);
        text += directive;
        reportOnce(i, tr("Unknown directive %1 at position %2.")
                          .arg(directive.toString(), QString::number(i + 1)));
        i += length;
    }
    return text;
}

} // namespace swb::net
