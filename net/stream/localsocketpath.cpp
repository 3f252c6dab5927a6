#include "net/stream/localsocketpath.h"

#include "net/errors/systemerrortext.h"
#include "net/files/safefile.h"
#include "net/platform/processlookup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace swb::net {

namespace {

const QLatin1String runtimeToken("{runtime}");

bool fillAddress(const QString &path, sockaddr_un *address)
{
    const QByteArray encoded = QFile::encodeName(path);
    if (encoded.isEmpty() || encoded.size() > LocalSocketPath::maxPathBytes)
        return false;
    *address = sockaddr_un{};
    address->sun_family = AF_UNIX;
    std::memcpy(address->sun_path, encoded.constData(), size_t(encoded.size()));
    return true;
}

// Whether the kernel's AF_UNIX table (/proc/net/unix, through ProcessLookup)
// lists a listening socket bound to exactly this path.
// Asking the kernel has no side effect, unlike a test connection, which a
// one-shot server in the notes' style (accept once, recv, reply, exit) would
// take for its client. Servers that bound a relative path are listed under
// that relative name, so "not listed" is not proof that nobody listens; where
// there is no table at all, probe() goes on to its test connection.
bool listedAsListening(const QByteArray &encodedPath)
{
    const std::optional<QByteArray> table =
        ProcessLookup::system().socketTable(QStringLiteral("unix"));
    if (!table)
        return false;
    constexpr uint acceptConnections = 0x10000; // __SO_ACCEPTCON: listen() was called
    const QList<QByteArray> lines = table->split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QByteArray &line = lines.at(i);
        // "Num RefCount Protocol Flags Type St Inode Path": seven fields, then
        // one space and the path, which may itself contain spaces.
        qsizetype pos = 0;
        QByteArray flags;
        int field = 0;
        for (; field < 7; ++field) {
            while (pos < line.size() && line.at(pos) == ' ')
                ++pos;
            const qsizetype start = pos;
            while (pos < line.size() && line.at(pos) != ' ')
                ++pos;
            if (start == pos)
                break;
            if (field == 3)
                flags = line.mid(start, pos - start);
        }
        bool ok = false;
        if (field < 7 || pos >= line.size() || !(flags.toUInt(&ok, 16) & acceptConnections) || !ok)
            continue;
        if (line.mid(pos + 1) == encodedPath)
            return true;
    }
    return false;
}

} // namespace

QString LocalSocketPath::runtimeFolder()
{
    // Only $XDG_RUNTIME_DIR itself, once Qt has checked that it is the user's
    // own private folder. When it is unset or missing, Qt would invent
    // /tmp/runtime-$USER (with a warning each time); the temp folder is what the
    // lesson's Python uses then, and the two must meet at the same path.
    const QString wanted = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!wanted.isEmpty() && QFileInfo(wanted).isDir()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        if (!folder.isEmpty() && QFileInfo(folder) == QFileInfo(wanted))
            return QDir::cleanPath(folder);
    }
    // Made here so that the panels find it; checkUsable() says when it is not ours.
    const QString folder = fallbackFolder();
    (void)SafeFile::ensurePrivateFolder(folder);
    return folder;
}

QString LocalSocketPath::fallbackFolder()
{
    // Not the temp folder itself: anyone may create files there, so a fixed
    // socket name in /tmp could be taken by another user first.
    return QDir::cleanPath(QDir::tempPath()) + QStringLiteral("/socket-workbench-%1").arg(::geteuid());
}

QString LocalSocketPath::defaultSetting()
{
    return runtimeToken + QLatin1String("/socket-workbench-demo.sock");
}

QString LocalSocketPath::resolve(const QString &text)
{
    QString path = text.trimmed();
    if (path.isEmpty())
        return QString();
    if (path.startsWith(runtimeToken)) {
        const QString rest = path.mid(runtimeToken.size());
        path = runtimeFolder() + (rest.startsWith(QLatin1Char('/')) ? rest : QLatin1Char('/') + rest);
    } else if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/"))) {
        path = QDir::homePath() + path.mid(1);
    }
    // QLocalServer would put a bare name in /tmp; the runtime folder is private to the user.
    if (QDir::isRelativePath(path))
        path = runtimeFolder() + QLatin1Char('/') + path;
    return QDir::cleanPath(path);
}

