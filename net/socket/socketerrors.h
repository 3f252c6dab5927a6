#pragma once

#include "net/result.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QString>


namespace swb::net {

// Turns OS and Qt socket errors into messages a student can act on: what went
// wrong, in words, and what to try. All translated.
class SocketErrors final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::SocketErrors)
public:
    // errno from socket()/setsockopt()/bind()/listen().
    static QString bindFailed(int errorNumber, const QString &address, quint16 port);
    // An error reported by a connected or connecting QAbstractSocket.
    static QString socketFailed(QAbstractSocket::SocketError error, const QString &host,
                                quint16 port, const QString &qtText);
    static QString notAnAddress(const QString &text);
    static QString invalidPort(const QString &text);
    // Parses "0".."65535"; a failure says invalidPort(text).
    static Result<quint16> parsePort(const QString &text);
};

} // namespace swb::net
