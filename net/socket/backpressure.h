#pragma once

#include <QtGlobal>

namespace swb::net::backpressure {

// A peer that sends without ever reading the replies makes each reply wait in
// our write buffer, and that buffer has no limit of its own: 200 MB sent to an
// echo server once grew the program by 700 MiB. Past maxUnsentBytes of replies
// not yet taken by the kernel, a server stops reading from that connection (and
// the demo HTTP site stops answering pipelined requests), so the kernel's
// buffers fill and the peer's send() blocks, as with any well-behaved server.
// Reading resumes once the peer has drained the backlog below resumeBytes.
constexpr qint64 maxUnsentBytes = qint64(1) << 20;
constexpr qint64 resumeBytes = maxUnsentBytes / 2;
// Qt buffers what it reads from a socket without limit unless told; with this
// limit a connection we stop reading holds at most this much in the program.
constexpr qint64 readBufferBytes = 256 * 1024;

} // namespace swb::net::backpressure
