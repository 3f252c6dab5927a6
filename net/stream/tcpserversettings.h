#pragma once

#include <QString>

namespace swb::net {

// How a TCP server listens: plain values, so that a workspace can hold them
// without including the socket class.
struct TcpServerSettings
{
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    int backlog = 5;
    bool reuseAddress = true;
};

} // namespace swb::net
