#include "net/traffic/csvcell.h"

#include "net/payload/controltext.h"

namespace swb::net {

namespace {

// The apostrophe is on the list so that a cell that really starts with one
// keeps it: decode() strips exactly one.
bool needsGuard(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\'');
}

} // namespace

QByteArray CsvCell::encode(const QString &text)
{
    QString cell = ControlText::escape(text, ControlText::Mode::Reversible);
    if (needsGuard(cell))
        cell.prepend(QLatin1Char('\''));
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + cell.toUtf8() + '"';
}

QString CsvCell::decode(const QString &field)
{
    const bool guarded = field.startsWith(QLatin1Char('\'')) && needsGuard(field.mid(1));
    return ControlText::unescape(guarded ? field.mid(1) : field);
}

} // namespace swb::net
