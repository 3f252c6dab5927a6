#include "net/payload/templateexpander.h"

namespace swb::net {

namespace {

enum class Token { Data, Time, Date, DateTime, Counter, Peer };

struct TokenSpelling
{
    QLatin1String text;
    Token token;
};

constexpr TokenSpelling Spellings[] = {
    {QLatin1String("{data}"), Token::Data},
    {QLatin1String("{time}"), Token::Time},
    {QLatin1String("{date}"), Token::Date},
    {QLatin1String("{datetime}"), Token::DateTime},
    {QLatin1String("{counter}"), Token::Counter},
    {QLatin1String("{peer}"), Token::Peer},
};

// The token starting at position, if any. Tokens never share a prefix up to
// their closing brace, so the first match is the only one.
const TokenSpelling *tokenAt(QStringView pattern, qsizetype position)
{
    const QStringView rest = pattern.mid(position);
    for (const TokenSpelling &spelling : Spellings) {
        if (rest.startsWith(spelling.text))
            return &spelling;
    }
    return nullptr;
}

QString valueOf(Token token, const TemplateContext &context)
{
    switch (token) {
    case Token::Data:
        return context.data;
    case Token::Time:
        return context.now.toString(QStringLiteral("HH:mm:ss"));
    case Token::Date:
        return context.now.toString(QStringLiteral("yyyy-MM-dd"));
    case Token::DateTime:
        return context.now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Token::Counter:
        return QString::number(context.counter);
    case Token::Peer:
        return context.peer;
    }
    return QString();
}

} // namespace

QString TemplateExpander::expand(const QString &pattern, const TemplateContext &context)
{
    // One pass that appends values to the output and never looks at them
    // again: a peer sending "{time}" must get "{time}" back, not our clock.
    QString result;
    result.reserve(pattern.size() + context.data.size());
    const QStringView view(pattern);
    qsizetype copied = 0;
    qsizetype brace = pattern.indexOf(QLatin1Char('{'));
    while (brace >= 0) {
        if (const TokenSpelling *spelling = tokenAt(view, brace)) {
            result.append(view.mid(copied, brace - copied));
            result.append(valueOf(spelling->token, context));
            copied = brace + spelling->text.size();
            brace = pattern.indexOf(QLatin1Char('{'), copied);
        } else {
            brace = pattern.indexOf(QLatin1Char('{'), brace + 1);
        }
    }
    result.append(view.mid(copied));
    return result;
}

bool TemplateExpander::containsToken(const QString &pattern)
{
    const QStringView view(pattern);
    for (qsizetype brace = pattern.indexOf(QLatin1Char('{')); brace >= 0;
         brace = pattern.indexOf(QLatin1Char('{'), brace + 1)) {
        if (tokenAt(view, brace))
            return true;
    }
    return false;
}

QStringList TemplateExpander::tokens()
{
    QStringList list;
    for (const TokenSpelling &spelling : Spellings)
        list.append(spelling.text);
    return list;
}

} // namespace swb::net
