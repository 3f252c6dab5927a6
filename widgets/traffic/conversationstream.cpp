#include "widgets/traffic/conversationstream.h"

#include "models/conversationmodel.h"
#include "models/trafficpreview.h"
#include "widgets/common/directioncolours.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace swb::widgets {

class ConversationStream::Margin final : public QWidget
{
public:
    explicit Margin(ConversationStream *stream)
        : QWidget(stream)
        , m_stream(stream)
    {
    }

protected:
    void paintEvent(QPaintEvent *event) override { m_stream->paintMargin(event); }

private:
    ConversationStream *m_stream;
};

ConversationStream::ConversationStream(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_margin(new Margin(this))
{
    setReadOnly(true);
    // Read-only still lets the keyboard move the cursor from message to message.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAnywhere);
    // Only the family: the size follows the application font, so zoom reaches it.
    QFont mono;
    mono.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &ConversationStream::onCursorMoved);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    updateFormats();
    updateMarginWidth();
}

QString ConversationStream::render(const QByteArray &bytes, net::TextEncoding encoding)
{
    // Line feeds stay line breaks so that text protocols read as lines; every
    // other control character becomes an escape.
    const QString text = net::TextCodec::decode(bytes, encoding);
    QString out;
    out.reserve(text.size() + 8);
    qsizetype from = 0;
    for (;;) {
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), from);
        out += models::TrafficPreview::inert(text.mid(from, lineEnd < 0 ? -1 : lineEnd - from));
        if (lineEnd < 0)
            break;
        out += QLatin1Char('\n');
        from = lineEnd + 1;
    }
    return out;
}

std::vector<ConversationStream::Shape> ConversationStream::shape() const
{
    std::vector<Shape> result;
    const int rows = m_model ? m_model->rowCount() : 0;
    result.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row) {
        const models::MessageFramer::Piece &p = m_model->piece(row);
        result.push_back(Shape{p.firstSeq, p.lastSeq, p.bytes.size(), p.sent});
    }
    return result;
}

void ConversationStream::reload()
{
    // Following reloads the conversation whenever any traffic arrives; a
    // conversation that did not change is not laid out again.
    std::vector<Shape> now = shape();
    if (now == m_shape && !m_shape.empty())
        return;
    rebuildFrom(std::move(now));
}

void ConversationStream::setModel(const models::ConversationModel *model)
{
    m_model = model;
    rebuild();
}

void ConversationStream::setEncoding(net::TextEncoding encoding)
{
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    rebuild();
}

void ConversationStream::setRenderLimit(qsizetype bytes)
{
    m_renderLimit = std::max<qsizetype>(bytes, 1);
    rebuild();
}

void ConversationStream::rebuild()
{
    rebuildFrom(shape());
}

void ConversationStream::rebuildFrom(std::vector<Shape> shape)
{
    const QScrollBar *bar = verticalScrollBar();
    // A text that fits counts as seen to the end, as in the traffic table.
    const bool atBottom = bar->value() >= bar->maximum();
    const int scrolledTo = bar->value();
    const int keepRow = m_markedRow;

    m_moving = true;
    setExtraSelections({});
    m_markedRow = -1;
    m_starts.clear();
    m_sent.clear();
    m_renderedBytes = m_totalBytes = 0;
    m_shape = std::move(shape);
    document()->clear();
    // One edit block: the layout runs once for the whole text, not per message.
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    int position = 0;
    int lineChars = 0;
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const models::MessageFramer::Piece &piece = m_model->piece(row);
        m_totalBytes += piece.bytes.size();
        const qint64 room = m_renderLimit - m_renderedBytes;
        if (room <= 0)
            continue; // counted, not shown
        const QByteArray bytes =
            piece.bytes.size() > room ? piece.bytes.left(qsizetype(room)) : piece.bytes;
        const QString text = render(bytes, m_encoding);
        m_starts.push_back(position);
        m_sent.push_back(piece.sent);
        insertWrapped(cursor, text, piece.sent ? m_sentFormat : m_receivedFormat, lineChars);
        position = cursor.position();
        m_renderedBytes += bytes.size();
    }
    cursor.endEditBlock();
    m_end = position;
    // The cursor goes back to the message that was marked, which the view
    // selects (and marks) again after a reload.
    const bool keep = keepRow >= 0 && keepRow < int(m_starts.size());
    QTextCursor place(document());
    place.setPosition(keep ? m_starts[size_t(keepRow)] : 0);
    setTextCursor(place);
    m_moving = false;

    // Following a growing conversation: stay at the end if the user was there.
    QScrollBar *after = verticalScrollBar();
    after->setValue(atBottom ? after->maximum() : scrolledTo);
    m_margin->update();
    emit rebuilt();
}

