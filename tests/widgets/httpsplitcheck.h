#pragma once

// What the raw-http lesson is about, checked where it is shown: after an
// exchange, the whole request (every line to its last character, through the
// final blank \r\n) and the marked response from the status line through the
// blank line and the first body line show without scrolling, and the split
// sentence is in view and whole. Used on the panel alone and in the window.

#include "tests/widgets/paneltesting.h"

#include "widgets/http/httppanel.h"
#include "widgets/http/httprequesteditor.h"
#include "widgets/httpresponse/httprawview.h"
#include "widgets/httpresponse/httpresponseview.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>

namespace swb::tests {

// Where a line ends, in its view's viewport.
inline QRect endOfLine(const QPlainTextEdit *view, const QTextBlock &block)
{
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock);
    return view->cursorRect(cursor);
}

// Empty when the split is in plain sight, else what is hidden.
inline QStringList splitProblems(widgets::HttpPanel *panel)
{
    QStringList problems;
    widgets::HttpRawView *raw = paneltesting::probe(panel).rawView();
    widgets::HttpRequestEditor *editor = raw->editor();
    if (!editor->isVisible() || editor->visibleRegion().isEmpty())
        problems << QStringLiteral("the request editor is not in sight");
    if (editor->verticalScrollBar()->value() != 0 || editor->horizontalScrollBar()->value() != 0)
        problems << QStringLiteral("the request editor is scrolled");
    const QSize viewport = editor->viewport()->size();
    for (QTextBlock line = editor->document()->begin(); line.isValid(); line = line.next()) {
        const QRect end = endOfLine(editor, line);
        if (end.bottom() > viewport.height() || end.right() > viewport.width()) {
            problems << QStringLiteral("request line \"%1\" ends at (%2, %3), the editor shows %4×%5")
                            .arg(line.text())
                            .arg(end.right())
                            .arg(end.bottom())
                            .arg(viewport.width())
                            .arg(viewport.height());
        }
    }

    using Part = widgets::HttpResponseView::Part;
    widgets::HttpResponseView *marked = raw->responseView();
    if (!marked->isVisible() || marked->visibleRegion().isEmpty())
        problems << QStringLiteral("the marked response is not in sight");
    if (marked->verticalScrollBar()->value() != 0)
        problems << QStringLiteral("the marked response is scrolled");
    const QList<widgets::HttpResponseView::Mark> marks = marked->marks();
    int firstBodyLine = -1;
    for (int i = 0; i < marks.size() && firstBodyLine < 0; ++i) {
        if (marks.at(i).part == Part::Body)
            firstBodyLine = i; // one display line per mark before the body
    }
    if (marks.isEmpty() || marks.first().part != Part::StatusLine || firstBodyLine <= 0
        || marks.at(firstBodyLine - 1).part != Part::BlankLine) {
        problems << QStringLiteral("the marked response has no status line, blank line and body");
    } else {
        const QTextBlock body = marked->document()->findBlockByNumber(firstBodyLine);
        const int bottom = endOfLine(marked, body).bottom();
        if (bottom > marked->viewport()->height()) {
            problems << QStringLiteral("the first body line ends at %1 px, the view shows %2 px")
                            .arg(bottom)
                            .arg(marked->viewport()->height());
        }
    }

    auto *boundary = raw->findChild<QLabel *>(QStringLiteral("boundary"));
    if (!boundary || !boundary->isVisible() || boundary->visibleRegion().isEmpty()) {
        problems << QStringLiteral("the split sentence is not in sight");
    } else {
        if (!boundary->text().contains(QLatin1String("\\r\\n\\r\\n")))
            problems << QStringLiteral("the split sentence does not name \\r\\n\\r\\n");
        if (boundary->heightForWidth(boundary->width()) > boundary->height()) {
            problems << QStringLiteral("the split sentence needs %1 px, it has %2 px")
                            .arg(boundary->heightForWidth(boundary->width()))
                            .arg(boundary->height());
        }
        const QRect inPanel(boundary->mapTo(panel, QPoint(0, 0)), boundary->size());
        if (!panel->rect().contains(inPanel))
            problems << QStringLiteral("the split sentence runs past the panel");
    }
    return problems;
}

} // namespace swb::tests
