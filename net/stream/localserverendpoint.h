#pragma once

#include "net/stream/streamserverendpoint.h"

class QLocalSocket;
class QSocketNotifier;

namespace swb::net {

// A listening AF_UNIX stream server on a socket file; each accepted client
// becomes a StreamSession, exactly as with TCP. Only the user may connect (mode 0600).
class LocalServerEndpoint final : public StreamServerEndpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServerEndpoint)
public:
    // What to do with a stale socket file (one that nothing listens on).
    enum class StalePolicy { Ask, RemoveStale };
    enum class StartResult { Listening, Failed, StaleFile };

    explicit LocalServerEndpoint(QObject *parent = nullptr);
    ~LocalServerEndpoint() override;

    // path as in LocalSocketPath::resolve(): absolute, "{runtime}/…" or relative
    // to the runtime folder. Failed and StaleFile come with an error event and
    // errorOccurred. With Ask, a stale file is left alone and StaleFile returned,
    // so that the user can choose; call again with RemoveStale to remove it and listen.
    StartResult start(const QString &path, StalePolicy policy = StalePolicy::Ask);
    // Also removes the socket file, as a clean server does.
    void stop() override;
    bool isListening() const override;
    // The absolute path listened on (or last tried).
    QString path() const { return m_path; }

    static constexpr int backlog = 128;

private:
    StartResult fail(const QString &message);
    void acceptPending();
    void resumeAccepting() override;
    void addSession(QLocalSocket *socket);

    // Our own accept() on the listening descriptor, not QLocalServer's: on a
    // failed accept() (EMFILE) QLocalServer closes itself, silently, for good.
    int m_listening = -1;
    QSocketNotifier *m_notifier = nullptr;
    QString m_path;
};

} // namespace swb::net
