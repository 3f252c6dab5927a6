#include "widgets/common/messagelog.h"

#include "models/trafficpreview.h"
#include "net/traffic/deferredtext.h"

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace swb::widgets {

namespace {
// A message longer than this is cut in the log; the traffic table keeps it whole.
constexpr int lineChars = 2000;

// On the blocks of a deferred note: its words, and which of its lines the block shows.
struct NoteLine final : QTextBlockUserData
{
    NoteLine(QString w, qsizetype l) : words(std::move(w)), line(l) {}
    QString words;
    qsizetype line;
};
} // namespace

MessageLog::MessageLog(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setMaximumBlockCount(maxLines);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_timer.setSingleShot(true);
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &MessageLog::flushPending);
}

void MessageLog::addReceived(const QString &peer, const QByteArray &bytes)
{
    queue(QStringLiteral("\u2190 %1  %2")
              .arg(peer, models::TrafficPreview::make(bytes, m_encoding, lineChars)));
}

void MessageLog::addReceived(const QString &peer, const QByteArray &bytes,
                             const QColor &peerColour)
{
    const QString head = QStringLiteral("\u2190 %1").arg(peer);
    queue(QStringLiteral("%1  %2").arg(head, models::TrafficPreview::make(bytes, m_encoding, lineChars)),
          peerColour, int(head.size()));
}

void MessageLog::addSent(const QString &peer, const QByteArray &bytes)
{
    queue(QStringLiteral("\u2192 %1  %2")
              .arg(peer, models::TrafficPreview::make(bytes, m_encoding, lineChars)));
}

void MessageLog::addNote(const QString &text)
{
    if (net::DeferredText::isDeferred(text)) {
        // Kept as words until shown; flushPending() renders it.
        m_pendingDeferred = true;
        queue(text);
        return;
    }
    queue(noteLines(text).join(QLatin1Char('\n')));
}

QStringList MessageLog::noteLines(const QString &text)
{
    // Notes may quote a peer (an HTTP request line); line breaks are ours to keep.
    QStringList lines = net::DeferredText::render(text).split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = models::TrafficPreview::inert(line);
    lines.first().prepend(QStringLiteral("\u00b7 "));
    return lines;
}

void MessageLog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_hasDeferred)
        retranslateNotes();
    QPlainTextEdit::changeEvent(event);
}

void MessageLog::retranslateNotes()
{
    flushPending();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const auto *note = static_cast<const NoteLine *>(block.userData());
        if (!note)
            continue;
        const QStringList lines = noteLines(note->words);
        // Replaced within its block, which keeps the block and its note.
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.insertText(note->line < lines.size() ? lines.at(note->line) : QString());
    }
    cursor.endEditBlock();
}

void MessageLog::queue(const QString &line, const QColor &colour, int colouredChars)
{
    if (colour.isValid() && m_pendingColours.isEmpty())
        m_pendingColours.resize(m_pending.size());
    m_pending << line;
    if (!m_pendingColours.isEmpty() || colour.isValid())
        m_pendingColours.append({colour, colouredChars});
    // Keep only what the log could show anyway.
    if (m_pending.size() > maxLines) {
        const qsizetype excess = m_pending.size() - maxLines;
        m_pending.erase(m_pending.begin(), m_pending.begin() + excess);
        if (!m_pendingColours.isEmpty())
            m_pendingColours.erase(m_pendingColours.begin(), m_pendingColours.begin() + excess);
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void MessageLog::flushPending()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    if (m_pendingColours.isEmpty() && !m_pendingDeferred) {
        appendPlainText(m_pending.join(QLatin1Char('\n')));
        m_pending.clear();
        return;
    }
    // Coloured lines and deferred notes: plain text with a character format,
    // never HTML, so what a peer sent stays inert.
    QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() == bar->maximum();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    const QTextCharFormat plain;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (!document()->isEmpty() || i > 0)
            cursor.insertBlock();
        const QString &line = m_pending.at(i);
        const auto [colour, chars] = m_pendingColours.isEmpty() ? std::pair<QColor, int>()
                                                                : m_pendingColours.at(i);
        if (net::DeferredText::isDeferred(line)) {
            // Each line of the note remembers the words and which line it is.
            const QStringList lines = noteLines(line);
            for (qsizetype j = 0; j < lines.size(); ++j) {
                if (j > 0)
                    cursor.insertBlock();
                cursor.insertText(lines.at(j), plain);
                cursor.block().setUserData(new NoteLine{line, j});
            }
            m_hasDeferred = true;
        } else if (colour.isValid() && chars > 0) {
            QTextCharFormat coloured;
            coloured.setForeground(colour);
            cursor.insertText(line.left(chars), coloured);
            cursor.insertText(line.mid(chars), plain);
        } else {
            cursor.insertText(line, plain);
        }
    }
    cursor.endEditBlock();
    m_pending.clear();
    m_pendingColours.clear();
    m_pendingDeferred = false;
    if (atBottom)
        bar->setValue(bar->maximum());
}

} // namespace swb::widgets
