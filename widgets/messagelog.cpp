#include "widgets/messagelog.h"

#include "models/trafficpreview.h"

#include <QFontDatabase>

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

void MessageLog::addSent(const QString &peer, const QByteArray &bytes)
{
    queue(QStringLiteral("\u2192 %1  %2")
              .arg(peer, models::TrafficPreview::make(bytes, m_encoding, lineChars)));
}

void MessageLog::addNote(const QString &text)
{
    queue(QStringLiteral("\u00b7 %1").arg(text));
}

void MessageLog::queue(const QString &line)
{
    m_pending << line;
    // Keep only what the log could show anyway.
    if (m_pending.size() > maxLines)
        m_pending.erase(m_pending.begin(), m_pending.end() - maxLines);
    if (!m_timer.isActive())
        m_timer.start();
}

void MessageLog::flushPending()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    appendPlainText(m_pending.join(QLatin1Char('\n')));
    m_pending.clear();
}

} // namespace swb::widgets
