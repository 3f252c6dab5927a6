#include "bench/packetsenderrun.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

#include <thread>

namespace swb::bench {

QString PacketSender::start(quint16 port)
{
    m_port = port;
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("packetsender"));
    if (exe.isEmpty())
        return QStringLiteral("not installed (Debian package packetsender)");
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    QDir(m_dir.path()).mkpath(QStringLiteral("bin"));
    QFile xrandr(m_dir.filePath(QStringLiteral("bin/xrandr")));
    xrandr.open(QIODevice::WriteOnly);
    xrandr.write("#!/bin/sh\nexit 0\n");
    xrandr.close();
    xrandr.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile ini(m_dir.filePath(QStringLiteral("ps_settings.ini")));
    ini.open(QIODevice::WriteOnly);
    // Loopback only, UDP only: its TCP and SSL servers stay off.
    ini.write(QStringLiteral("[General]\nudpPort=%1\nipMode=127.0.0.1\nudpServerEnable=true\n"
                             "tcpServerEnable=false\nsslServerEnable=false\ntcpPort=0\nsslPort=0\n")
                  .arg(port)
                  .toUtf8());
    ini.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("bin")) + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_process.setProcessEnvironment(env);
    m_process.setWorkingDirectory(m_dir.path());
    m_process.start(exe, {});
    if (!m_process.waitForStarted(5000))
        return QStringLiteral("did not start: ") + m_process.errorString();
    for (int i = 0; i < 100 && !udpLine(port); ++i)
        QThread::msleep(100);
    if (!udpLine(port)) {
        stop();
        return QStringLiteral("started, but never bound UDP 127.0.0.1:%1 (its settings file "
                              "or its display check may have changed)").arg(port);
    }
    return QString();
}

Result PacketSender::run(const Phase &phase)
{
    Result r;
    if (m_process.state() != QProcess::Running) {
        r.why = QStringLiteral("not running");
        return r;
    }
    const qint64 pid = m_process.processId();
    const qint64 drops0 = udpLine(m_port).value_or(std::make_pair(0LL, 0LL)).first;
    const double cpu0 = processCpu(pid);
    std::atomic<quint64> sent{0};
    std::atomic<bool> done{false};
    std::thread sender(sendFlood, m_port, phase, &sent, &done);
    sender.join();
    const double sentAt = now();
    // Drained when its receive queue stays empty for 300 ms.
    double emptySince = 0;
    while (now() - sentAt < SettleLimitMs / 1000.0) {
        const auto line = udpLine(m_port);
        if (!line)
            break;
        if (line->second == 0) {
            if (emptySince == 0)
                emptySince = now();
            if (now() - emptySince > 0.3)
                break;
        } else {
            emptySince = 0;
        }
        QThread::msleep(20);
    }
    r.drainMs = ((emptySince > 0 ? emptySince : now()) - sentAt) * 1000.0;
    r.sent = sent.load();
    r.drops = udpLine(m_port).value_or(std::make_pair(drops0, 0LL)).first - drops0;
    r.cpuSeconds = processCpu(pid) - cpu0;
    r.peakRssKb = statusKb(QStringLiteral("/proc/%1/status").arg(pid), "VmHWM:");
    r.ran = true;
    return r;
}

void PacketSender::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

} // namespace swb::bench
