#include "widgets/http/httpescapehighlighter.h"

#include "models/colourcontrast.h"

#include <QRegularExpression>

namespace swb::widgets {

HttpEscapeHighlighter::HttpEscapeHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_lineEnd.setFontWeight(QFont::Bold);
    m_token.setFontItalic(true);
    m_requestLine.setFontWeight(QFont::Bold);
    setPalette(QPalette());
}

void HttpEscapeHighlighter::setPalette(const QPalette &palette)
{
    m_lineEnd.setForeground(models::ColourContrast::onBase(QColor(0xe6, 0x51, 0x00), palette));
    m_escape.setForeground(models::ColourContrast::onBase(QColor(0x8e, 0x24, 0xaa), palette));
    m_token.setForeground(models::ColourContrast::onBase(QColor(0x15, 0x65, 0xc0), palette));
    rehighlight();
}

void HttpEscapeHighlighter::highlightBlock(const QString &text)
{
    if (currentBlock().blockNumber() == 0)
        setFormat(0, int(text.size()), m_requestLine);
    static const QRegularExpression escapes(QStringLiteral(R"(\\(?:x[0-9A-Fa-f]{2}|.))"));
    for (auto it = escapes.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QChar which = m.captured().at(1);
        const bool lineEnd = which == QLatin1Char('r') || which == QLatin1Char('n');
        setFormat(int(m.capturedStart()), int(m.capturedLength()), lineEnd ? m_lineEnd : m_escape);
    }
    static const QRegularExpression tokens(QStringLiteral(R"(\{host\})"));
    for (auto it = tokens.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_token);
    }
}

} // namespace swb::widgets
