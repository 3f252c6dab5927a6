#include "widgets/http/httprequesteditor.h"

#include "course/lessons/workspace.h"
#include "net/httpclient/rawrequest.h"
#include "net/payload/payloadcomposer.h"
#include "widgets/http/httpescapehighlighter.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QtMath>

namespace swb::widgets {

namespace {
// The default request: three header lines and the blank line.
constexpr int minimumLines = 4;
} // namespace

HttpRequestEditor::HttpRequestEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    m_highlighter = new HttpEscapeHighlighter(document());
    m_highlighter->setPalette(palette());
    setPlainText(defaultRequest());
    connect(document(), &QTextDocument::contentsChanged, this, &QWidget::updateGeometry);
}

int HttpRequestEditor::heightForLines(int lines) const
{
    const int margin = qCeil(document()->documentMargin() * 2);
    return lines * fontMetrics().lineSpacing() + margin + frameWidth() * 2
        + contentsMargins().top() + contentsMargins().bottom()
        + horizontalScrollBar()->sizeHint().height();
}

int HttpRequestEditor::widestLine() const
{
    int widest = 0;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next())
        widest = qMax(widest, fontMetrics().horizontalAdvance(b.text()));
    return widest;
}

int HttpRequestEditor::widthFor(int textWidth) const
{
    return textWidth + qCeil(document()->documentMargin() * 2) + frameWidth() * 2
        + verticalScrollBar()->sizeHint().width();
}

QSize HttpRequestEditor::sizeHint() const
{
    // One line more than the text, for the header line a student adds next.
    const int lines = qBound(minimumLines, document()->blockCount() + 1, 12);
    // As wide as the widest line, and room for a longer first line such as
    // GET /gbk-meta HTTP/1.1\r\n.
    const int room = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28;
    return {widthFor(qMax(room, widestLine())), heightForLines(lines)};
}

QSize HttpRequestEditor::minimumSizeHint() const
{
    // Every line whole: the request is what the lesson is about. A line
    // longer than a usual header scrolls rather than widening the panel.
    const int cap = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 48;
    const int lines = qBound(minimumLines, document()->blockCount(), 8);
    return {widthFor(qMin(cap, widestLine())), heightForLines(lines)};
}

void HttpRequestEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette()); // a theme switch
    QPlainTextEdit::changeEvent(event);
}

QString HttpRequestEditor::defaultRequest()
{
    return course::HttpOptions().rawRequest;
}

Result<QByteArray> HttpRequestEditor::compose(const QUrl &url) const
{
    return net::RawRequest::compose(toPlainText(), url);
}

void HttpRequestEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        // What the notes write at every line end; Shift+Enter breaks the line only.
        insertPlainText(QStringLiteral("\\r\\n\n"));
        return;
    }
    if (enter) {
        insertPlainText(QStringLiteral("\n"));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace swb::widgets
