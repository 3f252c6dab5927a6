#include "course/python/pythontemplate.h"

#include <QList>
#include <QStringList>

namespace swb::course {

PythonTemplate &PythonTemplate::set(const QString &name, const QString &value)
{
    m_values.insert(name, value);
    return *this;
}

PythonTemplate &PythonTemplate::flag(const QString &name, bool on)
{
    if (on)
        m_flags.insert(name);
    else
        m_flags.remove(name);
    return *this;
}

QString PythonTemplate::substitute(const QString &line, QStringList &problems) const
{
    const QString trimmed = line.trimmed();
    // A placeholder alone on its line: indent every line of the value like it.
    if (trimmed.startsWith(QLatin1String("{{")) && trimmed.endsWith(QLatin1String("}}"))
        && trimmed.count(QLatin1String("{{")) == 1) {
        const QString name = trimmed.mid(2, trimmed.size() - 4);
        if (!m_values.contains(name)) {
            problems << QStringLiteral("unknown name {{%1}}").arg(name);
            return line;
        }
        const QString indent = line.left(line.indexOf(QLatin1Char('{')));
        const QString value = m_values.value(name);
        if (value.isEmpty())
            return QString(); // dropped by the caller: an empty block leaves no blank line
        QStringList lines = value.split(QLatin1Char('\n'));
        for (QString &l : lines) {
            if (!l.isEmpty())
                l.prepend(indent);
        }
        return lines.join(QLatin1Char('\n'));
    }
    QString out;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = line.indexOf(QLatin1String("{{"), from);
        const qsizetype close = open < 0 ? -1 : line.indexOf(QLatin1String("}}"), open + 2);
        if (open < 0 || close < 0) {
            out += line.mid(from);
            break;
        }
        out += line.mid(from, open - from);
        const QString name = line.mid(open + 2, close - open - 2);
        if (m_values.contains(name)) {
            out += m_values.value(name);
        } else {
            out += line.mid(open, close + 2 - open);
            problems << QStringLiteral("unknown name {{%1}}").arg(name);
        }
        from = close + 2;
    }
    return out;
}

Result<QString> PythonTemplate::render(const QString &text) const
{
    QStringList problems;
    // Each open %if remembers whether its lines are kept (and whether the
    // enclosing block was), so %else can flip only its own branch.
    struct Branch
    {
        bool outer;
        bool condition;
    };
    QList<Branch> stack;
    const auto active = [&stack] {
        return stack.isEmpty() || (stack.last().outer && stack.last().condition);
    };
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("%if "))) {
            QString name = trimmed.mid(4).trimmed();
            const bool negated = name.startsWith(QLatin1Char('!'));
            if (negated)
                name = name.mid(1);
            const bool outer = active();
            stack.append({outer, m_flags.contains(name) != negated});
            continue;
        }
        if (trimmed == QLatin1String("%else")) {
            if (stack.isEmpty()) {
                problems << QStringLiteral("%else without %if");
                continue;
            }
            stack.last().condition = !stack.last().condition;
            continue;
        }
        if (trimmed == QLatin1String("%endif")) {
            if (stack.isEmpty())
                problems << QStringLiteral("%endif without %if");
            if (!stack.isEmpty())
                stack.removeLast();
            continue;
        }
        if (!active())
            continue;
        const bool placeholderLine = trimmed.startsWith(QLatin1String("{{"))
            && trimmed.endsWith(QLatin1String("}}"));
        const QString rendered = substitute(line, problems);
        if (placeholderLine && rendered.isEmpty())
            continue;
        out << rendered;
    }
    if (!stack.isEmpty())
        problems << QStringLiteral("%if without %endif");
    if (!problems.isEmpty())
        return Failure{problems.join(QLatin1Char('\n'))};
    return out.join(QLatin1Char('\n'));
}

} // namespace swb::course
