// Drives the TCP server and client panels the way a student clicks and types:
// start a server on port 0, connect a client panel, type with Enter, reply by
// hand to the selected client, walk the history, and see bad input as error rows.
#include "tests/widgets/paneltesting.h"

#include "models/connectionlistmodel.h"
#include "models/trafficmodel.h"
#include "net/stream/tcpclientendpoint.h"
#include "net/stream/tcpserverendpoint.h"
#include "widgets/common/messagelog.h"
#include "widgets/common/sendbox.h"
#include "widgets/stream/behavioureditor.h"
#include "widgets/stream/connectioninfoview.h"
#include "widgets/stream/tcpclientpanel.h"
#include "widgets/stream/tcpserverpanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace swb;
using namespace paneltesting;

class TestTcpPanels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clientTypesServerReplies();
    void echoBehaviourFromTheEditor();
    void historyWalksWithUpAndDown();
    void badInputBecomesErrorRows();
    void autoSendStopsAfterCount();
    void configRoundTrip();
    void everyInterfaceShowsAMarker();

private:
    void startAndConnect();

    models::TrafficModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    widgets::TcpServerPanel *m_server = nullptr;
    widgets::TcpClientPanel *m_client = nullptr;
};

void TestTcpPanels::init()
{
    m_model = new models::TrafficModel;
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_server = new widgets::TcpServerPanel(1, m_model);
    m_client = new widgets::TcpClientPanel(2, m_model);
    course::PanelConfig server(course::PanelType::TcpServer);
    server.name = QStringLiteral("server");
    server.tcpServer().listen.port = 0;
    m_server->applyConfig(server);
    m_server->show();
    m_client->show();
}

void TestTcpPanels::cleanup()
{
    delete m_client;
    delete m_server;
    delete m_tester;
    delete m_model;
}

void TestTcpPanels::startAndConnect()
{
    QVERIFY(m_server->start());
    const quint16 port = probe(m_server).endpoint()->port();
    QVERIFY(port != 0);
    course::PanelConfig client = m_client->config();
    client.name = QStringLiteral("client");
    client.tcpClient().port = port;
    m_client->applyConfig(client);
    m_client->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(probe(m_client).endpoint()->state(), QAbstractSocket::ConnectedState,
                              5000);
    QTRY_COMPARE_WITH_TIMEOUT(probe(m_server).connectionModel()->rowCount(), 1, 5000);
}

void TestTcpPanels::clientTypesServerReplies()
{
    startAndConnect();
    // The client panel shows what print(sock) would.
    QVERIFY(probe(m_client).infoView()->pythonRepr().contains(
        QStringLiteral("raddr=('127.0.0.1', %1)").arg(probe(m_server).endpoint()->port())));
    QVERIFY(probe(m_client).infoView()->summary().contains(QStringLiteral("IPv4")));

    typeAndEnter(probe(m_client).sendBox(), QStringLiteral("你好, server"));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 1).size(), 1, 5000);
    QCOMPARE(eventsOf(*m_model, net::EventKind::Recv, 1).first().data,
             QStringLiteral("你好, server").toUtf8());
    QVERIFY(lineOf(probe(m_client).sendBox())->text().isEmpty()); // sent lines leave the box

    // Manual reply: select the client row, type, Enter.
    probe(m_server).connectionTable()->selectRow(0);
    typeAndEnter(probe(m_server).sendBox(), QStringLiteral("I can see you."));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 2).size(), 1, 5000);
    QCOMPARE(eventsOf(*m_model, net::EventKind::Recv, 2).first().data, QByteArray("I can see you."));
    probe(m_client).messageLog()->flushPending();
    QVERIFY(probe(m_client).messageLog()->toPlainText().contains(QStringLiteral("I can see you.")));
    // The byte counters in the client list catch up within a refresh.
    QTRY_COMPARE_WITH_TIMEOUT(probe(m_server)
                                  .connectionModel()
                                  ->index(0, models::ConnectionListModel::InColumn)
                                  .data()
                                  .toInt(),
                              int(QStringLiteral("你好, server").toUtf8().size()), 3000);
}

void TestTcpPanels::echoBehaviourFromTheEditor()
{
    net::ServerBehaviour behaviour;
    behaviour.reply = net::ReplyKind::Prefix;
    behaviour.prefix = QStringLiteral("received: ");
    applyAsUser(probe(m_server).behaviourEditor(), behaviour);
    startAndConnect();
    typeAndEnter(probe(m_client).sendBox(), QStringLiteral("ping"));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 2).size(), 1, 5000);
    QCOMPARE(eventsOf(*m_model, net::EventKind::Recv, 2).first().data, QByteArray("received: ping"));
}

void TestTcpPanels::historyWalksWithUpAndDown()
{
    startAndConnect();
    for (const char *text : {"one", "two", "three"})
        typeAndEnter(probe(m_client).sendBox(), QString::fromLatin1(text));
    QLineEdit *line = lineOf(probe(m_client).sendBox());
    QTest::keyClick(line, Qt::Key_Up);
    QCOMPARE(line->text(), QStringLiteral("three"));
    QTest::keyClick(line, Qt::Key_Up);
    QCOMPARE(line->text(), QStringLiteral("two"));
    QTest::keyClick(line, Qt::Key_Down);
    QCOMPARE(line->text(), QStringLiteral("three"));
    QTest::keyClick(line, Qt::Key_Down);
    QCOMPARE(line->text(), QString());
}

