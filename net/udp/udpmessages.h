#pragma once

#include <QCoreApplication>
#include <QString>

namespace swb::net {

struct IcmpReport;

// The UDP panel's messages for what goes wrong with datagrams: what happened,
// in words, and what to try. All translated.
class UdpMessages final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::UdpMessages)
public:
    // errno of sendto()/send() to `destination` ("host:port").
    static QString sendFailed(int errorNumber, const QString &destination, const QString &local,
                              bool broadcastOn);
    static QString tooLarge(qsizetype size, qsizetype limit, bool ipv6);
    static QString icmp(const IcmpReport &report, int repeats);
    static QString familyMismatch(const QString &local, const QString &destination);
    static QString notMulticast(const QString &group);
    static QString multicastFailed(int errorNumber, const QString &group, const QString &interface,
                                   bool join);
    static QString noSuchInterface(const QString &name);
    static QString multicastNeedsAnyAddress(const QString &local, const QString &group);
    static QString noTarget();
    // bind() failed; EADDRINUSE gets UDP's own advice, the rest SocketErrors'.
    static QString bindFailed(int errorNumber, const QString &address, quint16 port);
    static QString hostNotFound(const QString &host);
};

} // namespace swb::net
