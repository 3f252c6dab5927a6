#include "net/socket/listeningsocket.h"

#include "net/socket/socketerrors.h"

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace swb::net {

namespace {

Failure bindFailure(int errorNumber, const QHostAddress &address, quint16 port)
{
    return Failure{SocketErrors::bindFailed(errorNumber, address.toString(), port), errorNumber};
}

Result<qintptr> openSocket(const QHostAddress &address, quint16 port, int type, int backlog,
                           bool reuseAddress)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, type | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return bindFailure(errno, address, port);
    const auto fail = [&]() {
        const int error = errno;
        ::close(fd);
        return bindFailure(error, address, port);
    };
    const int reuse = reuseAddress ? 1 : 0;
    if (::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse) != 0)
        return fail();

    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v6) {
        // "::" serves IPv4 clients too, as users of 0.0.0.0 expect.
        const int v6only = 0;
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof v6only);
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(port);
        const Q_IPV6ADDR raw = address.toIPv6Address();
        std::memcpy(&sin6->sin6_addr, &raw, sizeof raw);
        sin6->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        auto *sin = reinterpret_cast<sockaddr_in *>(&storage);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(port);
        sin->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0)
        return fail();
    if (type == SOCK_STREAM && ::listen(fd, backlog) != 0)
        return fail();
    return qintptr(fd);
}

} // namespace

Result<qintptr> ListeningSocket::openStream(const QHostAddress &address, quint16 port,
                                            int backlog, bool reuseAddress)
{
    return openSocket(address, port, SOCK_STREAM, backlog, reuseAddress);
}

Result<qintptr> ListeningSocket::openDatagram(const QHostAddress &address, quint16 port,
                                              bool reuseAddress)
{
    return openSocket(address, port, SOCK_DGRAM, 0, reuseAddress);
}

QHostAddress ListeningSocket::parseAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QString literal = trimmed;
    if (literal.startsWith(QLatin1Char('[')) && literal.endsWith(QLatin1Char(']')))
        literal = literal.mid(1, literal.size() - 2);
    QHostAddress address;
    if (!address.setAddress(literal))
        return QHostAddress();
    return address;
}

bool ListeningSocket::isReachableFromOtherMachines(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6) || address == QHostAddress::Any;
}

} // namespace swb::net
