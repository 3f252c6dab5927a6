#pragma once

#include <QByteArray>
#include <QString>

namespace swb::net {

// One text cell of a CSV traffic export. What a server sent ends up here, and
// a CSV file is opened in spreadsheets, which run a cell starting with =, +, -
// or @ as a formula (OWASP "CSV injection") and show terminal escapes and
// right-to-left overrides as they are. So a cell is written with hidden
// characters escaped visibly (ControlText, reversible) and, when it would
// start with a formula character or an apostrophe, behind an apostrophe.
// decode() undoes both, so the app reads its own exports back exactly.
class CsvCell final
{
public:
    // The quoted field, UTF-8, ready to go between commas.
    static QByteArray encode(const QString &text);
    // The inverse of encode() on the field's text once its quotes are undone.
    static QString decode(const QString &field);
};

} // namespace swb::net
