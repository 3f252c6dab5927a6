#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryFile;

namespace swb::net {

// Holds a response of any size with bounded memory: the first displayLimit
// bytes stay in memory for the views, and once a response outgrows that the
// whole of it goes to a temporary file, from which saving copies and the views
// read a window. Writes to the file are gathered into 1 MiB blocks: one
// write() per network read cost more than the copy into the block.
// Plain data, no GUI: the benchmark uses it as the panel does.
class BodySpool final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::BodySpool)
public:
    // More than the text views lay out (2 MiB) and the hex window (1 MiB) show at once.
    static constexpr qint64 defaultDisplayLimit = qint64(4) << 20;
    // A body larger than this stops the exchange (an endless chunked body
    // filled the temporary folder at 100 MB/s before).
    static constexpr qint64 defaultMaxSize = qint64(1) << 30;
    // Spooling stops while the temporary folder has less free space than this.
    static constexpr qint64 defaultMinFreeDisk = qint64(256) << 20;

    explicit BodySpool(qint64 displayLimit = defaultDisplayLimit);
    ~BodySpool();
    BodySpool(const BodySpool &) = delete;
    BodySpool &operator=(const BodySpool &) = delete;
    BodySpool(BodySpool &&) noexcept;
    BodySpool &operator=(BodySpool &&) noexcept;

    void setDisplayLimit(qint64 bytes) { m_limit = bytes; }
    qint64 displayLimit() const { return m_limit; }
    void setMaxSize(qint64 bytes) { m_maxSize = bytes; }
    qint64 maxSize() const { return m_maxSize; }
    void setMinFreeDisk(qint64 bytes) { m_minFreeDisk = bytes; }
    qint64 minFreeDisk() const { return m_minFreeDisk; }

    // Fails when the spool file cannot be written, when the body would pass
    // maxSize, or when the temporary folder has less than minFreeDisk left.
    Result<void> append(const QByteArray &bytes);
    // Writes the gathered block to the file (read() and saveTo() do it themselves).
    Result<void> flush();
    void clear();

    qint64 size() const { return m_size; }
    // The first bytes, at most displayLimit of them.
    const QByteArray &head() const { return m_head; }
    bool isSpooled() const { return m_file != nullptr; }
    bool isComplete() const { return m_size <= qint64(m_head.size()); }
    // Any part, from memory or from the spool file; at most maxBytes.
    QByteArray read(qint64 offset, qint64 maxBytes) const;
    // Writes bytes [offset, offset + length) (length -1: to the end) to path.
    Result<void> saveTo(const QString &path, qint64 offset = 0, qint64 length = -1) const;

private:
    Result<void> writePending() const;
    Failure spoolFailure() const;
    Result<void> checkFreeDisk();

    qint64 m_limit;
    QByteArray m_head;
    qint64 m_size = 0;
    qint64 m_maxSize = defaultMaxSize;
    qint64 m_minFreeDisk = defaultMinFreeDisk;
    qint64 m_nextDiskCheck = 0; // m_size at which free space is looked at again
    std::unique_ptr<QTemporaryFile> m_file;
    // Bytes for the file not written yet; mutable so that the const readers can write them.
    mutable QByteArray m_pending;
};

} // namespace swb::net
