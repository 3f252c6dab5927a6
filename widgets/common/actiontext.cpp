#include "widgets/common/actiontext.h"

#include <QAction>
#include <QKeySequence>
#include <QStringList>

namespace swb::widgets {

QString ActionText::plain(const QString &menuText)
{
    QString text = menuText;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&'))
            text.remove(i, 1); // "&&" leaves one '&', which the next step skips
    }
    // Chinese menus write the mnemonic as "(&F)" after the words: drop the brackets too.
    if (const qsizetype at = text.indexOf(QLatin1Char('(')); at >= 0 && text.size() > at + 2
        && text.at(at + 2) == QLatin1Char(')') && text.at(at + 1).isUpper()
        && text.at(at + 1).unicode() < 128) {
        text.remove(at, 3);
    }
    return text.trimmed();
}

QString ActionText::plain(const QAction *action)
{
    return plain(action->text());
}

QString ActionText::shortcuts(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts()) {
        if (!key.isEmpty())
            keys << key.toString(QKeySequence::NativeText);
    }
    return keys.join(QStringLiteral(", "));
}

} // namespace swb::widgets
