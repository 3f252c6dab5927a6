#include "net/files/privatesavefile.h"

#include "net/errors/systemerrortext.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace swb::net {

PrivateSaveFile::PrivateSaveFile(const QString &path)
    : m_path(path)
{
}

PrivateSaveFile::~PrivateSaveFile()
{
    cancel();
}

Failure PrivateSaveFile::failure(int error) const
{
    return Failure{tr("Cannot write \"%1\": %2.")
                       .arg(m_path, SystemErrorText::forErrno(error)),
                   error};
}

Result<void> PrivateSaveFile::open()
{
    cancel();
    // A folder at the path would only fail at rename(), after all the writing.
    struct stat info{};
    const QByteArray target = QFile::encodeName(m_path);
    if (::lstat(target.constData(), &info) == 0 && S_ISDIR(info.st_mode))
        return failure(EISDIR);
    const QFileInfo where(m_path);
    m_temporary = QFile::encodeName(where.absolutePath() + QStringLiteral("/.")
                                    + where.fileName() + QStringLiteral(".XXXXXX"));
    // mkostemp: O_CREAT | O_EXCL, mode 0600.
    m_fd = ::mkostemp(m_temporary.data(), O_CLOEXEC);
    if (m_fd < 0) {
        const int error = errno;
        m_temporary.clear();
        return failure(error);
    }
    return {};
}

Result<void> PrivateSaveFile::write(const QByteArray &bytes)
{
    if (m_fd < 0)
        return failure(EBADF);
    const char *at = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, at, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            const int error = written < 0 ? errno : EIO;
            cancel();
            return failure(error);
        }
        at += written;
        left -= written;
    }
    return {};
}

Result<void> PrivateSaveFile::commit()
{
    if (m_fd < 0)
        return failure(EBADF);
    // fsync before rename: after a crash the path holds the old or the new file, whole.
    if (::fsync(m_fd) != 0 || ::close(m_fd) != 0) {
        const int error = errno;
        m_fd = -1;
        cancel();
        return failure(error);
    }
    m_fd = -1;
    if (::rename(m_temporary.constData(), QFile::encodeName(m_path).constData()) != 0) {
        const int error = errno;
        cancel();
        return failure(error);
    }
    m_temporary.clear();
    return {};
}

void PrivateSaveFile::cancel()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (!m_temporary.isEmpty())
        ::unlink(m_temporary.constData());
    m_temporary.clear();
}

Result<void> PrivateSaveFile::save(const QString &path, const QByteArray &bytes)
{
    PrivateSaveFile file(path);
    if (Result<void> opened = file.open(); !opened)
        return opened;
    if (Result<void> written = file.write(bytes); !written)
        return written;
    return file.commit();
}

} // namespace swb::net
