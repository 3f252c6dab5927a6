#pragma once

#include <QRegularExpression>
#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace swb::widgets {

// Just enough Python colouring for the generated scripts: keywords, built-ins,
// strings (with b'' and '' prefixes), comments and numbers. Colours follow the
// palette's lightness so the dark and high-contrast themes stay readable.
class PythonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PythonHighlighter)
public:
    explicit PythonHighlighter(QTextDocument *document);

    // Picks colours readable on the palette's base and re-highlights.
    void setPalette(const QPalette &palette);
    // What a keyword, a string, a comment ... are drawn in now (tests).
    QColor keywordColour() const { return m_keyword.foreground().color(); }
    QColor stringColour() const { return m_string.foreground().color(); }
    QColor commentColour() const { return m_comment.foreground().color(); }

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_keywords;
    QRegularExpression m_builtins;
    QRegularExpression m_numbers;
    QTextCharFormat m_keyword;
    QTextCharFormat m_builtin;
    QTextCharFormat m_string;
    QTextCharFormat m_comment;
    QTextCharFormat m_number;
};

} // namespace swb::widgets
