#include "tests/net/nettesting.h"

#include "net/stream/tcpclientendpoint.h"
#include "net/traffic/trafficsink.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using swb::net::EventKind;
using swb::net::TcpClientEndpoint;
using swb::net::TrafficEvent;
using swb::tests::RecordingSink;

// The TCP client panel's engine against a plain QTcpServer: the notes'
// connect(), send(), recv(), close(), and every way connecting can fail.
class TestTcpClientEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void connectReportsAddresses();
    void sendAndReceive();
    void closedByPeer();
    void closedByClientThenReconnect();
    void connectionRefused();
    void hostNotFound();
    void ipv6Literal_data();
    void ipv6Literal();
    void closeWordSent();
    void closeWordReceived();
    void sendWhileDisconnected();
};

namespace {

constexpr int timeoutMs = 5000;

// The far end: a QTcpServer and the one connection it accepted, which keeps
// whatever it receives.
struct FarEnd
{
    QTcpServer server;
    QTcpSocket *socket = nullptr; // owned by server
    QByteArray received;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost)
    {
        return server.listen(address, 0);
    }
    // Spins the event loop: the client on this thread must finish connecting.
    bool accept()
    {
        if (!QTest::qWaitFor([this] { return server.hasPendingConnections(); }, timeoutMs))
            return false;
        socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket,
                         [this, s = socket] { received += s->readAll(); });
        return true;
    }
};

bool connectBoth(TcpClientEndpoint &client, FarEnd &far,
                 const QString &host = QStringLiteral("127.0.0.1"))
{
    client.connectTo(host, far.server.serverPort());
    return far.accept()
        && QTest::qWaitFor([&] { return client.state() == QAbstractSocket::ConnectedState; },
                           timeoutMs);
}

} // namespace

void TestTcpClientEndpoint::connectReportsAddresses()
{
    FarEnd far;
    QVERIFY(far.listen());
    RecordingSink sink;
    TcpClientEndpoint client;
    client.setSink(&sink);
    QSignalSpy states(&client, &TcpClientEndpoint::stateChanged);
    QSignalSpy log(&client, &TcpClientEndpoint::logLine);
    QVERIFY(connectBoth(client, far));

    const QString laddr = QStringLiteral("127.0.0.1:%1").arg(far.socket->peerPort());
    const QString raddr = QStringLiteral("127.0.0.1:%1").arg(far.server.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(sink.ofKind(EventKind::Connect).size(), 1, timeoutMs);
    const TrafficEvent connect = sink.ofKind(EventKind::Connect).first();
    QCOMPARE(connect.local, laddr);
    QCOMPARE(connect.remote, raddr);
    QCOMPARE(client.info().local, laddr);
    QCOMPARE(client.info().remote, raddr);
    QCOMPARE(client.info().family, QStringLiteral("IPv4"));
    QVERIFY(client.info().sinceMs > 0);
    QVERIFY(client.descriptor() >= 0);
    // An Info row says where we are going before anything is known.
    QCOMPARE(sink.events.first().kind, EventKind::Info);
    QVERIFY(states.size() >= 2);
    QCOMPARE(states.last().at(0).value<QAbstractSocket::SocketState>(),
             QAbstractSocket::ConnectedState);
    QVERIFY(!log.isEmpty());
}

void TestTcpClientEndpoint::sendAndReceive()
{
    FarEnd far;
    QVERIFY(far.listen());
    RecordingSink sink;
    TcpClientEndpoint client;
    client.setSink(&sink);
    QSignalSpy received(&client, &TcpClientEndpoint::dataReceived);
    QSignalSpy sent(&client, &TcpClientEndpoint::dataSent);
    QVERIFY(connectBoth(client, far));

    QVERIFY(client.send("hello"));
    QCOMPARE(sent.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(far.received, QByteArray("hello"), timeoutMs);
    far.socket->write("I can see you.");
    QVERIFY(received.wait(timeoutMs));
    QCOMPARE(received.at(0).at(0).toByteArray(), QByteArray("I can see you."));

    const auto sends = sink.ofKind(EventKind::Send);
    const auto recvs = sink.ofKind(EventKind::Recv);
    QCOMPARE(sends.size(), 1);
    QCOMPARE(sends.at(0).data, QByteArray("hello"));
    QCOMPARE(sends.at(0).local, client.info().local);
    QCOMPARE(sends.at(0).remote, client.info().remote);
    QCOMPARE(recvs.size(), 1);
    QCOMPARE(recvs.at(0).data, QByteArray("I can see you."));
    QCOMPARE(client.info().bytesOut, 5);
    QCOMPARE(client.info().bytesIn, 14);
    QCOMPARE(client.info().messagesOut, 1);
    QCOMPARE(client.info().messagesIn, 1);
}

void TestTcpClientEndpoint::closedByPeer()
{
    FarEnd far;
    QVERIFY(far.listen());
    RecordingSink sink;
    TcpClientEndpoint client;
    client.setSink(&sink);
    QSignalSpy errors(&client, &TcpClientEndpoint::errorOccurred);
    QVERIFY(connectBoth(client, far));

    far.socket->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QCOMPARE(sink.events.last().kind, EventKind::Close);
    QCOMPARE(sink.events.last().text, QStringLiteral("closed by the peer"));
    // An orderly close is not an error.
    QVERIFY(sink.ofKind(EventKind::Error).isEmpty());
    QCOMPARE(errors.size(), 0);
}

void TestTcpClientEndpoint::closedByClientThenReconnect()
{
    FarEnd far;
    QVERIFY(far.listen());
    RecordingSink sink;
    TcpClientEndpoint client;
    client.setSink(&sink);
    QVERIFY(connectBoth(client, far));
    const QString firstLocal = client.info().local;

    client.disconnectFromPeer();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QCOMPARE(sink.events.last().kind, EventKind::Close);
    QCOMPARE(sink.events.last().text, QStringLiteral("closed by this client"));
    QTRY_COMPARE_WITH_TIMEOUT(far.socket->state(), QAbstractSocket::UnconnectedState, timeoutMs);

    // Connecting again starts a fresh connection with fresh counters.
    QVERIFY(!client.send("x")); // refused while unconnected; must not count
    QVERIFY(connectBoth(client, far));
    QVERIFY(client.info().local != firstLocal);
    QCOMPARE(client.info().bytesOut, 0);
}

void TestTcpClientEndpoint::connectionRefused()
{
    quint16 port = 0;
    {
        // A port that was free a moment ago: nothing listens there now.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    RecordingSink sink;
    TcpClientEndpoint client;
    client.setSink(&sink);
    QSignalSpy errors(&client, &TcpClientEndpoint::errorOccurred);
    client.connectTo(QStringLiteral("127.0.0.1"), port);
    QVERIFY(errors.wait(timeoutMs));
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.contains(QString::number(port)), qPrintable(message));
    QCOMPARE(sink.ofKind(EventKind::Error).size(), 1);
    QCOMPARE(sink.ofKind(EventKind::Error).at(0).text, message);
    QCOMPARE(sink.ofKind(EventKind::Connect).size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, timeoutMs);
}

void TestTcpClientEndpoint::hostNotFound()
{
    // .invalid never resolves (RFC 2606); the resolver may still take a while.
    RecordingSink sink;
    TcpClientEndpoint client;
    client.setSink(&sink);
    QSignalSpy errors(&client, &TcpClientEndpoint::errorOccurred);
    client.connectTo(QStringLiteral("no-such-host.invalid"), 80);
    QVERIFY(errors.wait(20000));
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("Host not found")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("no-such-host.invalid")), qPrintable(message));
    QCOMPARE(sink.ofKind(EventKind::Error).size(), 1);
}

