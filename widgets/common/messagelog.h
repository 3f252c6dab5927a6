#pragma once

#include "net/payload/textcodec.h"

#include <QColor>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTimer>

namespace swb::widgets {

// A panel's own conversation view, like the print() lines of the notes'
// scripts: "← 127.0.0.1:5555  hello". Lines are batched and the log keeps the
// last few thousand, so a flood cannot freeze it; the traffic table has everything.
class MessageLog final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLog)
public:
    static constexpr int maxLines = 5000;

    explicit MessageLog(QWidget *parent = nullptr);

    void setEncoding(net::TextEncoding encoding) { m_encoding = encoding; }
    void addReceived(const QString &peer, const QByteArray &bytes);
    // The peer part in its own colour (the UDP chat's per-name colours).
    void addReceived(const QString &peer, const QByteArray &bytes, const QColor &peerColour);
    void addSent(const QString &peer, const QByteArray &bytes);
    // text may be deferred words (net::DeferredText): the line is then written
    // again in the new language when the language changes.
    void addNote(const QString &text);
    // Applies pending lines now (tests).
    void flushPending();

protected:
    void changeEvent(QEvent *event) override;

private:
    static QStringList noteLines(const QString &text);
    void retranslateNotes();
    void queue(const QString &line, const QColor &colour = QColor(), int colouredChars = 0);

    QStringList m_pending;
    // Parallel to m_pending, only while some pending line has a colour.
    QList<std::pair<QColor, int>> m_pendingColours;
    QTimer m_timer;
    net::TextEncoding m_encoding = net::TextEncoding::Utf8;
    bool m_pendingDeferred = false; // some pending line is a deferred note
    bool m_hasDeferred = false;     // some line ever shown was one
};

} // namespace swb::widgets
