#include "tests/net/nettesting.h"

#include "net/reply/serverbehaviour.h"
#include "net/stream/tcpserverendpoint.h"
#include "net/traffic/trafficsink.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using swb::net::ConnectionInfo;
using swb::net::EventKind;
using swb::net::ReplyKind;
using swb::net::TcpServerEndpoint;
using swb::net::TcpServerSettings;
using swb::net::TrafficEvent;
using swb::tests::RecordingSink;
using swb::tests::TcpPeer;
using swb::tests::startWith;
using swb::tests::withReply;

// The TCP server panel's engine with in-process QTcpSocket clients: start and
// stop, the client list, manual sends and disconnecting a client.
// Behaviours are in tst_tcpserverbehaviours.cpp; errors, SO_REUSEADDR, resets
// and load in tst_tcpserverlimits.cpp.
class TestTcpServerEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void startReportsPortAndListenEvent();
    void stopClosesClientsAndPortCanBeReused();
    void connectionList();
    void sendToOneAndToAll();
    void disconnectClient();
};

namespace {

constexpr int timeoutMs = 5000;

} // namespace

void TestTcpServerEndpoint::startReportsPortAndListenEvent()
{
    RecordingSink sink;
    TcpServerEndpoint server;
    server.setSink(&sink);
    server.setPanel(3, QStringLiteral("Echo"));
    QSignalSpy listening(&server, &TcpServerEndpoint::listeningChanged);

    TcpServerSettings settings;
    settings.backlog = 7;
    QVERIFY(server.start(settings));
    QVERIFY(server.isListening());
    QVERIFY(server.port() != 0);
    QVERIFY(!server.isReachableFromOtherMachines());
    const QString local = QStringLiteral("127.0.0.1:%1").arg(server.port());
    QCOMPARE(server.localEndpoint(), local);
    QCOMPARE(listening.size(), 1);
    QCOMPARE(listening.at(0).at(0).toBool(), true);

    QCOMPARE(sink.events.size(), 1);
    const TrafficEvent &event = sink.events.first();
    QCOMPARE(event.kind, EventKind::Listen);
    QCOMPARE(event.local, local);
    QCOMPARE(event.panelId, 3);
    QCOMPARE(event.panel, QStringLiteral("Echo"));
    QVERIFY2(event.text.contains(QStringLiteral("backlog 7")), qPrintable(event.text));

    server.stop();
    QVERIFY(!server.isListening());
    QCOMPARE(server.port(), quint16(0));
    QCOMPARE(listening.size(), 2);
    QCOMPARE(listening.at(1).at(0).toBool(), false);
    QCOMPARE(sink.events.last().kind, EventKind::Close);
}

