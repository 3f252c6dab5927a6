#include "net/platform/datagrambatch.h"

#include "net/udp/udpsocketcalls.h"

#ifdef SWB_PORTABLE
#include "net/platform/portabledatagrambatch.h"
#else
#include "net/platform/linuxdatagrambatch.h"
#endif

#include <sys/socket.h>

namespace swb::net {

DatagramBatch::DatagramBatch(int capacity)
    : m_capacity(qMax(1, capacity))
    , m_data(new char[size_t(m_capacity) * slotBytes])
    , m_lengths(new qsizetype[size_t(m_capacity)]())
    , m_names(new sockaddr_storage[size_t(m_capacity)]())
{
}

DatagramBatch::~DatagramBatch() = default;

std::unique_ptr<DatagramBatch> DatagramBatch::create(int capacity)
{
#ifdef SWB_PORTABLE
    return std::make_unique<PortableDatagramBatch>(capacity);
#else
    return std::make_unique<LinuxDatagramBatch>(capacity);
#endif
}

char *DatagramBatch::slot(int i) const
{
    return m_data.get() + size_t(i) * slotBytes;
}

sockaddr_storage *DatagramBatch::name(int i) const
{
    return &m_names[size_t(i)];
}

QByteArray DatagramBatch::bytes(int i) const
{
    return QByteArray(slot(i), m_lengths[size_t(i)]);
}

QHostAddress DatagramBatch::sender(int i, quint16 *port) const
{
    return UdpSocketCalls::senderOf(*name(i), port);
}

} // namespace swb::net