void TestTcpClientEndpoint::ipv6Literal_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("bare") << QStringLiteral("::1");
    QTest::newRow("brackets") << QStringLiteral("[::1]");
    QTest::newRow("brackets and spaces") << QStringLiteral(" [::1] ");
}

void TestTcpClientEndpoint::ipv6Literal()
{
    QFETCH(QString, host);
    FarEnd far;
    if (!far.listen(QHostAddress::LocalHostIPv6))
        QSKIP("::1 is not available on this machine");
    RecordingSink sink;
    TcpClientEndpoint client;
    client.setSink(&sink);
    QVERIFY(connectBoth(client, far, host));
    QCOMPARE(client.info().family, QStringLiteral("IPv6"));
    QCOMPARE(client.info().remote, QStringLiteral("[::1]:%1").arg(far.server.serverPort()));
    QCOMPARE(client.info().local, QStringLiteral("[::1]:%1").arg(far.socket->peerPort()));
    QVERIFY(client.send("v6"));
    QTRY_COMPARE_WITH_TIMEOUT(far.received, QByteArray("v6"), timeoutMs);
}

void TestTcpClientEndpoint::closeWordSent()
{
    // The notes' tcp-chat: typing q ends the conversation, after q is sent.
    FarEnd far;
    QVERIFY(far.listen());
    RecordingSink sink;
    TcpClientEndpoint client;
    client.setSink(&sink);
    client.setCloseWord("q");
    QVERIFY(connectBoth(client, far));

    QVERIFY(client.send("quit?\n")); // only the whole word counts
    QVERIFY(client.send("q\n"));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(far.socket->state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QCOMPARE(far.received, QByteArray("quit?\nq\n"));
    QCOMPARE(sink.events.last().text, QStringLiteral("closed by this client"));
}

void TestTcpClientEndpoint::closeWordReceived()
{
    FarEnd far;
    QVERIFY(far.listen());
    TcpClientEndpoint client;
    client.setCloseWord("q");
    QVERIFY(connectBoth(client, far));
    far.socket->write("q");
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, timeoutMs);
}

void TestTcpClientEndpoint::sendWhileDisconnected()
{
    RecordingSink sink;
    TcpClientEndpoint client;
    client.setSink(&sink);
    QSignalSpy sent(&client, &TcpClientEndpoint::dataSent);
    QVERIFY(!client.send("never connected"));

    FarEnd far;
    QVERIFY(far.listen());
    QVERIFY(connectBoth(client, far));
    client.disconnectFromPeer();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QVERIFY(!client.send("after close"));

    QCOMPARE(sent.size(), 0);
    QVERIFY(sink.ofKind(EventKind::Send).isEmpty());
    QCOMPARE(client.info().bytesOut, 0);
}

QTEST_GUILESS_MAIN(TestTcpClientEndpoint)
#include "tst_tcpclientendpoint.moc"