void TestTcpServerEndpoint::stopClosesClientsAndPortCanBeReused()
{
    TcpServerEndpoint server;
    QVERIFY(startWith(server, withReply(ReplyKind::Echo)));
    const quint16 port = server.port();
    QSignalSpy closed(&server, &TcpServerEndpoint::connectionClosed);
    TcpPeer a, b;
    QVERIFY(a.connectTo(port));
    QVERIFY(b.connectTo(port));
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 2, timeoutMs);

    server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 2, timeoutMs);
    QCOMPARE(server.connectionCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(a.socket.state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(b.socket.state(), QAbstractSocket::UnconnectedState, timeoutMs);

    // The server closed first, so its side sits in TIME_WAIT; with SO_REUSEADDR
    // (the default) a restart on the same port must still work.
    TcpServerSettings again;
    again.port = port;
    QVERIFY(server.start(again));
    QCOMPARE(server.port(), port);
}

void TestTcpServerEndpoint::connectionList()
{
    RecordingSink sink;
    TcpServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(startWith(server, withReply(ReplyKind::None)));
    QSignalSpy opened(&server, &TcpServerEndpoint::connectionOpened);
    QSignalSpy closed(&server, &TcpServerEndpoint::connectionClosed);
    QSignalSpy log(&server, &TcpServerEndpoint::logLine);

    TcpPeer a, b;
    QVERIFY(a.connectTo(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, timeoutMs);
    QVERIFY(b.connectTo(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, timeoutMs);

    const QString local = server.localEndpoint();
    const QList<ConnectionInfo> list = server.connections();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).remote, a.localEndpoint());
    QCOMPARE(list.at(1).remote, b.localEndpoint());
    for (const ConnectionInfo &info : list) {
        QCOMPARE(info.local, local);
        QCOMPARE(info.family, QStringLiteral("IPv4"));
        QCOMPARE(info.bytesIn, 0);
        QCOMPARE(info.bytesOut, 0);
        QVERIFY(info.sinceMs > 0);
    }
    QVERIFY(list.at(0).id != list.at(1).id);
    QCOMPARE(opened.at(0).at(0).value<ConnectionInfo>().id, list.at(0).id);
    QCOMPARE(sink.ofKind(EventKind::Accept).size(), 2);
    QCOMPARE(sink.ofKind(EventKind::Accept).at(0).remote, a.localEndpoint());
    // The notes' threaded server prints this line; the panel log shows it too.
    QCOMPARE(swb::net::DeferredText::render(log.at(0).at(0).toString()),
             QStringLiteral("Accept new connection from %1").arg(a.localEndpoint()));

    a.socket.write("abc");
    QVERIFY(server.sendTo(list.at(0).id, "hello"));
    QTRY_COMPARE_WITH_TIMEOUT(server.connections().at(0).bytesIn, 3, timeoutMs);
    QCOMPARE(server.connections().at(0).bytesOut, 5);
    QCOMPARE(server.connections().at(0).messagesIn, 1);
    QCOMPARE(server.connections().at(0).messagesOut, 1);
    QCOMPARE(server.connections().at(1).bytesIn, 0);
    QTRY_COMPARE_WITH_TIMEOUT(a.received, QByteArray("hello"), timeoutMs);

    const QString remoteB = b.localEndpoint(); // gone once b is unconnected
    b.socket.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, timeoutMs);
    QCOMPARE(closed.at(0).at(0).toULongLong(), list.at(1).id);
    QCOMPARE(server.connections().size(), 1);
    QCOMPARE(server.connections().at(0).id, list.at(0).id);
    const TrafficEvent close = sink.ofKind(EventKind::Close).last();
    QCOMPARE(close.remote, remoteB);
    QVERIFY2(close.text.contains(QStringLiteral("closed by the peer")), qPrintable(close.text));
    QVERIFY(sink.ofKind(EventKind::Error).isEmpty());
}

void TestTcpServerEndpoint::sendToOneAndToAll()
{
    RecordingSink sink;
    TcpServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(startWith(server, withReply(ReplyKind::None)));
    QSignalSpy sent(&server, &TcpServerEndpoint::dataSent);
    TcpPeer a, b;
    QVERIFY(a.connectTo(server.port()));
    QVERIFY(b.connectTo(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 2, timeoutMs);
    const quint64 idA = server.connections().at(0).id;

    QVERIFY(server.sendTo(idA, "only a\n"));
    QTRY_COMPARE_WITH_TIMEOUT(a.received, QByteArray("only a\n"), timeoutMs);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).toULongLong(), idA);

    QCOMPARE(server.sendToAll("everyone\n"), 2);
    QTRY_COMPARE_WITH_TIMEOUT(a.received, QByteArray("only a\neveryone\n"), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(b.received, QByteArray("everyone\n"), timeoutMs);
    QCOMPARE(sink.ofKind(EventKind::Send).size(), 3);
    QCOMPARE(sink.ofKind(EventKind::Send).at(0).data, QByteArray("only a\n"));

    QVERIFY(!server.sendTo(9999, "nobody"));
}

void TestTcpServerEndpoint::disconnectClient()
{
    RecordingSink sink;
    TcpServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(startWith(server, withReply(ReplyKind::Echo)));
    QSignalSpy closed(&server, &TcpServerEndpoint::connectionClosed);
    TcpPeer a, b;
    QVERIFY(a.connectTo(server.port()));
    QVERIFY(b.connectTo(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 2, timeoutMs);
    const quint64 idA = server.connections().at(0).id;

    server.disconnectClient(idA);
    QTRY_COMPARE_WITH_TIMEOUT(a.socket.state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, timeoutMs);
    QCOMPARE(closed.at(0).at(0).toULongLong(), idA);
    QVERIFY(!server.sendTo(idA, "gone"));
    const TrafficEvent close = sink.ofKind(EventKind::Close).last();
    QVERIFY2(close.text.contains(QStringLiteral("closed by the user")), qPrintable(close.text));

    // The other client is untouched.
    b.socket.write("still here");
    QTRY_COMPARE_WITH_TIMEOUT(b.received, QByteArray("still here"), timeoutMs);
}

QTEST_GUILESS_MAIN(TestTcpServerEndpoint)
#include "tst_tcpserverendpoint.moc"
