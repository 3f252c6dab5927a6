#pragma once

#include <QtGlobal>

namespace swb::net {

// Tells a peer's reset (RST) from its orderly close (FIN) on a TCP socket.
// Qt reads ECONNRESET as end of file and closes its descriptor before it
// reports either, so the probe holds a duplicate of the descriptor: after
// Qt's close the connection lives on in the kernel, in CLOSE_WAIT after a FIN
// and CLOSED after a reset, until release(). Release it as soon as Qt has
// disconnected: until then our own FIN waits too.
class PeerResetProbe final
{
    Q_DISABLE_COPY_MOVE(PeerResetProbe)
public:
    explicit PeerResetProbe(qintptr descriptor);
    ~PeerResetProbe();

    // Whether the connection ended by a reset; false after release().
    bool wasReset() const;
    void release();

private:
    int m_fd = -1;
};

} // namespace swb::net
