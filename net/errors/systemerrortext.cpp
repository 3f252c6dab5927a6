#include "net/errors/systemerrortext.h"

#include <array>
#include <cerrno>
#include <cstring>

namespace swb::net {

namespace {

struct Known
{
    int number;
    const char *symbol;
    const char *words; // translated in SystemErrorText's context
};

// Every errno a socket, a file the user names or a multicast join can meet here.
const std::array<Known, 31> &knownErrors()
{
    static const std::array<Known, 31> table{{
        {EADDRINUSE, "EADDRINUSE", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "address already in use")},
        {EADDRNOTAVAIL, "EADDRNOTAVAIL", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "address not available on this machine")},
        {EACCES, "EACCES", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "permission denied")},
        {EPERM, "EPERM", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "operation not permitted")},
        {ECONNREFUSED, "ECONNREFUSED", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "connection refused")},
        {ECONNRESET, "ECONNRESET", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "connection reset by the peer")},
        {ECONNABORTED, "ECONNABORTED", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "connection aborted")},
        {EPIPE, "EPIPE", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "broken pipe: the peer has closed the connection")},
        {ETIMEDOUT, "ETIMEDOUT", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "connection timed out")},
        {EHOSTUNREACH, "EHOSTUNREACH", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "no route to the host")},
        {ENETUNREACH, "ENETUNREACH", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "network unreachable")},
        {ENETDOWN, "ENETDOWN", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "network is down")},
        {ENOTCONN, "ENOTCONN", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "the socket is not connected")},
        {EMFILE, "EMFILE", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "too many open files in this program")},
        {ENFILE, "ENFILE", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "too many open files in the system")},
        {ENOBUFS, "ENOBUFS", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "no buffer space available")},
        {ENOENT, "ENOENT", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "no such file or directory")},
        {ENOTDIR, "ENOTDIR", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "a part of the path is not a folder")},
        {EISDIR, "EISDIR", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "this is a folder, not a file")},
        {EEXIST, "EEXIST", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "the file already exists")},
        {ENAMETOOLONG, "ENAMETOOLONG", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "file name too long")},
        {ENOSPC, "ENOSPC", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "no space left on the disk")},
        {EROFS, "EROFS", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "read-only file system")},
        {ENOTSOCK, "ENOTSOCK", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "not a socket")},
        {EMSGSIZE, "EMSGSIZE", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "message too long for one datagram")},
        {EINVAL, "EINVAL", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "invalid argument")},
        {EAGAIN, "EAGAIN", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "resource temporarily unavailable: try again")},
        {EAFNOSUPPORT, "EAFNOSUPPORT", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "address family not supported")},
        {EPROTONOSUPPORT, "EPROTONOSUPPORT", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "protocol not supported")},
        {ENODEV, "ENODEV", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "no such network interface")},
        {EOPNOTSUPP, "EOPNOTSUPP", QT_TRANSLATE_NOOP("swb::net::SystemErrorText", "operation not supported on this socket")},
    }};
    return table;
}

const Known *findKnown(int errorNumber)
{
    for (const Known &known : knownErrors()) {
        if (known.number == errorNumber)
            return &known;
    }
    return nullptr;
}

// Qt's own socket and file texts (qnativesocketengine.cpp, qabstractsocket.cpp,
// qt_error_string()), source and current translation both recognised.
struct QtText
{
    const char *context;
    const char *text;
    int number;
};

constexpr QtText QtTexts[] = {
    {"QNativeSocketEngine", "The bound address is already in use", EADDRINUSE},
    {"QNativeSocketEngine", "Another socket is already listening on the same port", EADDRINUSE},
    {"QNativeSocketEngine", "The address is not available", EADDRNOTAVAIL},
    {"QNativeSocketEngine", "The address is protected", EACCES},
    {"QNativeSocketEngine", "Permission denied", EACCES},
    {"QNativeSocketEngine", "Connection refused", ECONNREFUSED},
    {"QAbstractSocket", "Connection refused", ECONNREFUSED},
    {"QNativeSocketEngine", "Connection reset by peer", ECONNRESET},
    {"QNativeSocketEngine", "Network dropped connection on reset", ECONNRESET},
    {"QNativeSocketEngine", "Connection timed out", ETIMEDOUT},
    {"QAbstractSocket", "Connection timed out", ETIMEDOUT},
    {"QNativeSocketEngine", "Network operation timed out", ETIMEDOUT},
    {"QAbstractSocket", "Socket operation timed out", ETIMEDOUT},
    {"QNativeSocketEngine", "Host unreachable", EHOSTUNREACH},
    {"QNativeSocketEngine", "Network unreachable", ENETUNREACH},
    {"QAbstractSocket", "Network unreachable", ENETUNREACH},
    {"QNativeSocketEngine", "Datagram was too large to send", EMSGSIZE},
    {"QNativeSocketEngine", "Operation on non-socket", ENOTSOCK},
    {"QNativeSocketEngine", "Temporary error", EAGAIN},
    {"QNativeSocketEngine", "Out of resources", EMFILE},
    {"QAbstractSocket", "Socket is not connected", ENOTCONN},
    {"QIODevice", "No such file or directory", ENOENT},
    {"QIODevice", "Permission denied", EACCES},
    {"QIODevice", "Too many open files", EMFILE},
    {"QIODevice", "No space left on device", ENOSPC},
    {"QIODevice", "file to open is a directory", EISDIR},
};

