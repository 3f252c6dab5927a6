#include "net/reply/appendfile.h"

#include <QFileInfo>

namespace swb::net {

AppendFile::AppendFile(const QString &path)
    : m_file(QFileInfo(path).absoluteFilePath())
{
}

Result<void> AppendFile::open()
{
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return {};
    return Failure{tr("Cannot open \"%1\" for appending: %2. Choose a file in a folder you may write to.")
        .arg(m_file.fileName(), m_file.errorString())};
}

Result<void> AppendFile::append(const QByteArray &bytes)
{
    if (!m_file.isOpen())
        return Failure{tr("The append file \"%1\" is not open.").arg(m_file.fileName())};
    if (m_file.write(bytes) != bytes.size() || !m_file.flush()) {
        return Failure{tr("Writing to \"%1\" failed: %2. The received bytes are still in the "
                          "traffic table.")
                           .arg(m_file.fileName(), m_file.errorString())};
    }
    return {};
}

} // namespace swb::net
