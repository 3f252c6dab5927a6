#include "widgets/teaching/pythonhighlighter.h"

#include "models/colourcontrast.h"

namespace swb::widgets {

PythonHighlighter::PythonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_keywords(QStringLiteral(
          "\\b(and|as|break|class|continue|def|elif|else|except|finally|for|from|if|import|in|"
          "is|lambda|None|not|or|pass|raise|return|True|False|try|while|with|yield)\\b"))
    , m_builtins(QStringLiteral(
          "\\b(print|input|len|range|str|bytes|open|next|socket|threading|time|os|struct|"
          "itertools|urllib|ssl)\\b"))
    , m_numbers(QStringLiteral("\\b(0x[0-9a-fA-F]+|\\d+(\\.\\d+)?)\\b"))
{
    m_keyword.setFontWeight(QFont::Bold);
    setPalette(QPalette());
}

void PythonHighlighter::setPalette(const QPalette &palette)
{
    // One set for light backgrounds, one for dark; either lifted to the theme's contrast.
    const auto pick = [&palette](const QColor &onDark, const QColor &onLight) {
        return models::ColourContrast::onBase(onLight, onDark, palette);
    };
    m_keyword.setForeground(pick(QColor(0x82, 0xaa, 0xff), QColor(0x00, 0x33, 0x99)));
    m_builtin.setForeground(pick(QColor(0x4e, 0xc9, 0xb0), QColor(0x00, 0x66, 0x66)));
    m_string.setForeground(pick(QColor(0xce, 0x91, 0x78), QColor(0x99, 0x1a, 0x00)));
    m_comment.setForeground(pick(QColor(0x9c, 0xcc, 0x7c), QColor(0x3a, 0x6e, 0x1f)));
    m_comment.setFontItalic(true);
    m_number.setForeground(pick(QColor(0xd7, 0xba, 0x7d), QColor(0x80, 0x4a, 0x00)));
    rehighlight();
}

void PythonHighlighter::highlightBlock(const QString &text)
{
    const auto apply = [this, &text](const QRegularExpression &re, const QTextCharFormat &format) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
        }
    };
    apply(m_builtins, m_builtin);
    apply(m_keywords, m_keyword);
    apply(m_numbers, m_number);
    // Strings and comments last, scanned by hand: a # inside a string is not a
    // comment, and a quote inside a comment starts no string.
    QChar quote;
    int start = -1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (start >= 0) {
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == quote) {
                setFormat(start, i - start + 1, m_string);
                start = -1;
            }
            continue;
        }
        if (c == QLatin1Char('#')) {
            setFormat(i, int(text.size()) - i, m_comment);
            return;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            start = i;
            // A b'' or r'' prefix belongs to the string.
            if (i > 0 && (text.at(i - 1) == QLatin1Char('b') || text.at(i - 1) == QLatin1Char('r'))
                && (i == 1 || !text.at(i - 2).isLetterOrNumber()))
                start = i - 1;
        }
    }
    if (start >= 0)
        setFormat(start, int(text.size()) - start, m_string);
}

} // namespace swb::widgets
