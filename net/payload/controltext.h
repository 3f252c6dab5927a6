#pragma once

#include <QByteArray>
#include <QString>

namespace swb::net {

// Characters a peer or a file can use to change what a reader sees rather than
// what it reads: C0 and C1 controls (ANSI escape sequences start with ESC),
// DEL, and the invisible formatting marks (right-to-left overrides and
// isolates, zero-width characters, the byte-order mark). Text that leaves the
// app for another program's display (a CSV export opened in a spreadsheet, the
// terminal behind stderr) writes them visibly: \xNN below U+0100, \u{NNNN}
// above.
class ControlText final
{
public:
    enum class Mode {
        // Every hidden character escaped and "\" doubled, so that unescape()
        // gives back exactly the text (CSV exports the app reads back).
        Reversible,
        // For a terminal: line breaks and tabs stay, "\" stays single.
        Terminal,
    };

    static bool isHidden(char32_t c);
    static QString escape(const QString &text, Mode mode);
    // Undoes escape(Reversible). A backslash not followed by a sequence that
    // escape() writes stays as it is (files from before the escaping).
    static QString unescape(const QString &text);
    // escape(Terminal) in the locale's encoding, for fprintf(stderr, ...).
    static QByteArray forTerminal(const QString &text);
};

} // namespace swb::net
