#pragma once

// What the Python script tests share: the panels they script against, and a
// finished script's outcome.

#include "net/reply/serverbehaviour.h"
#include "course/lessons/workspace.h"

#include <QProcess>
#include <QString>

namespace {

using swb::course::PanelConfig;
using swb::course::PanelType;
using swb::net::ReplyKind;

inline PanelConfig server(ReplyKind reply)
{
    PanelConfig c(PanelType::TcpServer);
    c.name = QStringLiteral("Echo server");
    c.tcpServer().listen.port = 0;
    c.tcpServer().behaviour.reply = reply;
    return c;
}

inline PanelConfig client(quint16 port, const QString &text)
{
    PanelConfig c(PanelType::TcpClient);
    c.name = QStringLiteral("Client 1");
    c.tcpClient().host = QStringLiteral("127.0.0.1");
    c.tcpClient().port = port;
    c.send.text = text;
    return c;
}

// A finished script's exit code and everything it printed, read once.
struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
    bool ok() const { return exitCode == 0; }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

inline Outcome outcomeOf(QProcess &p)
{
    return Outcome{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                   QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
}

} // namespace
