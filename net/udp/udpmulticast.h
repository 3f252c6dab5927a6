#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace swb::net {

class UdpChannel;

// The multicast side of a UDP socket: joined groups and the sending options
// (interface, TTL/hops, loopback). Remembers them, so a socket opened again
// (a new bind, or the first send) gets the same memberships and options.
class UdpMulticast final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpMulticast)
public:
    struct Group
    {
        QHostAddress address;
        QString text;      // as the user typed it, for the list and the workspace
        QString interface; // empty: the system's choice
    };

    explicit UdpMulticast(UdpChannel *channel, QObject *parent = nullptr);

    // With no socket open, each setting is kept for the next one. Problems go
    // to problem(); true when it worked.
    bool join(const QString &group, const QString &interface);
    bool leave(const QString &group);
    bool setInterface(const QString &interface);
    bool setTtl(int ttl);
    bool setLoopback(bool on);
    // Applies everything to a newly opened socket.
    void applyToSocket();

    QStringList groups() const;
    QList<Group> members() const { return m_groups; }
    QString interfaceName() const { return m_interface; }
    int ttl() const { return m_ttl; }
    bool loopback() const { return m_loopback; }

    // Parses a group address; null if it is not a multicast address.
    static QHostAddress parseGroup(const QString &text);
    // 0 for "" (the system's choice); -1 if there is no such interface.
    static int interfaceIndex(const QString &name);

signals:
    void problem(const QString &message);
    void note(const QString &message);
    void changed();

private:
    bool fail(const QString &message);

    UdpChannel *m_channel;
    QList<Group> m_groups;
    QString m_interface;
    int m_ttl = 1;
    bool m_loopback = true;
};

} // namespace swb::net
