#pragma once

#include <QByteArray>

namespace swb::net {

// A status line or reason phrase as rows, labels and the redirect list show
// it: the header may be 1 MiB long, and a hostile server's 500 KiB reason
// phrase must not become a 500 KiB label or traffic row. The parser keeps
// every byte; only what is shown is cut, and the cut is marked.
constexpr qsizetype maxShownLine = 160;

inline QByteArray shownLine(const QByteArray &line)
{
    if (line.size() <= maxShownLine)
        return line;
    return line.left(maxShownLine) + "... (" + QByteArray::number(line.size()) + " bytes)";
}

} // namespace swb::net
