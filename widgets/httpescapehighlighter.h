#pragma once

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

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_lineEnd;
    QTextCharFormat m_escape;
    QTextCharFormat m_token;
    QTextCharFormat m_requestLine;
};

} // namespace swb::widgets
