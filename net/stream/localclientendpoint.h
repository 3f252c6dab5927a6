#pragma once

#include "net/stream/streamclientendpoint.h"

#include <QLocalSocket>

namespace swb::net {

// An AF_UNIX stream client: the notes' socket(AF_UNIX), connect(path), send(),
// recv(), close(). The socket has no name of its own; info().local is this process.
class LocalClientEndpoint final : public StreamClientEndpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalClientEndpoint)
public:
    explicit LocalClientEndpoint(QObject *parent = nullptr);
    ~LocalClientEndpoint() override;

    // path as in LocalSocketPath::resolve(): absolute, "{runtime}/…" or relative
    // to the runtime folder.
    void connectTo(const QString &path);
    void disconnectFromPeer() override;

    QAbstractSocket::SocketState state() const override;
    qintptr descriptor() const override;
    // The absolute path connected to (or last tried).
    QString path() const { return m_path; }

private:
    void onConnected();
    void onError(QLocalSocket::LocalSocketError error);

    QLocalSocket *m_socket = nullptr;
    QString m_path;
};

} // namespace swb::net
