#include "widgets/http/httprequesteditor.h"

#include "net/payload/payloadcomposer.h"
#include "course/lessons/workspace.h"
#include "widgets/http/httpescapehighlighter.h"
#include "net/httpclient/rawrequest.h"

#include <QFontDatabase>
#include <QKeyEvent>

namespace swb::widgets {

HttpRequestEditor::HttpRequestEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    m_highlighter = new HttpEscapeHighlighter(document());
    m_highlighter->setPalette(palette());
    setPlainText(defaultRequest());
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
