#include "net/payload/strftimeformatter.h"

#include <clocale>
#include <ctime>
#include <locale.h>
#include <optional>

namespace swb::net {

namespace {

// The conversions glibc knows, alone and after each modifier (probed from
// glibc 2.36 as Python sees it); only for telling the user about a typo; the
// text itself always comes from glibc.
constexpr QLatin1StringView Plain("abcdeghjklmnprstuwxyzABCDFGHIMPRSTUVWXYZ%");
constexpr QLatin1StringView AfterE("cnprstuxyzCPRTXYZ%");
constexpr QLatin1StringView AfterO("bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%");
constexpr QLatin1StringView Flags("_-0^#");

// Python formats in the C locale for LC_TIME (it sets only LC_CTYPE), while
// Qt has set the user's locale: names must not turn Chinese under zh_CN.
locale_t cLocale()
{
    static const locale_t locale = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    return locale;
}

// One directive as glibc reads it: %, flags, width, E or O, conversion.
struct Directive
{
    qsizetype length = 1;     // UTF-16 units from the '%'
    qsizetype widthValue = 0; // saturates above MaxWidth
    QChar modifier;
    QStringView conversion;   // empty: the pattern ended (or hit NUL) first
};

Directive parse(QStringView pattern, qsizetype at)
{
    Directive d;
    qsizetype j = at + 1;
    const qsizetype size = pattern.size();
    while (j < size && Flags.contains(pattern.at(j)))
        ++j;
    while (j < size && pattern.at(j).unicode() >= u'0' && pattern.at(j).unicode() <= u'9') {
        if (d.widthValue <= StrftimeFormatter::MaxWidth)
            d.widthValue = d.widthValue * 10 + (pattern.at(j).unicode() - u'0');
        ++j;
    }
    if (j < size && (pattern.at(j) == u'E' || pattern.at(j) == u'O'))
        d.modifier = pattern.at(j++);
    if (j < size && !pattern.at(j).isNull()) {
        qsizetype width = 1;
        if (pattern.at(j).isHighSurrogate() && j + 1 < size && pattern.at(j + 1).isLowSurrogate())
            width = 2;
        d.conversion = pattern.mid(j, width);
        j += width;
    }
    d.length = j - at;
    return d;
}

bool known(const Directive &d)
{
    if (d.conversion.size() != 1)
        return false;
    const QLatin1StringView letters = d.modifier == u'E' ? AfterE : d.modifier == u'O' ? AfterO : Plain;
    return d.conversion.at(0).unicode() < 128 && letters.contains(d.conversion.at(0));
}

// The broken-down time glibc reads. %s goes through mktime() in the process's
// zone, as in Python, so for it the fields are that zone's wall time.
struct BrokenDown
{
    std::tm tm{};
    QByteArray zone; // tm_zone points here

    BrokenDown(const QDateTime &given, bool forEpoch)
    {
        // An invalid time formats as the epoch rather than as garbage.
        QDateTime when = given.isValid() ? given : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        if (forEpoch)
            when = when.toLocalTime();
        const QDate date = when.date();
        const QTime time = when.time();
        tm.tm_year = date.year() - 1900;
        tm.tm_mon = date.month() - 1;
        tm.tm_mday = date.day();
        tm.tm_hour = time.hour();
        tm.tm_min = time.minute();
        tm.tm_sec = time.second();
        tm.tm_wday = date.dayOfWeek() % 7;
        tm.tm_yday = date.dayOfYear() - 1;
        tm.tm_isdst = when.isDaylightTime() ? 1 : 0;
        zone = when.timeZoneAbbreviation().toUtf8();
        tm.tm_gmtoff = when.offsetFromUtc();
        tm.tm_zone = zone.constData();
    }
};

// The two broken-down times a pattern may need, each made once per pattern
// (a timestamp reply formats one for every message).
class Moments
{
public:
    explicit Moments(const QDateTime &when) : m_when(when) {}
    const std::tm &forDirective(const QByteArray &directive)
    {
        std::optional<BrokenDown> &time = directive.endsWith('s') ? m_epoch : m_wall;
        if (!time)
            time.emplace(m_when, &time == &m_epoch);
        return time->tm;
    }

private:
    QDateTime m_when;
    std::optional<BrokenDown> m_wall;
    std::optional<BrokenDown> m_epoch;
};

// glibc's answer for one ASCII directive; a leading space tells an empty
// answer (%#Z without a zone) from a full buffer.
QString glibcFormat(const QByteArray &directive, Moments &moments)
{
    const std::tm &time = moments.forDirective(directive);
    char buffer[2 * StrftimeFormatter::MaxWidth + 64];
    const QByteArray format = ' ' + directive;
    const size_t written = strftime_l(buffer, sizeof buffer, format.constData(), &time, cLocale());
    if (written == 0)
        return QString::fromLatin1(directive);
    return QString::fromUtf8(buffer + 1, qsizetype(written) - 1);
}

// glibc pads and upper-cases a directive it does not know as it copies it:
// let it do that with a stand-in letter, then put the typed character back.
QString unknownFormat(QStringView typed, const Directive &d, Moments &moments)
{
    if (d.conversion.isEmpty() || d.conversion.at(0).unicode() < 128)
        return glibcFormat(typed.toLatin1(), moments);
    const QByteArray standIn = typed.left(typed.size() - d.conversion.size()).toLatin1() + 'Q';
    QString text = glibcFormat(standIn, moments);
    if (text.endsWith(u'Q'))
        text.replace(text.size() - 1, 1, d.conversion.toString());
    return text;
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

    Moments moments(when);
    const qsizetype size = pattern.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('%')) {
            text += c;
            ++i;
            continue;
        }
        const Directive d = parse(pattern, i);
        const QStringView typed = QStringView(pattern).mid(i, d.length);
        if (d.widthValue > MaxWidth) {
            text += typed;
            reportOnce(i, tr("Directive %1 at position %2 is wider than %3 characters.")
                              .arg(typed.toString(), QString::number(i + 1), QString::number(MaxWidth)));
        } else if (known(d)) {
            text += glibcFormat(typed.toLatin1(), moments);
        } else {
            text += unknownFormat(typed, d, moments);
            if (d.conversion.isEmpty() && i + d.length >= size)
                reportOnce(i, tr("Lone '%' at the end (position %1); write %% for a literal percent sign.")
                                  .arg(i + 1));
            else
                reportOnce(i, tr("Unknown directive %1 at position %2.")
                                  .arg(typed.toString(), QString::number(i + 1)));
        }
        i += d.length;
    }
    return text;
}

} // namespace swb::net