Result<void> LocalSocketPath::checkUsable(const QString &path)
{
    if (path.isEmpty())
        return Failure{emptyPath()};
    if (QFile::encodeName(path).size() > maxPathBytes)
        return Failure{tooLong(path)};
    // A folder planted at the fallback's predictable name (a link, or another
    // user's) would let its owner answer for our server or replace our socket.
    if (QFileInfo(path).absolutePath() == fallbackFolder()) {
        if (Result<void> folder = SafeFile::ensurePrivateFolder(fallbackFolder()); !folder)
            return folder;
    }
    return {};
}

SocketPathProbe LocalSocketPath::probe(const QString &path)
{
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return {SocketPathState::NoFolder, ENOENT};
    const QByteArray encoded = QFile::encodeName(path);
    struct stat status {};
    if (::lstat(encoded.constData(), &status) != 0)
        return errno == ENOENT ? SocketPathProbe{} : SocketPathProbe{SocketPathState::Unknown, errno};
    if (!S_ISSOCK(status.st_mode))
        return {SocketPathState::NotASocket, 0};
    if (listedAsListening(encoded))
        return {SocketPathState::LiveServer, 0};

    sockaddr_un address;
    if (!fillAddress(path, &address))
        return {SocketPathState::Unknown, ENAMETOOLONG};
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return {SocketPathState::Unknown, errno};
    // AF_UNIX connect() never waits: it is queued at once, refused at once, or
    // EAGAIN when the server's backlog is full (which still means it is alive).
    const int result = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    const int error = result == 0 ? 0 : errno;
    ::close(fd);
    if (result == 0 || error == EAGAIN || error == EINPROGRESS)
        return {SocketPathState::LiveServer, 0};
    if (error == ECONNREFUSED)
        return {SocketPathState::StaleSocket, 0};
    return {SocketPathState::Unknown, error};
}

Result<void> LocalSocketPath::removeSocketFile(const QString &path)
{
    const auto failure = [&path](int errorNumber) {
        return Failure{removeFailed(errorNumber, path), errorNumber};
    };
    const QByteArray encoded = QFile::encodeName(path);
    struct stat status {};
    if (::lstat(encoded.constData(), &status) != 0) {
        if (errno == ENOENT)
            return {};
        return failure(errno);
    }
    if (!S_ISSOCK(status.st_mode))
        return failure(EINVAL);
    if (::unlink(encoded.constData()) != 0)
        return failure(errno);
    return {};
}

Result<qintptr> LocalSocketPath::openListening(const QString &path, int backlog)
{
    const auto failure = [&path](int errorNumber) {
        return Failure{bindFailed(errorNumber, path), errorNumber};
    };
    sockaddr_un address;
    if (!fillAddress(path, &address))
        return failure(ENAMETOOLONG);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return failure(errno);
    // bind() never replaces an existing file: EADDRINUSE. That is why we do not
    // use QLocalServer::listen() with UserAccessOption, which binds in a
    // temporary folder and rename()s the socket onto the path, silently
    // replacing a stale file and even a live server's (seen on Qt 6.4).
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        const int error = errno;
        ::close(fd);
        return failure(error);
    }
    // Only the user may connect. Setting the mode between bind() and listen()
    // leaves no window: until listen(), every connect() is refused anyway.
    if (::chmod(address.sun_path, S_IRUSR | S_IWUSR) != 0 || ::listen(fd, backlog) != 0) {
        const int error = errno;
        ::close(fd);
        ::unlink(address.sun_path); // ours: we just created it
        return failure(error);
    }
    return qintptr(fd);
}

QString LocalSocketPath::peerProcess(qintptr descriptor)
{
#ifdef SO_PEERCRED
    ucred credentials{};
    socklen_t length = sizeof credentials;
    if (descriptor >= 0
        && ::getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0
        && credentials.pid > 0)
        return QStringLiteral("pid %1").arg(credentials.pid);
#else
    Q_UNUSED(descriptor)
#endif
    return QString();
}

