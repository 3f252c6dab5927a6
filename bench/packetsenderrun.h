#pragma once

#include "bench/udpflood.h"

#include <QProcess>
#include <QTemporaryDir>

namespace swb::bench {

// Packet Sender's GUI reads ps_settings.ini from its working folder. On Linux
// it first runs `xrandr` and treats a failure as "no display"; a stand-in
// xrandr that succeeds lets the GUI run on Qt's offscreen platform instead.
// It shows no count of what it received outside its window, so only the
// kernel's side of it is measured.
class PacketSender final
{
public:
    // Empty when it listens on 127.0.0.1:port; else why not.
    QString start(quint16 port);
    // Floods it and measures what /proc shows: drops, drain, CPU, peak RSS.
    Result run(const Phase &phase);
    void stop();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace swb::bench
