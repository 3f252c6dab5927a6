#include "course/coach/errorcoach.h"

#include <QHostAddress>

#include <array>
#include <cerrno>

namespace swb::course {

namespace {

constexpr std::array<const char *, 13> Names{
    "address-in-use", "refused",     "unreachable",       "timed-out", "reset",
    "host-not-found", "below-1024",  "localhost-ipv6",    "wildcard-vs-loopback",
    "silent-drop",    "broadcast",   "address-not-available", "unknown"};

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

struct Keyword
{
    const char *text; // lower case, UTF-8
    ErrorCoach::Situation situation;
};

// The messages the panels show (SocketErrors, Qt's own texts, Python's) in both
// languages; the most specific phrases come first.
const Keyword Keywords[] = {
    // The app's own broadcast message names the option in both languages.
    {"so_broadcast", ErrorCoach::Situation::BroadcastWithoutOption},
    // SystemErrorText keeps the errno's symbol in every language.
    {"[eaddrinuse]", ErrorCoach::Situation::AddressInUse},
    {"[eaddrnotavail]", ErrorCoach::Situation::AddressNotAvailable},
    {"[eai_noname]", ErrorCoach::Situation::HostNotFound},
    {"[econnrefused]", ErrorCoach::Situation::ConnectionRefused},
    {"[econnreset]", ErrorCoach::Situation::ConnectionReset},
    {"[epipe]", ErrorCoach::Situation::ConnectionReset},
    {"[etimedout]", ErrorCoach::Situation::TimedOut},
    {"[ehostunreach]", ErrorCoach::Situation::HostUnreachable},
    {"[enetunreach]", ErrorCoach::Situation::HostUnreachable},
    {"below 1024", ErrorCoach::Situation::PrivilegedPort},
    {"小于 1024", ErrorCoach::Situation::PrivilegedPort},
    {"already in use", ErrorCoach::Situation::AddressInUse},
    {"address in use", ErrorCoach::Situation::AddressInUse},
    {"已被占用", ErrorCoach::Situation::AddressInUse},
    {"errno 98", ErrorCoach::Situation::AddressInUse},
    {"has no address", ErrorCoach::Situation::AddressNotAvailable},
    {"cannot assign requested address", ErrorCoach::Situation::AddressNotAvailable},
    {"这个地址", ErrorCoach::Situation::AddressNotAvailable},
    {"host not found", ErrorCoach::Situation::HostNotFound},
    {"name or service not known", ErrorCoach::Situation::HostNotFound},
    {"找不到主机", ErrorCoach::Situation::HostNotFound},
    {"refused", ErrorCoach::Situation::ConnectionRefused},
    {"拒绝", ErrorCoach::Situation::ConnectionRefused},
    {"reset by peer", ErrorCoach::Situation::ConnectionReset},
    {"network unreachable", ErrorCoach::Situation::HostUnreachable},
    {"host unreachable", ErrorCoach::Situation::HostUnreachable},
    {"no route to host", ErrorCoach::Situation::HostUnreachable},
    {"reset", ErrorCoach::Situation::ConnectionReset},
    {"重置", ErrorCoach::Situation::ConnectionReset},
    {"broken pipe", ErrorCoach::Situation::ConnectionReset},
    {"unreachable", ErrorCoach::Situation::HostUnreachable},
    {"不可达", ErrorCoach::Situation::HostUnreachable},
    {"no answer", ErrorCoach::Situation::TimedOut},
    {"timed out", ErrorCoach::Situation::TimedOut},
    {"没有及时应答", ErrorCoach::Situation::TimedOut},
    {"超时", ErrorCoach::Situation::TimedOut},
};

} // namespace

QList<ErrorCoach::Situation> ErrorCoach::all()
{
    QList<Situation> list;
    for (size_t i = 0; i < Names.size(); ++i)
        list << Situation(i);
    return list;
}

QString ErrorCoach::name(Situation situation)
{
    return QString::fromLatin1(Names.at(size_t(situation)));
}

std::optional<ErrorCoach::Situation> ErrorCoach::fromName(const QString &name)
{
    for (size_t i = 0; i < Names.size(); ++i) {
        if (name == QLatin1String(Names[i]))
            return Situation(i);
    }
    return std::nullopt;
}

QString ErrorCoach::checkLabel(Check check)
{
    switch (check) {
    case Check::PortInUse: return tr("Is this port in use?");
    case Check::LoopbackSelfTest: return tr("Loopback self-test");
    case Check::ResolveName: return tr("Resolve the name");
    }
    return QString();
}

ErrorCoach::Situation ErrorCoach::classify(const Context &context)
{
    Situation situation = Situation::Unknown;
    if (context.errorNumber != 0)
        situation = fromErrno(context.errorNumber, context);
    if (situation == Situation::Unknown && context.socketError)
        situation = fromSocketError(*context.socketError, context);
    if (situation == Situation::Unknown)
        situation = fromMessage(context);
    return refined(situation, context);
}

ErrorCoach::Situation ErrorCoach::fromErrno(int errorNumber, const Context &context)
{
    switch (errorNumber) {
    case EADDRINUSE: return Situation::AddressInUse;
    case EACCES:
    case EPERM:
        if (context.udp && !context.server)
            return Situation::BroadcastWithoutOption;
        return Situation::PrivilegedPort;
    case EADDRNOTAVAIL: return Situation::AddressNotAvailable;
    case ECONNREFUSED: return Situation::ConnectionRefused;
    case ENETUNREACH:
    case EHOSTUNREACH: return Situation::HostUnreachable;
    case ETIMEDOUT: return context.udp ? Situation::SilentDrop : Situation::TimedOut;
    case ECONNRESET:
    case EPIPE: return Situation::ConnectionReset;
    default: return Situation::Unknown;
    }
}

ErrorCoach::Situation ErrorCoach::fromSocketError(QAbstractSocket::SocketError error,
                                                  const Context &context)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError: return Situation::AddressInUse;
    case QAbstractSocket::ConnectionRefusedError: return Situation::ConnectionRefused;
    case QAbstractSocket::HostNotFoundError: return Situation::HostNotFound;
    case QAbstractSocket::SocketTimeoutError:
        return context.udp ? Situation::SilentDrop : Situation::TimedOut;
    case QAbstractSocket::SocketAddressNotAvailableError: return Situation::AddressNotAvailable;
    case QAbstractSocket::SocketAccessError:
        return context.udp && !context.server ? Situation::BroadcastWithoutOption
                                              : Situation::PrivilegedPort;
    case QAbstractSocket::NetworkError: {
        // Qt uses NetworkError for both; its text says which.
        const Situation byText = fromMessage(context);
        return byText == Situation::Unknown ? Situation::HostUnreachable : byText;
    }
    default: return Situation::Unknown;
    }
}

