#include "net/files/safefile.h"

#include "net/errors/systemerrortext.h"
#include "net/files/privatesavefile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace swb::net {

namespace {

QString kindOfMode(mode_t mode)
{
    if (S_ISDIR(mode))
        return SafeFile::tr("a folder");
    if (S_ISFIFO(mode))
        return SafeFile::tr("a named pipe (FIFO)");
    if (S_ISCHR(mode))
        return SafeFile::tr("a character device");
    if (S_ISBLK(mode))
        return SafeFile::tr("a block device");
    if (S_ISSOCK(mode))
        return SafeFile::tr("a socket");
    return S_ISREG(mode) ? QString() : SafeFile::tr("a special file");
}

Failure systemFailure(const QString &what, const QString &path, int error, bool writing)
{
    const QString reason = SystemErrorText::forErrno(error);
    return Failure{writing ? SafeFile::tr("Cannot write %1 \"%2\": %3.").arg(what, path, reason)
                           : SafeFile::tr("Cannot open %1 \"%2\": %3.").arg(what, path, reason),
                   error};
}

} // namespace

QString SafeFile::notRegularKind(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QString();
    return kindOfMode(info.st_mode);
}

Result<void> SafeFile::adopt(QFile &file, int fd, const QString &path, QIODevice::OpenMode mode,
                             qint64 maxBytes, const QString &what)
{
    struct stat info{};
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        return systemFailure(what, path, error, mode.testFlag(QIODevice::WriteOnly));
    }
    if (const QString kind = kindOfMode(info.st_mode); !kind.isEmpty()) {
        ::close(fd);
        return Failure{tr("\"%1\" is %2, not a regular file: it cannot be used as %3.")
                           .arg(path, kind, what)};
    }
    if (maxBytes > 0 && info.st_size > maxBytes) {
        ::close(fd);
        return Failure{tr("\"%1\" is too large for %2: %3 bytes, over the limit of %4 bytes.")
                           .arg(path, what)
                           .arg(qint64(info.st_size))
                           .arg(maxBytes)};
    }
    // A regular file never blocks; clear the flag so that writes behave as usual.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    file.setFileName(path);
    if (!file.open(fd, mode, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Failure{tr("Cannot open %1 \"%2\": %3.").arg(what, path, SystemErrorText::fromText(file.errorString()))};
    }
    return {};
}

Result<void> SafeFile::openForReading(QFile &file, const QString &path, qint64 maxBytes,
                                      const QString &what)
{
    // The lessons are Qt resources (":/lessons/…"): in memory, never a FIFO.
    if (path.startsWith(QLatin1Char(':'))) {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return Failure{tr("Cannot open %1 \"%2\": %3.").arg(what, path, SystemErrorText::fromText(file.errorString()))};
        return {};
    }
    // O_NONBLOCK: opening a FIFO that has no writer returns at once.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return systemFailure(what, path, errno, false);
    return adopt(file, fd, path, QIODevice::ReadOnly, maxBytes, what);
}

Result<void> SafeFile::openForWriting(QFile &file, const QString &path, bool append,
                                      const QString &what)
{
    // Not O_TRUNC yet: a FIFO is refused before anything is done to it.
    // O_NONBLOCK: a FIFO without a reader fails with ENXIO instead of blocking.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_NONBLOCK | O_CLOEXEC | O_NOCTTY
                              | (append ? O_APPEND : 0),
                          privateFileMode);
    if (fd < 0) {
        const int error = errno;
        if (error == ENXIO && !notRegularKind(path).isEmpty())
            return Failure{tr("\"%1\" is %2, not a regular file: it cannot be used as %3.")
                               .arg(path, notRegularKind(path), what)};
        return systemFailure(what, path, error, true);
    }
    QIODevice::OpenMode mode = QIODevice::WriteOnly;
    if (append)
        mode |= QIODevice::Append;
    if (Result<void> adopted = adopt(file, fd, path, mode, 0, what); !adopted)
        return adopted;
    if (!append && !file.resize(0)) {
        file.close();
        return Failure{tr("Cannot open %1 \"%2\": %3.").arg(what, path, SystemErrorText::fromText(file.errorString()))};
    }
    return {};
}

bool SafeFile::writePrivately(const QString &path, const QByteArray &bytes, QString *errorString)
{
    const Result<void> saved = PrivateSaveFile::save(path, bytes);
    if (!saved && errorString)
        *errorString = SystemErrorText::forErrno(saved.failure().errorNumber);
    return saved.ok();
}

bool SafeFile::makePrivateFolder(const QString &path)
{
    return ensurePrivateFolder(path).ok();
}

Result<void> SafeFile::ensurePrivateFolder(const QString &path)
{
    const QString parent = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(parent))
        return Failure{tr("Cannot create the folder \"%1\".").arg(parent), ENOENT};
    const QByteArray encoded = QFile::encodeName(path);
    const auto systemError = [&path](int error) {
        return Failure{tr("Cannot create the folder \"%1\": %2.")
                           .arg(path, SystemErrorText::forErrno(error)),
                       error};
    };
    if (::mkdir(encoded.constData(), privateFolderMode) != 0 && errno != EEXIST)
        return systemError(errno);
    // lstat, not stat: a link planted at the name is refused, not followed.
    struct stat info{};
    if (::lstat(encoded.constData(), &info) != 0)
        return systemError(errno);
    if (!S_ISDIR(info.st_mode) || info.st_uid != ::geteuid()) {
        const QString what = S_ISLNK(info.st_mode) ? tr("a symbolic link")
            : S_ISDIR(info.st_mode)                ? tr("a folder that belongs to another user")
                                                   : kindOfMode(info.st_mode);
        return Failure{tr("\"%1\" is %2, so the app will not use it as its private folder. "
                          "Someone else may have created it to see or redirect your files: "
                          "remove it, or set XDG_RUNTIME_DIR.")
                           .arg(path, what.isEmpty() ? tr("a file") : what),
                       EPERM};
    }
    // Ours: narrow it if it is open to others.
    if ((info.st_mode & 077) != 0 && ::chmod(encoded.constData(), privateFolderMode) != 0)
        return systemError(errno);
    return {};
}

} // namespace swb::net
