#include "net/socket/socketchunkreader.h"

#include <QAbstractSocket>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <sys/socket.h>
#endif

namespace swb::net {

void SocketChunkReader::limitQtBuffer(QAbstractSocket *socket)
{
    socket->setReadBufferSize(qtBufferBytes);
}

char *SocketChunkReader::reserve(qint64 bytes)
{
    if (!m_buffer.isDetached() || m_buffer.capacity() < bytes)
        m_buffer = QByteArray(qsizetype(qMax(bytes, qtBufferBytes)), Qt::Uninitialized);
    m_buffer.resize(qsizetype(bytes));
    return m_buffer.data();
}

void SocketChunkReader::readAvailable(QAbstractSocket *socket, bool direct,
                                      const std::function<bool(const QByteArray &)> &take)
{
    while (socket->bytesAvailable() > 0) {
        const qint64 want = qMin(socket->bytesAvailable(), maxChunkBytes);
        const qint64 got = socket->read(reserve(want), want);
        if (got <= 0)
            return;
        m_buffer.resize(qsizetype(got));
        if (!take(m_buffer))
            return;
    }
#if defined(Q_OS_UNIX)
    for (qint64 total = 0; direct && total < maxDirectBytesPerCall;) {
        if (socket->bytesAvailable() > 0 || socket->state() != QAbstractSocket::ConnectedState)
            return;
        const qintptr fd = socket->socketDescriptor();
        if (fd < 0)
            return;
        char *into = reserve(maxChunkBytes);
        ssize_t got;
        do
            got = ::recv(int(fd), into, size_t(maxChunkBytes), MSG_DONTWAIT);
        while (got < 0 && errno == EINTR);
        if (got <= 0)
            return;
        total += got;
        m_buffer.resize(qsizetype(got));
        if (!take(m_buffer) || got < maxChunkBytes)
            return;
    }
#else
    Q_UNUSED(direct)
#endif
}

} // namespace swb::net
