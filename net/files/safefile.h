#pragma once

#include "net/result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace swb::net {

// Opens the files a user names without trusting what they are. QFile::open()
// on a named pipe blocks the whole program until someone opens the other end,
// and /dev/zero or a terminal reads for ever; a file a workspace or a capture
// loads is therefore opened non-blocking, looked at with fstat(), and refused
// with a message that names the path and what it is unless it is a regular
// file. Files the program creates (recordings, append files) are private:
// 0600, because what they hold is other people's traffic.
class SafeFile final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::SafeFile)
public:
    static constexpr int privateFileMode = 0600;
    static constexpr int privateFolderMode = 0700;

    // Opens path read-only into file. maxBytes > 0 also refuses a larger file,
    // naming the limit; what names the file in messages ("the workspace").
    static Result<void> openForReading(QFile &file, const QString &path, qint64 maxBytes,
                                       const QString &what);
    // Opens (creating it 0600 if new) path for writing into file: truncated,
    // or appended to with append.
    static Result<void> openForWriting(QFile &file, const QString &path, bool append,
                                       const QString &what);
    // "a named pipe (FIFO)", "a directory", … for a path that exists; empty
    // for a regular file or a path that does not exist.
    static QString notRegularKind(const QString &path);
    // Creates the folder (and missing parents) and makes it the user's only
    // (0700). Only for the program's own folders: it narrows an existing one.
    static bool makePrivateFolder(const QString &path);
    // The same with the reason: creates path 0700 (its parents as usual) and
    // checks with lstat() that it is a folder of this user's, not a link or
    // someone else's folder planted at a predictable name (/tmp/...).
    static Result<void> ensurePrivateFolder(const QString &path);
    // Replaces path with bytes atomically (PrivateSaveFile), readable by the
    // user only (0600), never through a symbolic link. errorString: why not, when it returns false.
    static bool writePrivately(const QString &path, const QByteArray &bytes,
                               QString *errorString);

private:
    static Result<void> adopt(QFile &file, int fd, const QString &path, QIODevice::OpenMode mode,
                              qint64 maxBytes, const QString &what);
};

} // namespace swb::net
