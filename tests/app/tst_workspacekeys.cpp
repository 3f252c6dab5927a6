// The workspace keys that start things (docs/workspace.md) do what the
// document says: one row per key, a workspace that sets it, opened as a
// lesson is (servers started), and the effect seen from outside by a test
// peer: a bound or listening panel, a connection, the datagrams or messages
// sent. A restored session (nothing started) sends and connects nothing.
#include "tests/course/coursetesting.h"

#include "app/panelmanager.h"
#include "course/lessons/workspace.h"
#include "models/trafficmodel.h"
#include "widgets/common/panel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMainWindow>
#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace swb;

class TestWorkspaceKeys : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void autoConnectReachesTheLessonsPython();
};

namespace {

constexpr int timeoutMs = 10000;

// What the test peer sees: the panel's socket, a connection, bytes.
enum class Effect { PanelRunning, Datagrams, ConnectionWithBytes, LocalConnection, ServerSends, HttpRequest };

QJsonObject send(const QString &text, int count, bool autoStart)
{
    return QJsonObject{{QStringLiteral("text"), text},
                       {QStringLiteral("autoIntervalMs"), 20},
                       {QStringLiteral("autoCount"), count},
                       {QStringLiteral("autoStart"), autoStart}};
}

// {port} and {path} are the test peer's, filled in when the row runs.
QJsonObject panel(const char *type, std::initializer_list<QPair<QString, QJsonValue>> keys)
{
    QJsonObject o{{QStringLiteral("type"), QString::fromLatin1(type)}};
    for (const auto &key : keys)
        o.insert(key.first, key.second);
    return o;
}

QJsonValue filled(const QJsonValue &value, quint16 port, const QString &path)
{
    if (value.isString() && value.toString() == QLatin1String("{port}"))
        return int(port);
    if (value.isString())
        return value.toString()
            .replace(QLatin1String("{port}"), QString::number(port))
            .replace(QLatin1String("{path}"), path);
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = filled(it.value(), port, path);
        return o;
    }
    return value;
}

} // namespace

void TestWorkspaceKeys::keys_data()
{
    QTest::addColumn<QJsonObject>("panel");
    QTest::addColumn<int>("effect");
    QTest::addColumn<int>("expected"); // datagrams, messages; 1 for yes
    QTest::addColumn<bool>("startServers");

    const QString port = QStringLiteral("{port}");
    QTest::newRow("tcp-server autoStart")
        << panel("tcp-server", {{"port", 0}, {"autoStart", true}}) << int(Effect::PanelRunning) << 1
        << true;
    QTest::newRow("udp autoStart")
        << panel("udp", {{"port", 0}, {"autoStart", true}}) << int(Effect::PanelRunning) << 1 << true;
    QTest::newRow("local-server autoStart")
        << panel("local-server", {{"path", "{path}"}, {"autoStart", true}})
        << int(Effect::PanelRunning) << 1 << true;
    QTest::newRow("udp send.autoStart, autoCount 3")
        << panel("udp", {{"targetHost", "127.0.0.1"}, {"targetPort", port},
                         {"udp", QJsonObject{{"bind", false}}}, {"send", send("tick", 3, true)}})
        << int(Effect::Datagrams) << 3 << true;
    QTest::newRow("udp send.autoStart in a restored session")
        << panel("udp", {{"targetHost", "127.0.0.1"}, {"targetPort", port},
                         {"udp", QJsonObject{{"bind", false}}}, {"send", send("tick", 3, true)}})
        << int(Effect::Datagrams) << 0 << false;
    QTest::newRow("tcp-client autoConnect")
        << panel("tcp-client", {{"port", port}, {"autoConnect", true}})
        << int(Effect::ConnectionWithBytes) << 0 << true;
    QTest::newRow("tcp-client autoConnect, send.autoStart, autoCount 2")
        << panel("tcp-client", {{"port", port}, {"autoConnect", true}, {"send", send("x", 2, true)}})
        << int(Effect::ConnectionWithBytes) << 2 << true;
    QTest::newRow("local-client autoConnect")
        << panel("local-client", {{"path", "{path}"}, {"autoConnect", true}})
        << int(Effect::LocalConnection) << 1 << true;
    QTest::newRow("tcp-server send.autoStart, autoCount 2")
        << panel("tcp-server", {{"port", 0}, {"autoStart", true}, {"send", send("y", 2, true)}})
        << int(Effect::ServerSends) << 2 << true;
    QTest::newRow("http autoStart")
        << panel("http", {{"url", "http://127.0.0.1:{port}/"}, {"autoStart", true}})
        << int(Effect::HttpRequest) << 1 << true;
}

