#pragma once

#include "net/textcodec.h"

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
    void addSent(const QString &peer, const QByteArray &bytes);
    void addNote(const QString &text);
    // Applies pending lines now (tests).
    void flushPending();

private:
    void queue(const QString &line);

    QStringList m_pending;
    QTimer m_timer;
    net::TextEncoding m_encoding = net::TextEncoding::Utf8;
};

} // namespace swb::widgets
