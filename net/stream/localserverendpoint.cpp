#include "net/stream/localserverendpoint.h"

#include "net/errors/systemerrortext.h"
#include "net/socket/backpressure.h"
#include "net/stream/localsocketpath.h"
#include "net/stream/streamsession.h"
#include "net/traffic/deferredtext.h"

#include <QDateTime>
#include <QLocalSocket>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace swb::net {

LocalServerEndpoint::LocalServerEndpoint(QObject *parent)
    : StreamServerEndpoint(Protocol::Local, parent)
{
}

LocalServerEndpoint::~LocalServerEndpoint()
{
    if (m_listening >= 0) {
        ::close(m_listening);
        (void)LocalSocketPath::removeSocketFile(m_path);
    }
}

LocalServerEndpoint::StartResult LocalServerEndpoint::fail(const QString &message)
{
    recordError(m_path, QString(), message);
    return StartResult::Failed;
}

LocalServerEndpoint::StartResult LocalServerEndpoint::start(const QString &text, StalePolicy policy)
{
    stop();
    m_path = LocalSocketPath::resolve(text);
    if (const Result<void> usable = LocalSocketPath::checkUsable(m_path); !usable)
        return fail(usable.message());
    if (Result<void> opened = openAppendFile(); !opened)
        return fail(opened.message());

    const SocketPathProbe probe = LocalSocketPath::probe(m_path);
    switch (probe.state) {
    case SocketPathState::Free:
        break;
    case SocketPathState::NoFolder:
        return fail(LocalSocketPath::noFolder(m_path));
    case SocketPathState::NotASocket:
        return fail(LocalSocketPath::notASocket(m_path));
    case SocketPathState::LiveServer:
        return fail(LocalSocketPath::liveServer(m_path));
    case SocketPathState::Unknown:
        return fail(LocalSocketPath::probeFailed(probe.errorNumber, m_path));
    case SocketPathState::StaleSocket:
        if (policy == StalePolicy::Ask) {
            recordError(m_path, QString(), LocalSocketPath::staleFile(m_path));
            return StartResult::StaleFile;
        }
        if (const Result<void> removed = LocalSocketPath::removeSocketFile(m_path); !removed)
            return fail(removed.message());
        record(EventKind::Info, m_path, QString(), QByteArray(),
               DeferredText::make(staticMetaObject.className(),
                                  QT_TR_NOOP("removed the stale socket file %1"),
                                  {m_path}));
        emit logLine(DeferredText::make(staticMetaObject.className(),
                                        QT_TR_NOOP("Removed the stale socket file %1."),
                                        {m_path}));
        break;
    }

    const Result<qintptr> descriptor = LocalSocketPath::openListening(m_path, backlog);
    if (!descriptor)
        return fail(descriptor.message());
    m_listening = int(*descriptor);
    m_notifier = new QSocketNotifier(*descriptor, QSocketNotifier::Read, this);
    // Enabled already; said once here so that UBSan's vptr check meets the
    // notifier now. Its first look at a type opens a pipe, and the next call
    // comes exactly when no descriptor is left (EMFILE), where it would fail.
    m_notifier->setEnabled(true);
    connect(m_notifier, &QSocketNotifier::activated, this, &LocalServerEndpoint::acceptPending);
    setLocalEndpoint(m_path);
    record(EventKind::Listen, m_path, QString(), QByteArray(),
           DeferredText::make(staticMetaObject.className(),
                              QT_TR_NOOP("listening on a socket file, backlog %1, mode 0600 "
                                         "(only you may connect)"),
                              {QString::number(backlog)}));
    emit listeningChanged(true);
    return StartResult::Listening;
}

void LocalServerEndpoint::stop()
{
    if (m_listening < 0)
        return;
    endAcceptPause();
    delete m_notifier;
    m_notifier = nullptr;
    ::close(m_listening);
    m_listening = -1;
    // A stopped server leaves no stale file behind.
    (void)LocalSocketPath::removeSocketFile(m_path);
    closeAllSessions(DeferredText::make(staticMetaObject.className(),
                                        QT_TR_NOOP("closed because the server stopped")));
    record(EventKind::Close, localEndpoint(), QString(), QByteArray(),
           DeferredText::make(staticMetaObject.className(),
                              QT_TR_NOOP("server stopped, socket file removed")));
    emit listeningChanged(false);
}

bool LocalServerEndpoint::isListening() const
{
    return m_listening >= 0;
}

void LocalServerEndpoint::acceptPending()
{
    // Every client waiting in the kernel's queue at once; our backlog is the kernel's.
    while (m_listening >= 0) {
        const int fd = ::accept4(m_listening, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0) {
            const int error = errno;
            if (error == EINTR || error == ECONNABORTED)
                continue;
            if (error == EAGAIN || error == EWOULDBLOCK)
                return;
            // Out of descriptors (or kernel memory): the clients stay queued
            // until a retry; a level-triggered notifier left on would spin.
            m_notifier->setEnabled(false);
            acceptFailed(error == EMFILE || error == ENFILE,
                         SystemErrorText::forErrno(error));
            return;
        }
        auto *socket = new QLocalSocket(this);
        if (!socket->setSocketDescriptor(fd)) {
            ::close(fd);
            const QString why = SystemErrorText::forLocalSocket(socket->error(), socket->errorString());
            delete socket;
            acceptFailed(false, why);
            return;
        }
        addSession(socket);
    }
}

void LocalServerEndpoint::resumeAccepting()
{
    if (m_notifier) {
        m_notifier->setEnabled(true);
        acceptPending();
    }
}

void LocalServerEndpoint::addSession(QLocalSocket *socket)
{
    ConnectionInfo info;
    info.id = nextConnectionId();
    info.local = m_path;
    // An AF_UNIX client usually has no name of its own (Python's accept() gives
    // addr ''); its number here and its process id tell clients apart.
    const qintptr descriptor = socket->socketDescriptor();
    const QString named = LocalSocketPath::peerPath(descriptor);
    const QString process = LocalSocketPath::peerProcess(descriptor);
    info.remote = named.isEmpty() ? QStringLiteral("#%1").arg(info.id) : named;
    if (!process.isEmpty())
        info.remote += QStringLiteral(" (%1)").arg(process);
    info.family = QStringLiteral("AF_UNIX");
    info.sinceMs = QDateTime::currentMSecsSinceEpoch();

    // Bounded, so that a peer we stop reading (backpressure) is held by the kernel, not by us.
    socket->setReadBufferSize(backpressure::readBufferBytes);
    StreamSession *session =
        createSession(socket, info, [socket] { socket->disconnectFromServer(); });
    const QString path = m_path;
    connect(socket, &QLocalSocket::errorOccurred, session,
            [session, socket, path](QLocalSocket::LocalSocketError error) {
                session->handleError(
                    LocalSocketPath::socketFailed(error, path, socket->errorString()),
                    error == QLocalSocket::PeerClosedError);
            });
    connect(socket, &QLocalSocket::disconnected, session, [session] { session->handleDisconnected(); });
    // As with TCP: hand each reply to the kernel now, before a half-closing
    // peer's EOF makes Qt close the socket with the reply still buffered.
    connect(session, &StreamSession::sent, socket, [socket] { socket->flush(); });
    beginSession(session);
}

} // namespace swb::net
