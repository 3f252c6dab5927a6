#include "widgets/common/messagelog.h"

#include "models/trafficpreview.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace swb::widgets {

namespace {
// A message longer than this is cut in the log; the traffic table keeps it whole.
constexpr int lineChars = 2000;
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
    // Notes may quote a peer (an HTTP request line); line breaks are ours to keep.
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = models::TrafficPreview::inert(line);
    queue(QStringLiteral("\u00b7 %1").arg(lines.join(QLatin1Char('\n'))));
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
    if (m_pendingColours.isEmpty()) {
        appendPlainText(m_pending.join(QLatin1Char('\n')));
        m_pending.clear();
        return;
    }
    // Coloured lines: plain text with a character format, never HTML, so what
    // a peer sent stays inert.
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
        const auto &[colour, chars] = m_pendingColours.at(i);
        if (colour.isValid() && chars > 0) {
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
    if (atBottom)
        bar->setValue(bar->maximum());
}

} // namespace swb::widgets
