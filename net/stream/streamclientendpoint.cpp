#include "net/stream/streamclientendpoint.h"

#include "net/reply/replyengine.h"
#include "net/traffic/deferredtext.h"

#include <QIODevice>

namespace swb::net {

StreamClientEndpoint::StreamClientEndpoint(Protocol protocol, QObject *parent)
    : Endpoint(protocol, parent)
{
}

StreamClientEndpoint::~StreamClientEndpoint() = default;

void StreamClientEndpoint::setDevice(QIODevice *device)
{
    m_device = device;
    connect(device, &QIODevice::readyRead, this, &StreamClientEndpoint::onReadyRead);
}

void StreamClientEndpoint::resetConnection()
{
    m_userClosed = false;
    m_info = ConnectionInfo();
}

bool StreamClientEndpoint::send(const QByteArray &bytes)
{
    if (state() != QAbstractSocket::ConnectedState)
        return false;
    m_device->write(bytes);
    m_info.bytesOut += bytes.size();
    ++m_info.messagesOut;
    record(EventKind::Send, m_info.local, m_info.remote, bytes);
    emit dataSent(bytes);
    if (isCloseWord(bytes))
        disconnectFromPeer();
    return true;
}

bool StreamClientEndpoint::isCloseWord(const QByteArray &bytes) const
{
    return !m_closeWord.isEmpty() && ReplyEngine::splitLineEnding(bytes, nullptr) == m_closeWord;
}

void StreamClientEndpoint::recordDisconnected()
{
    record(EventKind::Close, m_info.local, m_info.remote, QByteArray(),
           DeferredText::make(staticMetaObject.className(),
                              m_userClosed ? QT_TR_NOOP("closed by this client")
                                           : QT_TR_NOOP("closed by the peer")));
    emit logLine(DeferredText::make(staticMetaObject.className(),
                                    QT_TR_NOOP("Disconnected from %1."), {m_info.remote}));
}

void StreamClientEndpoint::onReadyRead()
{
    const QByteArray bytes = m_device->readAll();
    if (bytes.isEmpty())
        return;
    m_info.bytesIn += bytes.size();
    ++m_info.messagesIn;
    record(EventKind::Recv, m_info.local, m_info.remote, bytes);
    emit dataReceived(bytes);
    if (isCloseWord(bytes))
        disconnectFromPeer();
}

} // namespace swb::net