void ConversationStream::insertWrapped(QTextCursor &cursor, const QString &text,
                                       const QTextCharFormat &format, int &lineChars)
{
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype lineFeed = text.indexOf(QLatin1Char('\n'), from);
        const qsizetype runEnd = lineFeed < 0 ? text.size() : lineFeed;
        while (from < runEnd) {
            if (lineChars >= maxLineChars) {
                cursor.insertBlock(QTextBlockFormat(), format);
                cursor.block().setUserState(SoftBreak);
                lineChars = 0;
            }
            qsizetype take = std::min<qsizetype>(maxLineChars - lineChars, runEnd - from);
            // Never between the halves of a surrogate pair (emoji).
            if (take > 1 && from + take < runEnd && text.at(from + take - 1).isHighSurrogate())
                --take;
            cursor.insertText(text.mid(from, take), format);
            from += take;
            lineChars += int(take);
        }
        if (lineFeed >= 0) {
            cursor.insertText(QStringLiteral("\n"), format);
            lineChars = 0;
            from = lineFeed + 1;
        }
    }
}

QString ConversationStream::streamText() const
{
    QString text;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block != document()->begin() && block.userState() != SoftBreak)
            text += QLatin1Char('\n');
        text += block.text();
    }
    return text;
}

int ConversationStream::rowAt(int position) const
{
    if (m_starts.empty() || position < m_starts.front())
        return -1;
    const auto after = std::upper_bound(m_starts.begin(), m_starts.end(), position);
    return int(after - m_starts.begin()) - 1;
}

int ConversationStream::startOf(int row) const
{
    return row >= 0 && row < int(m_starts.size()) ? m_starts[size_t(row)] : -1;
}

void ConversationStream::showRow(int row)
{
    const int start = startOf(row);
    if (start < 0) {
        markRow(-1);
        return;
    }
    // The user's cursor inside the message stays where it is: moving it back
    // to the start would undo every arrow key press within a message.
    const bool move = rowAt(textCursor().position()) != row;
    if (move) {
        m_moving = true;
        QTextCursor cursor(document());
        cursor.setPosition(start);
        setTextCursor(cursor);
        m_moving = false;
    }
    markRow(row);
    // Only a cursor that moved scrolls: the same message selected again after
    // a reload keeps the scroll position (following a conversation at its end).
    if (move)
        ensureCursorVisible();
}

void ConversationStream::markRow(int row)
{
    m_markedRow = row;
    const int start = startOf(row);
    if (start < 0) {
        setExtraSelections({});
        return;
    }
    const int end = row + 1 < int(m_starts.size()) ? m_starts[size_t(row) + 1] : m_end;
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(document());
    mark.cursor.setPosition(start);
    mark.cursor.setPosition(end, QTextCursor::KeepAnchor);
    // The theme's own selection colours keep their contrast in every theme.
    mark.format.setBackground(palette().color(QPalette::Highlight));
    mark.format.setForeground(palette().color(QPalette::HighlightedText));
    setExtraSelections({mark});
}

void ConversationStream::onCursorMoved()
{
    if (m_moving)
        return;
    const int row = rowAt(textCursor().position());
    if (row < 0 || row == m_markedRow)
        return;
    markRow(row);
    emit rowActivated(row);
}

QString ConversationStream::marker(int blockNumber) const
{
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    if (!block.isValid() || m_starts.empty())
        return QString();
    const int first = block.position();
    const int last = first + std::max(block.length() - 2, 0); // before the line break
    if (first >= m_end)
        return QString();
    const int firstRow = rowAt(first);
    const int lastRow = std::max(firstRow, rowAt(std::min(last, m_end - 1)));
    if (firstRow < 0)
        return QString();
    bool sent = false;
    bool received = false;
    // A long binary line can hold thousands of messages; a few tell enough.
    for (int row = firstRow; row <= lastRow && row < firstRow + 256; ++row)
        (m_sent[size_t(row)] ? sent : received) = true;
    if (sent && received)
        return QStringLiteral("\u21c4");
    return sent ? QStringLiteral("\u2192") : QStringLiteral("\u2190");
}

void ConversationStream::updateFormats()
{
    const DirectionColours colours = DirectionColours::forPalette(palette());
    m_sentFormat = QTextCharFormat();
    m_sentFormat.setForeground(colours.sentText);
    m_receivedFormat = QTextCharFormat();
    m_receivedFormat.setForeground(colours.receivedText);
    m_receivedFormat.setBackground(colours.receivedShade);
}

void ConversationStream::updateMarginWidth()
{
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("\u21c4")) + 8;
    setViewportMargins(width, 0, 0, 0);
    const QRect r = contentsRect();
    m_margin->setGeometry(r.left(), r.top(), width, r.height());
}

void ConversationStream::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const QString arrow = marker(block.blockNumber());
            if (!arrow.isEmpty()) {
                const bool sent = arrow == QStringLiteral("\u2192");
                const bool both = arrow == QStringLiteral("\u21c4");
                painter.setPen(both ? palette().color(QPalette::WindowText)
                                    : formatFor(sent).foreground().color());
                painter.drawText(QRectF(0, top, m_margin->width() - 4, lineHeight),
                                 Qt::AlignRight | Qt::AlignVCenter, arrow);
            }
        }
        top += height;
        block = block.next();
    }
}

void ConversationStream::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // A theme switch: the text in the new colours, the same message marked.
        const int marked = m_markedRow;
        updateFormats();
        rebuild();
        markRow(marked);
    } else if (event->type() == QEvent::FontChange) {
        updateMarginWidth();
    }
}

void ConversationStream::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMarginWidth();
}

} // namespace swb::widgets
