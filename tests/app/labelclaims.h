#pragma once

// Where a lesson or guide text names something of the window: a quoted label
// after "click" / 点, before "panel" / 面板, "tab" / 页, "row" / 行 …, a button
// after "Click" (not a key: "press Enter"), a row kind before "row", and (in
// Chinese) any English row kind such as "Accept 行". Quoted data
// ("received: ", “hi”) is not a label.

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace labelclaims {

struct Claim
{
    enum class Kind { Label, RowKind, LabelStart };
    QString label;
    Kind kind = Kind::Label;
    QString excerpt; // the words around it, for the failure message
};

inline QString excerpt(const QString &text, qsizetype start, qsizetype end)
{
    const qsizetype from = qMax<qsizetype>(0, start - 20);
    return text.mid(from, end + 12 - from).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

inline QList<Claim> english(const QString &text)
{
    static const QRegularExpression quoted(QStringLiteral("\"([^\"\\n]+)\""));
    static const QRegularExpression before(
        QStringLiteral("\\b(click|press|tick|untick|choose|select|open|look at|the behaviour|"
                       "the lesson|the tab|the button|the menu|the list|the option)\\s+"
                       "(\"[^\"\\n]*\",\\s*)*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression after(
        QStringLiteral("^\\s+(panel|button|tab|menu|rows?|box|list|column|page|option|lesson|mode)\\b"));
    static const QRegularExpression rowWord(QStringLiteral("\\b([A-Za-z]+)\\s+rows?\\b"));
    static const QRegularExpression kindNames(
        QStringLiteral("^(listen|accept|connect|recv|send|close|error|info)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression click(QStringLiteral("\\b(?:[Cc]lick|[Pp]ress)\\s+(?:the\\s+)?(?!Enter\\b|Return\\b|Esc\\b|Ctrl\\b)([A-Z][\\w-]*)"));
    QList<Claim> claims;
    for (auto it = quoted.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QRegularExpressionMatch a = after.match(text.mid(m.capturedEnd()));
        const bool row = a.hasMatch() && a.captured(1).startsWith(QLatin1String("row"));
        if (a.hasMatch() || before.match(text.left(m.capturedStart())).hasMatch())
            claims << Claim{m.captured(1), row ? Claim::Kind::RowKind : Claim::Kind::Label,
                            excerpt(text, m.capturedStart(), m.capturedEnd())};
    }
    for (auto it = rowWord.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (kindNames.match(m.captured(1)).hasMatch())
            claims << Claim{m.captured(1), Claim::Kind::RowKind,
                            excerpt(text, m.capturedStart(), m.capturedEnd())};
    }
    for (auto it = click.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        claims << Claim{m.captured(1), Claim::Kind::LabelStart,
                        excerpt(text, m.capturedStart(), m.capturedEnd())};
    }
    return claims;
}

inline QList<Claim> chinese(const QString &text)
{
    static const QRegularExpression quoted(QStringLiteral("\\x{201c}([^\\x{201d}\\n]+)\\x{201d}"));
    static const QRegularExpression before(
        QStringLiteral("(点击|点一下|点|按|勾选|选中|选择|选|打开|看|行为是|处在)$"));
    static const QRegularExpression after(
        QStringLiteral("^(\\x{ff08}[^\\x{ff09}]*\\x{ff09})?(面板|按钮|页|菜单|行(?!为)|列表|列|框|模式|那一课|一课)"));
    // An English row kind alone in Chinese text ("Accept 行", "一行 Close"), not
    // the start of English words ("Accept new connection", "Accept-Encoding").
    static const QRegularExpression englishKind(
        QStringLiteral("(?<![A-Za-z])(Listen|Accept|Connect|Recv|Send|Close|Error|Info)"
                       "(?![A-Za-z])(?!\\s*[a-z(_:-])"));
    QList<Claim> claims;
    for (auto it = quoted.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QRegularExpressionMatch a = after.match(text.mid(m.capturedEnd()));
        const bool row = a.hasMatch() && a.captured(2) == QStringLiteral("行");
        if (a.hasMatch() || before.match(text.left(m.capturedStart())).hasMatch())
            claims << Claim{m.captured(1), row ? Claim::Kind::RowKind : Claim::Kind::Label,
                            excerpt(text, m.capturedStart(), m.capturedEnd())};
    }
    for (auto it = englishKind.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        claims << Claim{m.captured(1), Claim::Kind::RowKind,
                        excerpt(text, m.capturedStart(), m.capturedEnd())};
    }
    return claims;
}

inline QList<Claim> of(const QString &text, const QString &language)
{
    return language == QStringLiteral("en") ? english(text) : chinese(text);
}

} // namespace labelclaims
