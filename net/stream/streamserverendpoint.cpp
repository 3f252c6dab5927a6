#include "net/stream/streamserverendpoint.h"

#include "net/reply/appendfile.h"
#include "net/reply/replyengine.h"
#include "net/stream/streamsession.h"

#include <QIODevice>
#include <QTimer>

#include <algorithm>

namespace swb::net {

StreamServerEndpoint::StreamServerEndpoint(Protocol protocol, QObject *parent)
    : Endpoint(protocol, parent)
    , m_shared(std::make_shared<SessionShared>())
    , m_acceptRetry(new QTimer(this))
{
    m_shared->engine = std::make_shared<ReplyEngine>();
    m_acceptRetry->setSingleShot(true);
    m_acceptRetry->setInterval(acceptRetryMs);
    connect(m_acceptRetry, &QTimer::timeout, this, &StreamServerEndpoint::retryAccepting);
    // A closed connection gives back a descriptor: the quickest moment to try again.
    connect(this, &StreamServerEndpoint::connectionClosed, this, [this] {
        if (m_acceptPaused) {
            m_acceptFailedAgain = false;
            resumeAccepting();
        }
    });
}

StreamServerEndpoint::~StreamServerEndpoint()
{
    // Sessions are children; make sure none reports into a half-destroyed endpoint.
    for (StreamSession *session : std::as_const(m_sessions))
        session->disconnect(this);
}

Result<void> StreamServerEndpoint::setBehaviour(const ServerBehaviour &behaviour, TextEncoding encoding)
{
    auto engine = std::make_shared<ReplyEngine>(behaviour, encoding);
    if (Result<void> usable = engine->validate(); !usable)
        return usable;
    std::shared_ptr<AppendFile> appendFile;
    if (!behaviour.appendFile.isEmpty()) {
        const bool samePath = m_shared->appendFile
            && m_shared->appendFile->path() == AppendFile(behaviour.appendFile).path();
        if (samePath) {
            appendFile = m_shared->appendFile;
        } else {
            appendFile = std::make_shared<AppendFile>(behaviour.appendFile);
            if (isListening()) {
                if (Result<void> opened = appendFile->open(); !opened)
                    return opened;
            }
        }
    }
    m_shared->engine = std::move(engine);
    m_shared->appendFile = std::move(appendFile);
    return {};
}

Result<void> StreamServerEndpoint::openAppendFile()
{
    if (!m_shared->appendFile || m_shared->appendFile->isOpen())
        return {};
    return m_shared->appendFile->open();
}

void StreamServerEndpoint::setHttpHeaderTimeoutMs(int ms)
{
    m_shared->httpHeaderTimeoutMs = ms;
}

ServerBehaviour StreamServerEndpoint::behaviour() const
{
    return m_shared->engine->behaviour();
}

StreamSession *StreamServerEndpoint::createSession(QIODevice *device, ConnectionInfo info,
                                                   std::function<void()> closer)
{
    auto *session = new StreamSession(device, info, m_shared, std::move(closer), this);
    device->setParent(session);
    const quint64 id = info.id;
    const QString local = info.local;
    const QString remote = info.remote;
    m_sessions.insert(id, session);

    connect(session, &StreamSession::received, this, [this, id, local, remote](const QByteArray &b) {
        record(EventKind::Recv, local, remote, b);
        if (m_shared->engine->behaviour().reportLength)
            emit logLine(tr("%n byte(s) from %1", "", int(b.size())).arg(remote));
        emit dataReceived(id, b);
    });
    connect(session, &StreamSession::sent, this, [this, id, local, remote](const QByteArray &b) {
        record(EventKind::Send, local, remote, b);
        emit dataSent(id, b);
    });
    connect(session, &StreamSession::failed, this, [this, local, remote](const QString &message) {
        recordError(local, remote, message);
    });
    connect(session, &StreamSession::finished, this,
            [this, id, session, local, remote](const QString &reason, bool reset) {
                record(EventKind::Close, local, remote, QByteArray(),
                       tr("Connection from %1 closed (%2).").arg(remote, reason), reset);
                // The notes' timestamp server prints 断开的客户端 for a reset:
                // the log says which of the two ends it was.
                emit logLine(reset ? tr("Connection from %1 was reset by the peer (RST).").arg(remote)
                                   : tr("Connection from %1 closed.").arg(remote));
                m_sessions.remove(id);
                session->deleteLater();
                emit connectionClosed(id);
            });
    return session;
}

void StreamServerEndpoint::beginSession(StreamSession *session)
{
    const ConnectionInfo &info = session->info();
    const QString line = tr("Accept new connection from %1").arg(info.remote);
    record(EventKind::Accept, info.local, info.remote, QByteArray(), line);
    emit logLine(line);
    emit connectionOpened(info);
    session->begin();
}

void StreamServerEndpoint::closeAllSessions(const QString &reason)
{
    // Closing may finish a session at once, which removes it from m_sessions.
    const auto sessions = m_sessions.values();
    for (StreamSession *session : sessions)
        session->close(reason);
}

bool StreamServerEndpoint::sendTo(quint64 connectionId, const QByteArray &bytes)
{
    StreamSession *session = m_sessions.value(connectionId);
    return session && session->send(bytes);
}

int StreamServerEndpoint::sendToAll(const QByteArray &bytes)
{
    int count = 0;
    const auto sessions = m_sessions.values();
    for (StreamSession *session : sessions)
        count += session->send(bytes) ? 1 : 0;
    return count;
}

void StreamServerEndpoint::disconnectClient(quint64 connectionId)
{
    if (StreamSession *session = m_sessions.value(connectionId))
        session->close(tr("closed by the user"));
}

QList<ConnectionInfo> StreamServerEndpoint::connections() const
{
    QList<ConnectionInfo> result;
    result.reserve(m_sessions.size());
    for (const StreamSession *session : m_sessions)
        result << session->info();
    std::sort(result.begin(), result.end(),
              [](const ConnectionInfo &a, const ConnectionInfo &b) { return a.id < b.id; });
    return result;
}

qint64 StreamServerEndpoint::unsentBytes() const
{
    qint64 total = 0;
    for (const StreamSession *session : m_sessions)
        total += session->unsentBytes();
    return total;
}

int StreamServerEndpoint::pausedConnections() const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                             [](const StreamSession *s) { return s->isReadingPaused(); }));
}

