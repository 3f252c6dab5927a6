#include "widgets/httprequesteditor.h"

#include "net/payloadcomposer.h"
#include "net/workspace.h"
#include "widgets/httpescapehighlighter.h"
#include "widgets/httpurl.h"

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
    return net::HttpOptions().rawRequest;
}

QByteArray HttpRequestEditor::compose(const QUrl &url, QString *error) const
{
    return compose(toPlainText(), url, error);
}

QByteArray HttpRequestEditor::compose(const QString &text, const QUrl &url, QString *error)
{
    QString flat = text;
    flat.remove(QLatin1Char('\n'));
    flat.remove(QLatin1Char('\r'));
    flat.replace(QLatin1String("{host}"), HttpUrl::hostHeader(url));
    if (flat.isEmpty()) {
        if (error)
            *error = tr("The request is empty. Start with a request line such as "
                        "GET / HTTP/1.1\\r\\n.");
        return QByteArray();
    }
    const net::ComposeResult result =
        net::PayloadComposer::parseEscapes(flat, net::TextEncoding::Utf8);
    if (!result.ok) {
        if (error)
            *error = result.errorMessage;
        return QByteArray();
    }
    return result.bytes;
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
