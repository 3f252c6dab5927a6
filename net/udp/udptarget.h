#pragma once

#include <QHostAddress>
#include <QObject>

class QHostInfo;

namespace swb::net {

// Where a UDP panel sends: host and port as typed, and the address the host
// resolves to. Names are looked up in the background (QHostInfo), never
// blocking the window; an IPv4 address is preferred, as Python's AF_INET
// sockets of the notes do, so "localhost" means 127.0.0.1.
class UdpTarget final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpTarget)
public:
    explicit UdpTarget(QObject *parent = nullptr);
    ~UdpTarget() override;

    // Returns true when host or port changed.
    bool set(const QString &host, quint16 port);
    // Looks the name up again (after a failure); no-op for literal addresses.
    void resolve();
    bool isSet() const { return !m_host.isEmpty() && m_port != 0; }
    bool isResolving() const { return m_lookupId != -1; }
    bool isResolved() const { return !m_address.isNull(); }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }
    // "127.0.0.1:8001" once resolved, "host:port" before.
    QString text() const;

signals:
    void resolved();
    void failed(const QString &host);

private:
    void onLookedUp(const QHostInfo &info);

    QString m_host;
    quint16 m_port = 0;
    QHostAddress m_address;
    int m_lookupId = -1;
};

} // namespace swb::net