void StreamServerEndpoint::acceptFailed(bool outOfDescriptors, const QString &detail)
{
    m_acceptFailedAgain = true;
    if (!m_acceptRetry->isActive())
        m_acceptRetry->start();
    if (m_acceptPaused)
        return;
    m_acceptPaused = true;
    const QString message = outOfDescriptors
        ? tr("Cannot accept a new connection on %1: the program has run out of file "
             "descriptors (EMFILE, \"Too many open files\"). New clients wait in the "
             "kernel's queue; connected clients are still served, and the server tries "
             "again every second. Close some connections, or raise the limit "
             "(ulimit -n) before starting the program.")
              .arg(localEndpoint())
        : tr("Cannot accept a new connection on %1: %2. Connected clients are still "
             "served; the server tries again every second.")
              .arg(localEndpoint(), detail);
    recordError(localEndpoint(), QString(), message);
}

void StreamServerEndpoint::endAcceptPause()
{
    m_acceptRetry->stop();
    m_acceptPaused = false;
    m_acceptFailedAgain = false;
}

void StreamServerEndpoint::retryAccepting()
{
    if (!m_acceptPaused || !isListening())
        return;
    // A whole interval without a failed accept() means the shortage is over.
    // Judging by the first successful accept instead would announce recovery
    // in every pass that still ends in EMFILE.
    if (!m_acceptFailedAgain) {
        m_acceptPaused = false;
        const QString line = tr("Accepting new connections again.");
        record(EventKind::Info, localEndpoint(), QString(), QByteArray(), line);
        emit logLine(line);
        return;
    }
    m_acceptFailedAgain = false;
    resumeAccepting();
    m_acceptRetry->start();
}

} // namespace swb::net
