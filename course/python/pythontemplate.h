#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace swb::course {

// The few rules the script templates need, and nothing more:
//   {{name}}            the value of name; a value of several lines placed
//                       alone on a line gets that line's indentation on each line
//   %if flag / %if !flag / %else / %endif   (nestable, on lines of their own)
// An unknown name or an unbalanced %if is a bug in a template: render() then
// says so in *error, and the tests fail on it.
class PythonTemplate final
{
public:
    PythonTemplate &set(const QString &name, const QString &value);
    PythonTemplate &flag(const QString &name, bool on = true);
    bool isSet(const QString &flag) const { return m_flags.contains(flag); }

    QString render(const QString &text, QString *error = nullptr) const;

private:
    QString substitute(const QString &line, QString *error) const;

    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

} // namespace swb::course
