#pragma once

#include "net/socket/connectioninfo.h"
#include "net/socket/endpoint.h"

#include <QAbstractSocket>

class QIODevice;

namespace swb::net {

// What every stream client shares, whatever it connects to (TCP host and
// port, local socket path): sending, receiving, the counters, the close word
// and the events. Subclasses connect, disconnect and report their socket's errors.
class StreamClientEndpoint : public Endpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamClientEndpoint)
public:
    ~StreamClientEndpoint() override;

    virtual void disconnectFromPeer() = 0;
    // QLocalSocket's states have the same values and meanings as these.
    virtual QAbstractSocket::SocketState state() const = 0;
    virtual qintptr descriptor() const = 0;

    bool send(const QByteArray &bytes);
    // laddr, raddr and family of the live connection; counters too.
    ConnectionInfo info() const { return m_info; }
    // Closes after sending or receiving this word (without line ending); empty = off.
    void setCloseWord(const QByteArray &wordBytes) { m_closeWord = wordBytes; }

signals:
    void stateChanged(QAbstractSocket::SocketState state);
    void dataReceived(const QByteArray &bytes);
    void dataSent(const QByteArray &bytes);

protected:
    StreamClientEndpoint(Protocol protocol, QObject *parent);

    // The connected socket; its readyRead is read here.
    void setDevice(QIODevice *device);
    // Before each new connection attempt.
    void resetConnection();
    ConnectionInfo &mutableInfo() { return m_info; }
    // The next close is the user's (or the close word's), not the peer's.
    void markClosedByUser() { m_userClosed = true; }
    // Records the close, saying who closed.
    void recordDisconnected();

private:
    void onReadyRead();
    bool isCloseWord(const QByteArray &bytes) const;

    QIODevice *m_device = nullptr;
    ConnectionInfo m_info;
    QByteArray m_closeWord;
    bool m_userClosed = false;
};

} // namespace swb::net