void TestTcpPanels::badInputBecomesErrorRows()
{
    // A port that is not a port.
    course::PanelConfig config = m_server->config();
    m_server->applyConfig(config);
    auto *port = m_server->findChild<QLineEdit *>(QStringLiteral("tcpServerPort"));
    QVERIFY(port);
    port->setText(QStringLiteral("70000"));
    QVERIFY(!m_server->start());
    QTRY_VERIFY(!eventsOf(*m_model, net::EventKind::Error, 1).isEmpty());
    QVERIFY(eventsOf(*m_model, net::EventKind::Error, 1).last().text.contains(QStringLiteral("70000")));
    QVERIFY(m_server->statusText().contains(QStringLiteral("70000")));
    port->setText(QStringLiteral("0"));

    // Sending before connecting says what to do.
    typeAndEnter(probe(m_client).sendBox(), QStringLiteral("too early"));
    QVERIFY(!eventsOf(*m_model, net::EventKind::Error, 2).isEmpty());

    // Hex that does not parse names the position.
    startAndConnect();
    auto *mode = probe(m_client).sendBox()->findChild<QComboBox *>(QStringLiteral("sendMode"));
    mode->setCurrentIndex(mode->findData(int(net::InputMode::Hex)));
    typeAndEnter(probe(m_client).sendBox(), QStringLiteral("68 65 zz"));
    const auto errors = eventsOf(*m_model, net::EventKind::Error, 2);
    QVERIFY(errors.last().text.contains(QStringLiteral("7")));
    QCOMPARE(eventsOf(*m_model, net::EventKind::Send, 2).size(), 0);
    // The panel is still usable: good hex goes through.
    typeAndEnter(probe(m_client).sendBox(), QStringLiteral("68 65 6c 6c 6f"));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 1).size(), 1, 5000);
    QCOMPARE(eventsOf(*m_model, net::EventKind::Recv, 1).first().data, QByteArray("hello"));
}

void TestTcpPanels::autoSendStopsAfterCount()
{
    startAndConnect();
    course::SendSettings send;
    send.text = QStringLiteral("tick {counter}");
    send.autoIntervalMs = 20;
    send.autoCount = 3;
    probe(m_client).sendBox()->setSettings(send);
    probe(m_client).sendBox()->startAutoSend();
    QTRY_VERIFY_WITH_TIMEOUT(!probe(m_client).sendBox()->isAutoSending(), 5000);
    const auto sends = eventsOf(*m_model, net::EventKind::Send, 2);
    QCOMPARE(sends.size(), 3);
    QCOMPARE(sends.at(0).data, QByteArray("tick 1"));
    QCOMPARE(sends.at(2).data, QByteArray("tick 3"));
}

void TestTcpPanels::configRoundTrip()
{
    course::PanelConfig config(course::PanelType::TcpServer);
    config.name = QStringLiteral("Echo server");
    config.encoding = net::TextEncoding::Gbk;
    config.tcpServer().listen.address = QStringLiteral("0.0.0.0");
    config.tcpServer().listen.port = 8003;
    config.tcpServer().listen.backlog = 10;
    config.tcpServer().listen.reuseAddress = false;
    config.tcpServer().behaviour.reply = net::ReplyKind::Template;
    config.tcpServer().behaviour.templateText = QStringLiteral("Hello, {data}!");
    config.tcpServer().behaviour.greeting = QStringLiteral("Welcome!");
    config.tcpServer().behaviour.closeWord = QStringLiteral("exit");
    config.tcpServer().behaviour.replyDelayMs = 1000;
    config.send.lineEnding = net::LineEnding::CrLf;
    m_server->applyConfig(config);
    const course::PanelConfig back = m_server->config();
    QCOMPARE(back.toJson(), config.toJson());
}

// 0.0.0.0 is reachable from other machines: the panel says so as long as it
// is chosen, and not for 127.0.0.1. (Nothing is started: only the setting.)
void TestTcpPanels::everyInterfaceShowsAMarker()
{
    QLabel *marker = m_server->findChild<QLabel *>(QStringLiteral("tcpServerExposure"));
    QVERIFY(marker);
    QVERIFY(marker->text().contains(QLatin1String("Reachable from other machines")));
    QVERIFY(!marker->isVisible()); // the default, 127.0.0.1
    course::PanelConfig config = m_server->config();
    config.tcpServer().listen.address = QStringLiteral("0.0.0.0");
    m_server->applyConfig(config);
    QVERIFY(marker->isVisible());
    config.tcpServer().listen.address = QStringLiteral("::");
    m_server->applyConfig(config);
    QVERIFY(marker->isVisible());
    config.tcpServer().listen.address = QStringLiteral("127.0.0.1");
    m_server->applyConfig(config);
    QVERIFY(!marker->isVisible());
}

QTEST_MAIN(TestTcpPanels)
#include "tst_tcppanels.moc"
