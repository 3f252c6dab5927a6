#pragma once

// Helpers shared by the HTTP tests that drive real peers (curl, Python,
// nginx): run a program while this thread's event loop keeps serving, pick a
// free port, and a raw in-process client that timestamps what arrives.

#include "tests/net/nettesting.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace swb::tests {

struct ProcessRun
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

// The server under test lives on this thread, so a blocking waitForFinished
// would starve it: wait in an event loop instead.
inline ProcessRun runProgram(const QString &program, const QStringList &arguments,
                             int timeoutMs = 60000, const QByteArray &input = QByteArray())
{
    ProcessRun run;
    QProcess process;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                     [&] { run.out += process.readAllStandardOutput(); });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                     [&] { run.err += process.readAllStandardError(); });
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return run;
    run.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        run.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    run.out += process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    run.exitCode = process.exitCode();
    run.elapsedMs = clock.elapsed();
    return run;
}

// A port that was free a moment ago (bind port 0, read it, close). Whoever
// uses it must retry on failure: another process may take it meanwhile.
inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// A peer that answers every connection with fixed bytes (or nothing) and
// then closes (or not): the bad servers of the issue.
class ScriptedServer
{
public:
    ScriptedServer(const QByteArray &reply, bool closeAfter)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this, reply, closeAfter] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, reply, closeAfter] {
                socket->readAll();
                if (reply.isEmpty())
                    return;
                socket->write(reply);
                socket->flush();
                if (closeAfter)
                    socket->disconnectFromHost();
            });
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

// Keeps every arrival with its time, to see chunks and drips arrive apart.
struct TimedClient
{
    QTcpSocket socket;
    QByteArray received;
    QList<qint64> arrivalsMs;
    QElapsedTimer clock;
    bool closed = false;

    TimedClient()
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] {
            received += socket.readAll();
            arrivalsMs << clock.elapsed();
        });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
    }
    bool connectTo(quint16 port)
    {
        clock.start();
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(5000);
    }
};

} // namespace swb::tests