QString LocalSocketPath::peerPath(qintptr descriptor)
{
    sockaddr_un address{};
    socklen_t length = sizeof address;
    if (descriptor < 0
        || ::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return QString();
    const qsizetype bytes = qsizetype(length) - qsizetype(offsetof(sockaddr_un, sun_path));
    // An unnamed socket has no path; an abstract one starts with a NUL byte.
    if (bytes <= 0 || address.sun_path[0] == '\0')
        return QString();
    return QFile::decodeName(QByteArray(address.sun_path, qstrnlen(address.sun_path, size_t(bytes))));
}

QString LocalSocketPath::ownProcess()
{
    return QStringLiteral("pid %1").arg(QCoreApplication::applicationPid());
}

QString LocalSocketPath::emptyPath()
{
    return tr("Type the path of the socket file, for example %1 ({runtime} is your runtime "
              "folder, %2).")
        .arg(defaultSetting(), runtimeFolder());
}

QString LocalSocketPath::tooLong(const QString &path)
{
    return tr("The path %1 is %2 bytes long, but a local socket path may have at most %3 bytes "
              "(the size of sun_path in struct sockaddr_un). Choose a shorter path, for example "
              "in %4.")
        .arg(path)
        .arg(QFile::encodeName(path).size())
        .arg(maxPathBytes)
        .arg(runtimeFolder());
}

QString LocalSocketPath::noFolder(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    return tr("The folder %1 does not exist, so the socket file %2 cannot be created in it. "
              "Create the folder first (mkdir -p %1) or choose another path.")
        .arg(folder, path);
}

QString LocalSocketPath::notASocket(const QString &path)
{
    return tr("%1 exists and is not a socket file. The workbench never deletes other files: "
              "choose another path.")
        .arg(path);
}

QString LocalSocketPath::liveServer(const QString &path)
{
    return tr("Another program (or another panel) is already listening on %1. Stop it, or choose "
              "another path. To see which program it is, run: ss -xlp | grep '%1'")
        .arg(path);
}

QString LocalSocketPath::staleFile(const QString &path)
{
    return tr("The socket file %1 is stale: it exists, but nothing is listening on it. A server "
              "that crashed or was killed left it behind, and bind() fails while it is there. "
              "Remove it and listen, or choose another path. (In Python: os.unlink(path) before "
              "bind().)")
        .arg(path);
}

QString LocalSocketPath::probeFailed(int errorNumber, const QString &path)
{
    if (errorNumber == EACCES || errorNumber == EPERM)
        return tr("%1 exists, but you may not use it (it belongs to another user?). Choose "
                  "another path, for example in your runtime folder %2.")
            .arg(path, runtimeFolder());
    return tr("Cannot check %1: %2.").arg(path, SystemErrorText::forErrno(errorNumber));
}

QString LocalSocketPath::removeFailed(int errorNumber, const QString &path)
{
    return tr("Cannot remove the stale socket file %1: %2. Remove it yourself (rm '%1') or choose "
              "another path.")
        .arg(path, SystemErrorText::forErrno(errorNumber));
}

QString LocalSocketPath::bindFailed(int errorNumber, const QString &path)
{
    switch (errorNumber) {
    case EADDRINUSE:
        return tr("%1 appeared while the server was starting: another program created it. "
                  "Press Start again to see what it is.")
            .arg(path);
    case EACCES:
    case EPERM:
        return tr("Permission denied: you may not create files in %1. Choose a folder of your "
                  "own, such as your runtime folder %2.")
            .arg(QFileInfo(path).absolutePath(), runtimeFolder());
    case EROFS:
        return tr("%1 is on a read-only file system. Choose another folder, such as %2.")
            .arg(path, runtimeFolder());
    case ENOENT:
    case ENOTDIR:
        return noFolder(path);
    case ENAMETOOLONG:
        return tooLong(path);
    default:
        return tr("Cannot listen on %1: %2.")
            .arg(path, SystemErrorText::forErrno(errorNumber));
    }
}

QString LocalSocketPath::socketFailed(QLocalSocket::LocalSocketError error, const QString &path,
                                      const QString &qtText)
{
    const QString why = SystemErrorText::forLocalSocket(error, qtText);
    switch (error) {
    case QLocalSocket::ServerNotFoundError:
        return tr("There is no socket file %1: no server is listening there. Start the server "
                  "first; it creates the file when it starts listening.")
            .arg(path);
    case QLocalSocket::ConnectionRefusedError:
        return tr("Connection refused at %1: the socket file exists, but nothing is listening on "
                  "it. It is probably a stale file left by a server that crashed; start the "
                  "server again (the workbench's server offers to remove the stale file).")
            .arg(path);
    case QLocalSocket::SocketAccessError:
        return tr("Permission denied for %1: the socket file belongs to another user, or its mode "
                  "does not let you connect (the workbench's servers allow only their owner).")
            .arg(path);
    case QLocalSocket::PeerClosedError:
        return tr("The peer closed the connection.");
    case QLocalSocket::SocketResourceError:
        return tr("The system ran out of resources (too many open sockets?): %1.").arg(why);
    default:
        return tr("Local socket error with %1: %2.").arg(path, why);
    }
}

} // namespace swb::net
