#include "net/socket/socketerrors.h"

#include "net/errors/systemerrortext.h"

#include <cerrno>
#include <cstring>

namespace swb::net {

QString SocketErrors::bindFailed(int errorNumber, const QString &address, quint16 port)
{
    switch (errorNumber) {
    case EADDRINUSE:
        return tr("Port %1 on %2 is already in use: another program, or another panel, is "
                  "listening there. Stop it or choose another port (0 picks any free port). "
                  "To see which program holds it, run: ss -ltnp 'sport = :%1'. If a server you "
                  "stopped used it a moment ago, its old connections hold it (TIME_WAIT) for up "
                  "to a minute: wait, or let both the old and the new server set "
                  "SO_REUSEADDR.")
            .arg(port)
            .arg(address);
    case EACCES:
        return tr("Port %1 is below 1024, and only the administrator may use such ports. "
                  "Choose a port from 1024 up, for example 8001.")
            .arg(port);
    case EADDRNOTAVAIL:
        return tr("This machine has no address %1, so nothing can listen on it. Use 127.0.0.1 "
                  "(this machine only) or 0.0.0.0 (every address of this machine).")
            .arg(address);
    case EMFILE:
    case ENFILE:
        return tr("Too many open files: the system ran out of socket descriptors. Close some "
                  "connections and try again.");
    default:
        return tr("Cannot listen on %1 port %2: %3.")
            .arg(address)
            .arg(port)
            .arg(SystemErrorText::forErrno(errorNumber));
    }
}

QString SocketErrors::socketFailed(QAbstractSocket::SocketError error, const QString &host,
                                   quint16 port, const QString &qtText)
{
    const QString why = SystemErrorText::forSocket(error, qtText);
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError: {
        QString message = tr("Connection refused by %1 port %2: nothing is listening there. "
                             "Start the server first; with TCP the server must be running "
                             "before the client connects.")
                              .arg(host)
                              .arg(port);
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
            message += QLatin1Char(' ')
                + tr("Note: \"localhost\" may mean ::1 (IPv6) while the server listens on "
                     "127.0.0.1 (IPv4); try 127.0.0.1.");
        return message;
    }
    case QAbstractSocket::HostNotFoundError:
        return tr("Host not found: \"%1\". Check the spelling, or use an IP address such as "
                  "127.0.0.1.")
            .arg(host);
    case QAbstractSocket::RemoteHostClosedError:
        return tr("The peer closed the connection.");
    case QAbstractSocket::SocketTimeoutError:
        return tr("No answer from %1 port %2 in time. A firewall may be dropping the packets, "
                  "or the host is down.")
            .arg(host)
            .arg(port);
    case QAbstractSocket::NetworkError:
        return tr("Network error with %1 port %2: %3. The peer may have reset the connection "
                  "or the network is unreachable.")
            .arg(host)
            .arg(port)
            .arg(why);
    case QAbstractSocket::SocketAccessError:
        return tr("Permission denied for %1 port %2: %3.").arg(host).arg(port).arg(why);
    case QAbstractSocket::SocketResourceError:
        return tr("The system ran out of resources (too many open sockets?): %1.").arg(why);
    default:
        return tr("Socket error with %1 port %2: %3.").arg(host).arg(port).arg(why);
    }
}

QString SocketErrors::notAnAddress(const QString &text)
{
    return tr("\"%1\" is not an IP address. Use 127.0.0.1 (this machine only), 0.0.0.0 or :: "
              "(every address), or an address of this machine.")
        .arg(text);
}

QString SocketErrors::invalidPort(const QString &text)
{
    return tr("\"%1\" is not a port. A port is a whole number from 0 to 65535 (0 picks any "
              "free port when listening).")
        .arg(text);
}

Result<quint16> SocketErrors::parsePort(const QString &text)
{
    bool ok = false;
    const uint value = text.trimmed().toUInt(&ok);
    if (!ok || value > 65535)
        return Failure{invalidPort(text)};
    return static_cast<quint16>(value);
}

} // namespace swb::net
