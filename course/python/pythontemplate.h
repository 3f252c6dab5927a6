#pragma once

#include "net/result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace swb::course {

// The few rules the script templates need, and nothing more:
//   {{name}}            the value of name; a value of several lines placed
//                       alone on a line gets that line's indentation on each line
//   %if flag / %if !flag / %else / %endif   (nestable, on lines of their own)
// An unknown name or an unbalanced %if is a bug in a template: render() then
// fails with every problem on a line of its own, and the tests fail on it.
class PythonTemplate final
{
public:
    PythonTemplate &set(const QString &name, const QString &value);
    PythonTemplate &flag(const QString &name, bool on = true);
    bool isSet(const QString &flag) const { return m_flags.contains(flag); }

    Result<QString> render(const QString &text) const;

private:
    // Unknown names are left as written and added to problems.
    QString substitute(const QString &line, QStringList &problems) const;

    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

} // namespace swb::course
