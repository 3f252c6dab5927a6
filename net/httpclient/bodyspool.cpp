#include "net/httpclient/bodyspool.h"

#include "net/errors/systemerrortext.h"
#include "net/files/privatesavefile.h"

#include <QDir>
#include <QStorageInfo>
#include <QTemporaryFile>

namespace swb::net {

namespace {
constexpr qint64 copyBlock = qint64(1) << 20;
constexpr qsizetype writeBlock = qsizetype(1) << 20;
// A piece this large is written as it is: one write() for it costs less than
// copying it into the block first (a fast download's reads are ~1 MiB each).
constexpr qsizetype writeDirectly = writeBlock / 4;
// Free space is looked at when the file is made and again after this many bytes.
constexpr qint64 diskCheckEvery = qint64(32) << 20;
}

BodySpool::BodySpool(qint64 displayLimit)
    : m_limit(displayLimit)
{
}

BodySpool::~BodySpool() = default;
BodySpool::BodySpool(BodySpool &&) noexcept = default;
BodySpool &BodySpool::operator=(BodySpool &&) noexcept = default;

Result<void> BodySpool::checkFreeDisk()
{
    const QStorageInfo storage(QDir::tempPath());
    const qint64 free = storage.isValid() ? storage.bytesAvailable() : -1;
    m_nextDiskCheck = m_size + diskCheckEvery;
    if (free < 0 || free >= m_minFreeDisk)
        return {};
    return Failure{tr("Stopped after %1 bytes of the response: the temporary folder %2 has only "
                      "%3 MiB free, less than the %4 MiB kept free, so the response is not "
                      "written to it any more.")
                       .arg(m_size)
                       .arg(QDir::toNativeSeparators(QDir::tempPath()))
                       .arg(free >> 20)
                       .arg(m_minFreeDisk >> 20)};
}

Result<void> BodySpool::append(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    if (m_size + bytes.size() > m_maxSize) {
        return Failure{tr("Stopped after %1 bytes: the response body is larger than %2 MiB, the "
                          "limit for one response (a server sending without end?).")
                           .arg(m_size)
                           .arg(m_maxSize >> 20)};
    }
    if (!m_file && m_size + bytes.size() <= m_limit) {
        // Growing by doubling would copy the head again and again; untouched
        // reserved pages cost no memory.
        if (m_head.isEmpty() && bytes.size() < m_limit)
            m_head.reserve(qsizetype(m_limit));
        m_head += bytes;
        m_size += bytes.size();
        return {};
    }
    if (!m_file || m_size >= m_nextDiskCheck) {
        if (Result<void> room = checkFreeDisk(); !room)
            return room;
    }
    if (!m_file) {
        // The response outgrew memory: from now on the file holds all of it,
        // and memory keeps only what the views show. QTemporaryFile creates
        // it with O_CREAT | O_EXCL and mode 0600 under a random name, so a
        // link planted in the temp folder is never followed.
        auto file = std::make_unique<QTemporaryFile>(
            QDir(QDir::tempPath()).filePath(QStringLiteral("swb-http-XXXXXX.body")));
        if (!file->open() || file->write(m_head) != m_head.size()) {
            return Failure{tr("Cannot write the response to a temporary file (%1): %2")
                               .arg(file->fileName(), SystemErrorText::fromText(file->errorString()))};
        }
        m_file = std::move(file);
    }
    // What waits goes first, so that the file keeps the order of the bytes.
    const bool direct = bytes.size() >= writeDirectly;
    if (direct || m_pending.size() + bytes.size() > writeBlock) {
        if (Result<void> written = writePending(); !written)
            return written;
    }
    if (direct) {
        if (m_file->write(bytes) != bytes.size())
            return spoolFailure();
    } else {
        if (m_pending.capacity() < writeBlock)
            m_pending.reserve(writeBlock);
        m_pending += bytes;
    }
    const qint64 room = m_limit - m_head.size();
    if (room > 0) {
        m_head.reserve(qsizetype(m_limit));
        m_head += bytes.left(room);
    }
    m_size += bytes.size();
    return {};
}

Failure BodySpool::spoolFailure() const
{
    return Failure{tr("Cannot write the response to the temporary file %1: %2 (is the disk full?)")
                       .arg(m_file->fileName(), SystemErrorText::fromText(m_file->errorString()))};
}

Result<void> BodySpool::writePending() const
{
    if (m_pending.isEmpty() || !m_file)
        return {};
    const bool ok = m_file->write(m_pending) == m_pending.size();
    // Keeps the allocation for the next block.
    m_pending.resize(0);
    if (!ok)
        return spoolFailure();
    return {};
}

Result<void> BodySpool::flush()
{
    if (Result<void> written = writePending(); !written)
        return written;
    if (m_file && !m_file->flush())
        return spoolFailure();
    return {};
}

void BodySpool::clear()
{
    m_head.clear();
    m_size = 0;
    m_nextDiskCheck = 0;
    m_file.reset();
    m_pending.clear();
}

QByteArray BodySpool::read(qint64 offset, qint64 maxBytes) const
{
    if (offset < 0 || offset >= m_size || maxBytes <= 0)
        return QByteArray();
    const qint64 length = qMin(maxBytes, m_size - offset);
    if (offset + length <= m_head.size())
        return m_head.mid(offset, length);
    if (!m_file || !writePending())
        return QByteArray();
    m_file->flush();
    // A second handle keeps the writer's position where it is.
    QFile reader(m_file->fileName());
    if (!reader.open(QIODevice::ReadOnly) || !reader.seek(offset))
        return QByteArray();
    return reader.read(length);
}

Result<void> BodySpool::saveTo(const QString &path, qint64 offset, qint64 length) const
{
    const qint64 end = length < 0 ? m_size : qMin(m_size, offset + length);
    // Private and never through a link: a saved header may hold Set-Cookie,
    // a saved response the Authorization echoed back.
    PrivateSaveFile out(path);
    if (Result<void> opened = out.open(); !opened)
        return opened;
    for (qint64 at = qMax<qint64>(0, offset); at < end; at += copyBlock) {
        const QByteArray block = read(at, qMin(copyBlock, end - at));
        if (block.isEmpty())
            return Failure{tr("Cannot write \"%1\": the response could not be read back.").arg(path)};
        if (Result<void> written = out.write(block); !written)
            return written;
    }
    return out.commit();
}

} // namespace swb::net
