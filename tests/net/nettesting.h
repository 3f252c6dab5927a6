#pragma once

// The net layer's fixtures, shared by the net and course tests (and by the
// widget tests that drive real peers): a sink that keeps every event, an
// in-process TCP client, a TCP server started with a behaviour, and what a
// finished peer process said.

#include "net/reply/serverbehaviour.h"
#include "net/stream/tcpserverendpoint.h"
#include "net/traffic/deferredtext.h"
#include "net/traffic/trafficsink.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

namespace swb::tests {

// Each peer script gives up after 10 s on any socket call; allow for a slow start.
constexpr int peerTimeoutMs = 20000;

// Keeps every event an endpoint reports, in order.
struct RecordingSink final : net::TrafficSink
{
    QList<net::TrafficEvent> events;
    void record(net::TrafficEvent event) override
    {
        // Endpoints hand some words over as deferred tr() calls; tests read the words.
        event.text = net::DeferredText::render(event.text);
        events.append(std::move(event));
    }
    QList<net::TrafficEvent> ofKind(net::EventKind kind) const
    {
        QList<net::TrafficEvent> result;
        for (const net::TrafficEvent &e : events) {
            if (e.kind == kind)
                result << e;
        }
        return result;
    }
    int count(net::EventKind kind) const
    {
        return int(std::count_if(events.cbegin(), events.cend(),
                                 [kind](const net::TrafficEvent &e) { return e.kind == kind; }));
    }
    QList<QByteArray> dataOf(net::EventKind kind) const
    {
        QList<QByteArray> result;
        for (const net::TrafficEvent &e : events) {
            if (e.kind == kind)
                result << e.data;
        }
        return result;
    }
    // What arrived, as one stream.
    QByteArray received() const { return dataOf(net::EventKind::Recv).join(); }
    // The texts of the Error rows, one a line.
    QString errors() const
    {
        QStringList texts;
        for (const net::TrafficEvent &e : ofKind(net::EventKind::Error))
            texts << e.text;
        return texts.join(QLatin1Char('\n'));
    }
};

// A client that keeps everything it receives. The server runs on this thread,
// so tests wait with QTRY_* (which spins the event loop), never waitForReadyRead.
struct TcpPeer
{
    QTcpSocket socket;
    QByteArray received;

    TcpPeer()
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [this] { received += socket.readAll(); });
    }
    // The kernel completes the handshake on its own, so blocking here is safe.
    bool connectTo(quint16 port, const QHostAddress &host = QHostAddress::LocalHost,
                   int timeoutMs = 5000)
    {
        socket.connectToHost(host, port);
        return socket.waitForConnected(timeoutMs);
    }
    QString localEndpoint() const
    {
        return QStringLiteral("127.0.0.1:%1").arg(socket.localPort());
    }
};

inline net::ServerBehaviour withReply(net::ReplyKind kind)
{
    net::ServerBehaviour b;
    b.reply = kind;
    return b;
}

inline bool startWith(net::TcpServerEndpoint &server, const net::ServerBehaviour &behaviour,
                      const net::TcpServerSettings &settings = net::TcpServerSettings())
{
    const QString problem = server.setBehaviour(behaviour, net::TextEncoding::Utf8).message();
    if (!problem.isEmpty()) {
        qWarning("setBehaviour: %s", qPrintable(problem));
        return false;
    }
    return server.start(settings);
}

// Empty when the peer exited cleanly with status 0; otherwise everything it said.
inline QString failureOf(QProcess &process)
{
    if (process.error() == QProcess::FailedToStart)
        return QStringLiteral("%1 did not start: %2").arg(process.program(), process.errorString());
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return QString();
    return QStringLiteral("%1 %2 exited with %3\nstdout: %4\nstderr: %5")
        .arg(process.program(), process.arguments().join(QLatin1Char(' ')))
        .arg(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1)
        .arg(QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()));
}

} // namespace swb::tests

// Waits for a peer process to end and fails the test unless it exited cleanly.
// It spins the event loop (QTRY_*), never waitForFinished(): the server under
// test lives on this thread and must keep answering while the peer runs.
#define SWB_WAIT_PEER_OK(process)                                                                  \
    do {                                                                                           \
        QTRY_COMPARE_WITH_TIMEOUT((process).state(), QProcess::NotRunning,                         \
                                  swb::tests::peerTimeoutMs);                                      \
        const QString failure_ = swb::tests::failureOf(process);                                   \
        QVERIFY2(failure_.isEmpty(), qPrintable(failure_));                                        \
    } while (false)