ErrorCoach::Situation ErrorCoach::fromMessage(const Context &context)
{
    const QString text = context.message.toLower();
    const bool permission = text.contains(QLatin1String("permission denied"))
        || text.contains(QStringLiteral("没有权限"));
    if (permission && (text.contains(QLatin1String("broadcast")) || (context.udp && !context.server)))
        return Situation::BroadcastWithoutOption;
    for (const Keyword &keyword : Keywords) {
        if (text.contains(QString::fromUtf8(keyword.text)))
            return keyword.situation;
    }
    if (permission)
        return context.port != 0 && context.port < 1024 ? Situation::PrivilegedPort
                                                         : Situation::Unknown;
    return Situation::Unknown;
}

ErrorCoach::Situation ErrorCoach::refined(Situation situation, const Context &context)
{
    if (situation != Situation::ConnectionRefused || context.host.isEmpty())
        return situation;
    if (context.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return Situation::LocalhostIpv6;
    if (!isLoopbackHost(context.host) && !context.udp)
        return Situation::WildcardVsLoopback;
    return situation;
}

namespace {

// What fills a text's %1 and %2.
enum class Fill { None, Host, Port, HostPort };

struct CoachText
{
    const char *source; // translated in the context swb::course::ErrorCoach
    Fill fill;
};

struct Entry
{
    ErrorCoach::Situation situation;
    CoachText title;
    CoachText why;
    CoachText tryThis;
    QList<ErrorCoach::Check> checks;
};

using Situation = ErrorCoach::Situation;
using Check = ErrorCoach::Check;

// One entry per situation, in the order of the Situation enum.
const Entry entries[] = {
    {Situation::AddressInUse,
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Address already in use (EADDRINUSE, errno 98)"),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Another socket is already bound to %1 port %2: another program, another "
             "panel, or the notes' script you started earlier. A server you stopped a "
             "moment ago can hold it too: its closed connections wait in TIME_WAIT for "
             "about a minute."),
          Fill::HostPort},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Stop the other server, or choose another port (0 picks a free one). Set "
             "SO_REUSEADDR before bind() so that a restart works during TIME_WAIT. "
             "\"Is this port in use?\" shows which local address holds it; in a "
             "terminal: ss -ltnp 'sport = :%1'."),
          Fill::Port},
        {Check::PortInUse}},
    {Situation::ConnectionRefused,
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Connection refused (ECONNREFUSED)"),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Nothing listens on %1 port %2: the machine answered the connection request "
             "with a reset. With TCP the server must be running before the client "
             "connects."),
          Fill::HostPort},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Start the server first and compare the port on both sides. \"Is this "
             "port in use?\" shows whether anything listens there, and on which "
             "address."),
          Fill::None},
        {Check::PortInUse, Check::LoopbackSelfTest}},
    {Situation::HostUnreachable,
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Network or host unreachable (ENETUNREACH, EHOSTUNREACH)"),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "There is no way to %1 from here: the network is down, the address belongs "
             "to a network this machine is not on, or a router said the host cannot be "
             "reached."),
          Fill::Host},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Check the address; for this machine use 127.0.0.1. Check the cable or "
             "Wi-Fi and try ping %1. The loopback self-test checks this machine's own "
             "networking."),
          Fill::Host},
        {Check::LoopbackSelfTest}},
    {Situation::TimedOut,
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Timed out (ETIMEDOUT)"),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "No answer from %1 port %2 in time: the packets went out but nothing came "
             "back. The host may be down, or a firewall drops the packets without a "
             "word."),
          Fill::HostPort},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Check that the host is up and the address is right. A firewall that "
             "rejects gives \"refused\" at once; one that drops silently gives this "
             "timeout. The loopback self-test checks this machine's own networking."),
          Fill::None},
        {Check::LoopbackSelfTest}},
    {Situation::ConnectionReset,
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Connection reset by peer (ECONNRESET)"),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "The other side aborted the connection with a reset (RST) instead of a "
             "normal close: its program crashed or was killed, or it closed with unread "
             "data. The notes' try/except around recv() is for this."),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "The connection is gone; connect again. A server should catch this "
             "error for one client and keep serving the others (lesson "
             "timestamp-echo)."),
          Fill::None},
        {}},
    {Situation::HostNotFound,
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Host not found (the name lookup failed)"),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "\"%1\" could not be turned into an address: the name is misspelled, or no "
             "name server knows it (this machine may have no internet)."),
          Fill::Host},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Check the spelling, or use an IP address such as 127.0.0.1. In a "
             "terminal, getent hosts %1 shows what the system finds."),
          Fill::Host},
        {Check::ResolveName}},
    {Situation::PrivilegedPort,
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Permission denied: port %1 is below 1024"),
          Fill::Port},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "On Linux only the administrator (root, or a program given "
             "CAP_NET_BIND_SERVICE) may listen on ports 0 to 1023. That is why HTTP's "
             "port 80 needs sudo, and why the lessons use ports from 1024 up."),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Use a port from 1024 up, for example 8080 instead of 80. Do not run the "
             "workbench as root for this."),
          Fill::None},
        {}},
    {Situation::LocalhostIpv6,
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "localhost went to ::1, the server listens on 127.0.0.1"),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "\"localhost\" has two addresses on most systems: 127.0.0.1 (IPv4) and ::1 "
             "(IPv6). A client may try ::1 first, while a server bound to 127.0.0.1 "
             "listens on IPv4 only, so the connection to ::1 is refused."),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Connect to 127.0.0.1 instead of localhost, or let the server listen on "
             ":: (IPv6, and on Linux IPv4 too). \"Resolve the name\" shows what "
             "localhost means here; \"Is this port in use?\" shows the server's "
             "addresses."),
          Fill::None},
        {Check::ResolveName, Check::PortInUse}},
    {Situation::WildcardVsLoopback,
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "0.0.0.0 or 127.0.0.1?"),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "A server bound to 127.0.0.1 takes connections to 127.0.0.1 only, from this "
             "machine: a connection to another address of the machine (%1) is refused. "
             "0.0.0.0 means every address of this machine, so other machines can "
             "connect too."),
          Fill::Host},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Connect to 127.0.0.1; or, to be reachable at %1 and from other "
             "machines, let the server listen on 0.0.0.0, knowing that the whole "
             "network can then connect. \"Is this port in use?\" shows the address "
             "the server listens on."),
          Fill::Host},
        {Check::PortInUse}},
    {Situation::SilentDrop,
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "No answer at all (dropped silently)"),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Nothing came back and no error either: a firewall, or a UDP port that "
             "nobody reads, drops the packets without telling anyone. UDP never says "
             "whether a datagram arrived: a lost one looks exactly like an ignored one."),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Check that the server runs on the right port (\"Is this port in "
             "use?\"). For UDP, connect() the socket to the target: an ICMP \"port "
             "unreachable\" then comes back as \"connection refused\". Check the "
             "firewall rules: sudo nft list ruleset."),
          Fill::None},
        {Check::PortInUse, Check::LoopbackSelfTest}},
    {Situation::BroadcastWithoutOption,
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Permission denied sending to a broadcast address"),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Sending to a broadcast address such as 255.255.255.255 or 192.168.1.255 "
             "needs the SO_BROADCAST option, so that no program floods the network by "
             "accident. Without it, sendto() fails with EACCES."),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Turn on the UDP panel's broadcast option; in Python: "
             "sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1) before "
             "sendto()."),
          Fill::None},
        {}},
    {Situation::AddressNotAvailable,
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Cannot assign requested address (EADDRNOTAVAIL)"),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "%1 is not an address of this machine, so no socket can be bound to it."),
          Fill::Host},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Use 127.0.0.1 (this machine only), 0.0.0.0 (every address) or one of "
             "this machine's addresses (ip addr shows them)."),
          Fill::None},
        {}},
    {Situation::Unknown,
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "A socket error"),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "The message does not match a known situation."),
          Fill::None},
        {QT_TRANSLATE_NOOP("swb::course::ErrorCoach",
             "Read the message above. The loopback self-test checks that this "
             "machine's own networking works; the other situations below may fit."),
          Fill::None},
        {Check::LoopbackSelfTest}},
};

QString render(const CoachText &text, const QString &host, const QString &port)
{
    const QString words = QCoreApplication::translate("swb::course::ErrorCoach", text.source);
    switch (text.fill) {
    case Fill::None: return words;
    case Fill::Host: return words.arg(host);
    case Fill::Port: return words.arg(port);
    case Fill::HostPort: return words.arg(host, port);
    }
    return words;
}

} // namespace

ErrorCoach::Advice ErrorCoach::advise(Situation situation, const Context &context)
{
    const QString host = context.server || context.host.isEmpty()
        ? (context.boundAddress.isEmpty() ? QStringLiteral("127.0.0.1") : context.boundAddress)
        : context.host;
    const QString port = context.port ? QString::number(context.port) : tr("(the port)");
    Advice a;
    a.situation = situation;
    for (const Entry &entry : entries) {
        if (entry.situation != situation)
            continue;
        a.title = render(entry.title, host, port);
        a.why = render(entry.why, host, port);
        a.tryThis = render(entry.tryThis, host, port);
        a.checks = entry.checks;
    }
    // Nothing better to say than what the system said, when it said something.
    if (situation == Situation::Unknown && !context.message.isEmpty())
        a.why = context.message;
    return a;
}

} // namespace swb::course
