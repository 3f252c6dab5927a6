#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace swb::widgets {

// Makes the invisible visible in the raw request editor: the \r and \n escapes
// that become CR and LF bytes, other escapes, the {host} token, and the
// request line.
class HttpEscapeHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpEscapeHighlighter)
public:
    explicit HttpEscapeHighlighter(QTextDocument *document);

    // Colours readable on the palette's base (the theme's contrast); re-highlights.
    void setPalette(const QPalette &palette);
    QColor lineEndColour() const { return m_lineEnd.foreground().color(); }

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_lineEnd;
    QTextCharFormat m_escape;
    QTextCharFormat m_token;
    QTextCharFormat m_requestLine;
};

} // namespace swb::widgets
