#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QUrl>

namespace swb::widgets {

class HttpEscapeHighlighter;

// The raw request, typed as the notes write it in Python: escapes are the
// bytes (\r\n is CR LF), and the editor's own line breaks are only layout, so
// a bare \n (the notes' "close\n\r\n") is sent as typed. Enter types \r\n and
// a line break; Shift+Enter only breaks the line. {host} becomes the URL's
// host[:port] when the request is sent.
class HttpRequestEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpRequestEditor)
public:
    explicit HttpRequestEditor(QWidget *parent = nullptr);

    // The bytes to send, or a failure that says where and what.
    Result<QByteArray> compose(const QUrl &url) const;
    // The notes' request for a method and a path: METHOD path HTTP/1.1, Host, Connection: close.
    static QString defaultRequest();
    HttpEscapeHighlighter *highlighter() const { return m_highlighter; }
    // Tall enough for every line of the request (up to a dozen), so the blank
    // line that ends the header is never scrolled out of sight, and at least
    // as wide as its lines.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int heightForLines(int lines) const;
    int widestLine() const;
    int widthFor(int textWidth) const;

    HttpEscapeHighlighter *m_highlighter = nullptr;
};

} // namespace swb::widgets
