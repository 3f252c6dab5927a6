#pragma once

#include <QtGlobal>

namespace swb::net {

// Makes a socket's receive buffer as large as this system allows, up to
// `wanted` bytes. Linux lets a privileged process exceed net.core.rmem_max
// (SO_RCVBUFFORCE) and tells everyone that maximum (LinuxReceiveBufferForcing);
// elsewhere SO_RCVBUF is asked for, halving the request until the system
// accepts it (PortableReceiveBufferForcing).
class ReceiveBufferForcing
{
public:
    virtual ~ReceiveBufferForcing() = default;
    // The one this build uses.
    static const ReceiveBufferForcing &system();

    // What the socket has afterwards, as getsockopt(SO_RCVBUF) reports it.
    virtual int enlarge(qintptr fd, int wanted) const = 0;
    // The most SO_RCVBUF may ask for without privilege; 0 if unknown.
    virtual int systemLimit() const = 0;
};

} // namespace swb::net
