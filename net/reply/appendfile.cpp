#include "net/reply/appendfile.h"

#include "net/errors/systemerrortext.h"
#include "net/files/safefile.h"

#include <QFileInfo>

namespace swb::net {

AppendFile::AppendFile(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
{
}

Result<void> AppendFile::open()
{
    // 0600, and a FIFO or device is refused instead of blocking the program.
    if (Result<void> opened = SafeFile::openForWriting(m_file, m_path, true, tr("an append file"));
        !opened)
        return Failure{tr("%1 Choose a regular file in a folder you may write to.")
                           .arg(opened.message())};
    return {};
}

Result<void> AppendFile::append(const QByteArray &bytes)
{
    if (!m_file.isOpen())
        return Failure{tr("The append file \"%1\" is not open.").arg(m_path)};
    if (m_file.write(bytes) != bytes.size() || !m_file.flush()) {
        return Failure{tr("Writing to \"%1\" failed: %2. The received bytes are still in the "
                          "traffic table.")
                           .arg(m_path, SystemErrorText::fromText(m_file.errorString()))};
    }
    return {};
}

} // namespace swb::net