void TestWorkspaceKeys::keys()
{
    QFETCH(QJsonObject, panel);
    QFETCH(int, effect);
    QFETCH(int, expected);
    QFETCH(bool, startServers);

    // The test's peers: a UDP receiver, a TCP server, a local server.
    QTemporaryDir dir;
    QUdpSocket udpPeer;
    QVERIFY(udpPeer.bind(QHostAddress::LocalHost, 0));
    QTcpServer tcpPeer;
    QVERIFY(tcpPeer.listen(QHostAddress::LocalHost, 0));
    QLocalServer localPeer;
    const QString path = dir.filePath(QStringLiteral("peer.sock"));
    QVERIFY(localPeer.listen(path));
    const quint16 port = Effect(effect) == Effect::Datagrams ? udpPeer.localPort() : tcpPeer.serverPort();
    const QString panelPath = Effect(effect) == Effect::PanelRunning ? dir.filePath(QStringLiteral("own.sock")) : path;

    const QJsonObject workspace{{QStringLiteral("format"), QStringLiteral("socket-workbench-workspace")},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("panels"), QJsonArray{filled(panel, port, panelPath)}}};
    const Result<course::Workspace> parsed =
        course::WorkspaceFile::parse(QJsonDocument(workspace).toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));

    QMainWindow window;
    models::TrafficModel traffic;
    app::PanelManager manager(&window, &traffic);
    const QList<widgets::Panel *> panels = manager.addWorkspace(*parsed, startServers);
    QCOMPARE(panels.size(), 1);
    widgets::Panel *opened = panels.first();

    switch (Effect(effect)) {
    case Effect::PanelRunning:
        QTRY_VERIFY_WITH_TIMEOUT(opened->isRunning(), timeoutMs);
        break;
    case Effect::Datagrams: {
        int datagrams = 0;
        const auto drain = [&] {
            while (udpPeer.hasPendingDatagrams()) {
                QCOMPARE(udpPeer.receiveDatagram().data(), QByteArray("tick"));
                ++datagrams;
            }
        };
        if (expected == 0) {
            // Long enough for several of the 20 ms sends it must not make.
            QTest::qWait(300);
            drain();
            QCOMPARE(datagrams, 0);
            break;
        }
        QTRY_VERIFY_WITH_TIMEOUT((drain(), datagrams >= expected), timeoutMs);
        QTest::qWait(100);
        drain();
        QCOMPARE(datagrams, expected);
        break;
    }
    case Effect::ConnectionWithBytes: {
        QTRY_VERIFY_WITH_TIMEOUT(tcpPeer.hasPendingConnections(), timeoutMs);
        QTcpSocket *client = tcpPeer.nextPendingConnection();
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += client->readAll(), received.size() >= expected), timeoutMs);
        QCOMPARE(received, QByteArray(expected, 'x'));
        break;
    }
    case Effect::LocalConnection:
        QTRY_VERIFY_WITH_TIMEOUT(localPeer.hasPendingConnections(), timeoutMs);
        break;
    case Effect::ServerSends: {
        QTRY_VERIFY_WITH_TIMEOUT(opened->isRunning(), timeoutMs);
        // Port 0 stays 0 in the config; the Listen row names the real port.
        QTRY_VERIFY_WITH_TIMEOUT(traffic.rowCount() > 0, timeoutMs);
        const QString local = traffic.index(0, models::TrafficModel::LocalColumn).data().toString();
        const quint16 listening = quint16(local.section(QLatin1Char(':'), -1).toUInt());
        QTcpSocket client;
        QVERIFY(listening != 0);
        client.connectToHost(QHostAddress::LocalHost, listening);
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += client.readAll(), received.size() >= expected), timeoutMs);
        QCOMPARE(received, QByteArray(expected, 'y'));
        break;
    }
    case Effect::HttpRequest: {
        QTRY_VERIFY_WITH_TIMEOUT(tcpPeer.hasPendingConnections(), timeoutMs);
        QTcpSocket *client = tcpPeer.nextPendingConnection();
        QByteArray request;
        QTRY_VERIFY_WITH_TIMEOUT((request += client->readAll(), request.contains("\r\n\r\n")), timeoutMs);
        QVERIFY2(request.startsWith("GET / HTTP/1.1\r\n"), request.constData());
        break;
    }
    }
    for (widgets::Panel *p : panels)
        p->shutdown();
}

void TestWorkspaceKeys::autoConnectReachesTheLessonsPython()
{
    // A scripted run: the tcp-basics lesson's server.py from its Python pane
    // (on a free port), and the lesson's client panel saved with autoConnect
    // and send.autoStart, opened as a workspace: the reply comes back with no
    // click.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 not found");
    const course::LessonCatalog::Entry *lesson = tests::lessonEntry(QStringLiteral("tcp-basics"));
    QVERIFY(lesson && lesson->workspace.lesson);
    course::Workspace workspace;
    for (const course::PanelConfig &p : lesson->workspace.panels) {
        if (p.type() == course::PanelType::TcpClient)
            workspace.panels << p;
    }
    QCOMPARE(workspace.panels.size(), 1);
    course::PanelConfig &client = workspace.panels.first();
    const quint16 lessonPort = client.tcpClient().port;
    const quint16 port = tests::freePort(false);
    QVERIFY(port != 0);
    client.tcpClient().port = port;
    client.tcpClient().autoConnect = true;
    client.send.text = QStringLiteral("hello");
    client.send.autoStart = true;
    client.send.autoCount = 1;
    const Result<course::Workspace> reread =
        course::WorkspaceFile::parse(course::WorkspaceFile::serialize(workspace));
    QVERIFY2(reread.ok(), qPrintable(reread.message()));

    QProcess server;
    server.start(python, {QStringLiteral("-c"),
                          tests::lessonServerScript(tests::lessonPython(*lesson->workspace.lesson, QStringLiteral("zh_CN")), lessonPort, port)});
    QVERIFY(server.waitForStarted(timeoutMs));
    const auto stop = qScopeGuard([&server] {
        server.kill();
        server.waitForFinished(timeoutMs);
    });
    // server.py takes one client only: no probe connection, it would be that client.
    QTRY_VERIFY_WITH_TIMEOUT(tests::someoneListensOn(port), timeoutMs);

    QMainWindow window;
    models::TrafficModel traffic;
    app::PanelManager manager(&window, &traffic);
    const QList<widgets::Panel *> panels = manager.addWorkspace(*reread, true);
    QCOMPARE(panels.size(), 1);
    const auto replied = [&traffic] {
        for (int row = 0; row < traffic.rowCount(); ++row) {
            const net::TrafficEvent e = traffic.event(row);
            if (e.kind == net::EventKind::Recv && e.data == "I can see you.")
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(replied(), timeoutMs);
    panels.first()->shutdown();
}

QTEST_MAIN(TestWorkspaceKeys)
#include "tst_workspacekeys.moc"
