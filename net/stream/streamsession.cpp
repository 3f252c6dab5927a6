#include "net/stream/streamsession.h"

#include "net/http/httpdemosite.h"
#include "net/reply/appendfile.h"
#include "net/reply/replyengine.h"
#include "net/socket/backpressure.h"
#include "net/socket/endpoint.h"

#include <QDateTime>
#include <QIODevice>
#include <QTimer>

namespace swb::net {

StreamSession::StreamSession(QIODevice *device, ConnectionInfo info,
                             std::shared_ptr<SessionShared> shared, std::function<void()> closer,
                             QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_info(std::move(info))
    , m_shared(std::move(shared))
    , m_closer(std::move(closer))
{
    connect(device, &QIODevice::readyRead, this, &StreamSession::onReadyRead);
    connect(device, &QIODevice::bytesWritten, this, &StreamSession::onBytesWritten);
    if (auto *endpoint = qobject_cast<Endpoint *>(parent))
        connect(this, &StreamSession::noted, endpoint, &Endpoint::logLine);
}

StreamSession::~StreamSession() = default;

void StreamSession::begin()
{
    // A greeting would be read by an HTTP client as a broken status line.
    // The demo site starts with the connection, not with its first byte: its
    // header deadline also closes a client that never sends anything.
    if (m_shared->engine->behaviour().reply == ReplyKind::HttpDemo) {
        httpSite();
    } else {
        const ReplyEngine::Action greeting = m_shared->engine->onConnect();
        act(greeting.reply, greeting.bytes, greeting.close,
            tr("closed by the server after greeting"));
    }
    // Bytes may have arrived before the owner connected us.
    if (m_device && m_device->bytesAvailable() > 0)
        onReadyRead();
}

bool StreamSession::send(const QByteArray &bytes)
{
    if (!write(bytes))
        return false;
    if (m_shared->engine->isCloseWord(bytes))
        close(tr("closed by the server after sending the close word"));
    return true;
}

// Every byte a session sends goes through here, so the counters and the
// traffic rows always agree with what reached the socket.
bool StreamSession::write(const QByteArray &bytes)
{
    if (m_closing || !m_device || !m_device->isWritable())
        return false;
    m_device->write(bytes);
    countSent(bytes, bytes.size());
    return true;
}

// The demo site writes its large pages itself, in pieces; recorded is what the
// row shows of size bytes written.
void StreamSession::countSent(const QByteArray &recorded, qint64 size)
{
    m_info.bytesOut += size;
    ++m_info.messagesOut;
    emit sent(recorded);
    // The owner flushes on sent(). When that empties the buffer inside Qt's own
    // bytesWritten() (a resumed read answered at once), Qt emits no further
    // bytesWritten(), and a paused session would wait for ever: check again
    // once the event loop is back.
    if (m_readingPaused && unsentBytes() < backpressure::resumeBytes)
        QMetaObject::invokeMethod(this, &StreamSession::onBytesWritten, Qt::QueuedConnection);
}

void StreamSession::close(const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_closeReason = reason;
    if (m_closer)
        m_closer();
}

qint64 StreamSession::unsentBytes() const
{
    return m_device ? m_device->bytesToWrite() : 0;
}

void StreamSession::onReadyRead()
{
    if (!m_device)
        return;
    // Leaving the bytes unread lets Qt's bounded read buffer and then the
    // kernel's buffers fill, so the peer's send() blocks: backpressure.
    if (m_readingPaused || unsentBytes() >= backpressure::maxUnsentBytes) {
        if (!m_readingPaused && !m_pauseNoted) {
            m_pauseNoted = true;
            emit noted(tr("%1 sends faster than it reads the replies: %2 bytes of replies are "
                          "waiting, so the server stops reading from it until it has read them "
                          "(backpressure).")
                           .arg(m_info.remote)
                           .arg(unsentBytes()));
        }
        m_readingPaused = true;
        return;
    }
    const QByteArray bytes = m_device->readAll();
    if (bytes.isEmpty())
        return;
    m_info.bytesIn += bytes.size();
    ++m_info.messagesIn;
    emit received(bytes);

    if (m_shared->appendFile) {
        if (const Result<void> kept = m_shared->appendFile->append(bytes); !kept)
            emit failed(kept.message());
    }
    if (m_closing)
        return;
    if (m_http || m_shared->engine->behaviour().reply == ReplyKind::HttpDemo) {
        httpSite()->handleBytes(bytes);
        return;
    }
    const ReplyEngine::Action action = m_shared->engine->onMessage(
        bytes, m_info.remote, ++m_shared->messageCounter, QDateTime::currentDateTime());
    const QString reason = action.reply ? tr("closed by the server after replying")
                                        : tr("closed by the server: the close word arrived");
    const int delay = m_shared->engine->behaviour().replyDelayMs;
    if (delay > 0) {
        // Like the notes' time.sleep(1) before answering, without blocking anyone else.
        QTimer::singleShot(delay, this, [this, action, reason] {
            act(action.reply, action.bytes, action.close, reason);
        });
    } else {
        act(action.reply, action.bytes, action.close, reason);
    }
}

void StreamSession::onBytesWritten()
{
    if (!m_readingPaused || unsentBytes() >= backpressure::resumeBytes)
        return;
    m_readingPaused = false;
    if (m_device && m_device->bytesAvailable() > 0)
        onReadyRead();
}

void StreamSession::act(bool reply, const QByteArray &bytes, bool close, const QString &reason)
{
    if (m_closing)
        return;
    if (reply)
        write(bytes);
    if (close)
        this->close(reason);
}

HttpDemoSite *StreamSession::httpSite()
{
    if (m_http)
        return m_http;
    m_http = new HttpDemoSite(m_device, m_info.remote, this);
    if (m_shared->httpHeaderTimeoutMs > 0)
        m_http->setHeaderTimeoutMs(m_shared->httpHeaderTimeoutMs);
    connect(m_http, &HttpDemoSite::wrote, this, &StreamSession::countSent);
    connect(m_http, &HttpDemoSite::requestArrived, this, &StreamSession::noted);
    connect(m_http, &HttpDemoSite::note, this, &StreamSession::noted);
    connect(m_http, &HttpDemoSite::closeRequested, this,
            [this](const QString &reason) { close(reason); });
    return m_http;
}

void StreamSession::handleError(const QString &message, bool peerClosed)
{
    if (!peerClosed && !m_closing)
        emit failed(message);
}

void StreamSession::handleDisconnected(bool peerReset)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_closing)
        emit finished(m_closeReason, false);
    else if (peerReset)
        emit finished(tr("reset by the peer: RST, not an orderly close"), true);
    else
        emit finished(tr("closed by the peer"), false);
}

} // namespace swb::net
