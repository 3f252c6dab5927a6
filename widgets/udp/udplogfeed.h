#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace swb::models {
class UdpPeerModel;
}

namespace swb::widgets {

class MessageLog;

// Feeds a UDP panel's lines into its MessageLog: datagrams (received lines carry
// the sender's name and colour) and notes (the length of each datagram, errors),
// in order. A flood costs one list append per line here; formatting waits for
// the timer, and each flush writes only the newest lines and says how many it
// skipped, so the log never holds the window up.
class UdpLogFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpLogFeed)
public:
    static constexpr int linesPerFlush = 100; // every 50 ms: 2,000 lines a second at most

    UdpLogFeed(MessageLog *log, models::UdpPeerModel *peers, QObject *parent = nullptr);

    void addReceived(quint64 peerId, const QString &from, const QByteArray &bytes);
    void addSent(const QString &to, const QByteArray &bytes);
    void addNote(const QString &text);
    void flush();

private:
    enum class Kind : quint8 { Received, Sent, Note };
    struct Entry
    {
        Kind kind = Kind::Note;
        quint64 peerId = 0;
        QString text; // the peer, or the note
        QByteArray bytes;
    };
    void queue(Entry entry);

    MessageLog *m_log;
    models::UdpPeerModel *m_peers;
    QList<Entry> m_queue;
    qint64 m_skipped = 0;
    QTimer m_timer;
};

} // namespace swb::widgets
