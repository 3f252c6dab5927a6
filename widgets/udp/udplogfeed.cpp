#include "widgets/udp/udplogfeed.h"

#include "models/udppeermodel.h"
#include "net/traffic/deferredtext.h"
#include "widgets/common/messagelog.h"

#include <climits>

namespace swb::widgets {

namespace {

// A name comes off the network: keep only what prints on one line.
QString printable(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text)
        result += c.isPrint() ? c : QChar(0xfffd);
    return result;
}

} // namespace

UdpLogFeed::UdpLogFeed(MessageLog *log, models::UdpPeerModel *peers, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_peers(peers)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &UdpLogFeed::flush);
}

void UdpLogFeed::addReceived(quint64 peerId, const QString &from, const QByteArray &bytes)
{
    queue({Kind::Received, peerId, from, bytes});
}

void UdpLogFeed::addSent(const QString &to, const QByteArray &bytes)
{
    queue({Kind::Sent, 0, to, bytes});
}

void UdpLogFeed::addNote(const QString &text)
{
    queue({Kind::Note, 0, text, QByteArray()});
}

void UdpLogFeed::queue(Entry entry)
{
    m_queue.append(std::move(entry));
    if (m_queue.size() > 2 * linesPerFlush) {
        m_skipped += m_queue.size() - linesPerFlush;
        m_queue.erase(m_queue.begin(), m_queue.end() - linesPerFlush);
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void UdpLogFeed::flush()
{
    m_timer.stop();
    // Nobody reads thousands of lines a second: during a flood the log shows
    // the newest few per flush, and says how many it skipped.
    const qsizetype first = qMax<qsizetype>(0, m_queue.size() - linesPerFlush);
    m_skipped += first;
    if (m_skipped > 0 && first < m_queue.size()) {
        m_log->addNote(net::DeferredText::make(
            staticMetaObject.className(),
            QT_TR_N_NOOP("\u2026 %n more line(s) not shown here; the traffic table has every "
                         "datagram."),
            {}, int(qMin<qint64>(m_skipped, INT_MAX))));
        m_skipped = 0;
    }
    for (qsizetype i = first; i < m_queue.size(); ++i) {
        const Entry &e = m_queue.at(i);
        if (e.kind == Kind::Note) {
            m_log->addNote(e.text);
            continue;
        }
        if (e.kind == Kind::Sent) {
            m_log->addSent(e.text, e.bytes);
            continue;
        }
        const net::UdpPeerInfo *peer = m_peers->peer(e.peerId);
        const QString who = peer && !peer->name.isEmpty()
            ? QStringLiteral("%1 @ %2").arg(printable(peer->name), e.text)
            : e.text;
        m_log->addReceived(who, e.bytes, m_peers->colourOf(e.peerId));
    }
    m_queue.clear();
    m_log->flushPending();
}

} // namespace swb::widgets