// Qt's words for a failed lookup (QHostInfoAgent, QAbstractSocket).
constexpr const char *HostNotFoundText = "Host not found";

// The C library's English words, whatever the locale (glibc 2.32 and later).
QString englishDescription(int errorNumber)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 32))
    if (const char *text = strerrordesc_np(errorNumber))
        return QString::fromLatin1(text);
#else
    Q_UNUSED(errorNumber)
#endif
    return QString();
}

QString cSymbol(int errorNumber)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 32))
    if (const char *name = strerrorname_np(errorNumber))
        return QString::fromLatin1(name);
#endif
    return QString();
}

} // namespace

QString SystemErrorText::symbol(int errorNumber)
{
    const Known *known = findKnown(errorNumber);
    return known ? QString::fromLatin1(known->symbol) : QString();
}

QString SystemErrorText::forErrno(int errorNumber)
{
    if (const Known *known = findKnown(errorNumber)) {
        return QStringLiteral("%1 [%2]").arg(tr(known->words), QString::fromLatin1(known->symbol));
    }
    // No words of ours: the C library's English ones, never the locale's.
    const QString name = cSymbol(errorNumber);
    const QString english = englishDescription(errorNumber);
    if (english.isEmpty())
        return tr("system error %1").arg(errorNumber);
    return QStringLiteral("%1 [%2]").arg(english, name.isEmpty() ? QString::number(errorNumber) : name);
}

QString SystemErrorText::hostNotFound()
{
    return QStringLiteral("%1 [EAI_NONAME]").arg(tr("host not found"));
}

int SystemErrorText::errnoOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return 0;
    for (const QtText &qt : QtTexts) {
        if (trimmed == QLatin1String(qt.text)
            || trimmed == QCoreApplication::translate(qt.context, qt.text))
            return qt.number;
    }
    for (const Known &known : knownErrors()) {
        // strerror() in whatever locale made the text, or its English words.
        if (trimmed == QString::fromLocal8Bit(std::strerror(known.number))
            || trimmed.compare(englishDescription(known.number), Qt::CaseInsensitive) == 0)
            return known.number;
    }
    return 0;
}

QString SystemErrorText::fromText(const QString &qtText)
{
    const QString trimmed = qtText.trimmed();
    for (const char *context : {"QHostInfoAgent", "QAbstractSocket"}) {
        if (trimmed == QLatin1String(HostNotFoundText)
            || trimmed == QCoreApplication::translate(context, HostNotFoundText))
            return hostNotFound();
    }
    const int number = errnoOf(qtText);
    return number != 0 ? forErrno(number) : qtText;
}

QString SystemErrorText::forSocket(QAbstractSocket::SocketError error, const QString &qtText)
{
    if (const int number = errnoOf(qtText))
        return forErrno(number);
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return forErrno(ECONNREFUSED);
    case QAbstractSocket::HostNotFoundError:
        return hostNotFound();
    case QAbstractSocket::SocketTimeoutError:
        return forErrno(ETIMEDOUT);
    case QAbstractSocket::SocketAccessError:
        return forErrno(EACCES);
    case QAbstractSocket::SocketResourceError:
        return forErrno(EMFILE);
    case QAbstractSocket::AddressInUseError:
        return forErrno(EADDRINUSE);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return forErrno(EADDRNOTAVAIL);
    case QAbstractSocket::DatagramTooLargeError:
        return forErrno(EMSGSIZE);
    case QAbstractSocket::RemoteHostClosedError:
        return tr("the peer closed the connection");
    default:
        return fromText(qtText);
    }
}

QString SystemErrorText::forHostLookup(const QHostInfo &info)
{
    if (info.error() == QHostInfo::HostNotFound)
        return hostNotFound();
    return fromText(info.errorString());
}

QString SystemErrorText::forLocalSocket(QLocalSocket::LocalSocketError error, const QString &qtText)
{
    switch (error) {
    case QLocalSocket::ConnectionRefusedError:
        return forErrno(ECONNREFUSED);
    case QLocalSocket::ServerNotFoundError:
        return forErrno(ENOENT);
    case QLocalSocket::SocketAccessError:
        return forErrno(EACCES);
    case QLocalSocket::SocketResourceError:
        return forErrno(EAGAIN);
    case QLocalSocket::SocketTimeoutError:
        return forErrno(ETIMEDOUT);
    case QLocalSocket::DatagramTooLargeError:
        return forErrno(EMSGSIZE);
    case QLocalSocket::PeerClosedError:
        return tr("the peer closed the connection");
    default:
        return fromText(qtText);
    }
}

} // namespace swb::net
