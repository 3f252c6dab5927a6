#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace swb::net {

// Saves a file the way QSaveFile does (a new file beside it, renamed over it
// when complete, so a crash leaves the old copy whole), but private (0600:
// saved HTTP headers may hold Authorization or Set-Cookie) and without ever
// following a symbolic link. QSaveFile resolves a link at the path and writes
// to its target, so a link planted at a default name ("header.txt" in a shared
// folder) would make the app overwrite whatever file it points to. Here the
// new file is made with mkostemp() (O_CREAT | O_EXCL: a name that exists,
// link or not, is never opened) and rename() replaces the link itself.
class PrivateSaveFile final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::PrivateSaveFile)
public:
    explicit PrivateSaveFile(const QString &path);
    ~PrivateSaveFile(); // not committed: the new file is removed
    PrivateSaveFile(const PrivateSaveFile &) = delete;
    PrivateSaveFile &operator=(const PrivateSaveFile &) = delete;

    Result<void> open();
    Result<void> write(const QByteArray &bytes);
    // Makes the file complete and puts it at the path.
    Result<void> commit();
    void cancel();

    // open(), write(), commit() in one.
    static Result<void> save(const QString &path, const QByteArray &bytes);

private:
    Failure failure(int error) const;

    QString m_path;
    QByteArray m_temporary;
    int m_fd = -1;
};

} // namespace swb::net
