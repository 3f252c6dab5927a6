#pragma once

#include "net/result.h"

#include <QHostAddress>

namespace swb::net {

// Opens the OS socket ourselves instead of through QTcpServer::listen(), because
// Qt always sets SO_REUSEADDR and fixes the backlog, and both are exactly what
// the exercises want a student to see and change. The descriptor is then handed
// to QTcpServer/QUdpSocket with setSocketDescriptor().
class ListeningSocket final
{
public:
    // A listening (or bound, for datagrams) descriptor; a failure carries the
    // errno of socket()/setsockopt()/bind()/listen() and SocketErrors::bindFailed's words.
    static Result<qintptr> openStream(const QHostAddress &address, quint16 port, int backlog,
                                      bool reuseAddress);
    static Result<qintptr> openDatagram(const QHostAddress &address, quint16 port,
                                        bool reuseAddress);
    // "127.0.0.1", "::", "0.0.0.0", "::1"; also "localhost" (127.0.0.1). Null when not an address.
    static QHostAddress parseAddress(const QString &text);
    // True for 0.0.0.0 and ::, which other machines can reach.
    static bool isReachableFromOtherMachines(const QHostAddress &address);
};

} // namespace swb::net
