// Drives the UDP panel the way a student clicks and types: bind on port 0,
// type and press Enter, answer the selected sender, send a burst and watch the
// progress, and see bad input become error rows while the panel stays usable.
#include "tests/widgets/paneltesting.h"

#include "models/trafficmodel.h"
#include "models/udppeermodel.h"
#include "net/udp/udpendpoint.h"
#include "widgets/common/messagelog.h"
#include "widgets/common/sendbox.h"
#include "widgets/stream/behavioureditor.h"
#include "widgets/udp/multicastbox.h"
#include "widgets/udp/udpbindrow.h"
#include "widgets/udp/udpburstbar.h"
#include "widgets/udp/udppanel.h"
#include "widgets/udp/udptargetrow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextBlock>

using namespace swb;
using namespace paneltesting;

namespace {

constexpr int timeoutMs = 5000;

} // namespace

class TestUdpPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typeEnterToOwnPort();
    void replyToSelectedSender();
    void logShowsTheSendersColour();
    void burstWithProgressAndStop();
    void autoSendWithTemplateStopsAfterCount();
    void badInputBecomesErrorRows_data();
    void badInputBecomesErrorRows();
    void unresolvableTargetIsAnErrorRow();
    void configRoundTrip();
    void lessonHooks();

private:
    widgets::UdpPanel *makePanel(int id, const QString &name, bool bind, quint16 targetPort);

    models::TrafficModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QList<widgets::UdpPanel *> m_panels;
};

void TestUdpPanel::init()
{
    m_model = new models::TrafficModel;
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestUdpPanel::cleanup()
{
    qDeleteAll(m_panels);
    m_panels.clear();
    delete m_tester;
    delete m_model;
}

widgets::UdpPanel *TestUdpPanel::makePanel(int id, const QString &name, bool bind, quint16 targetPort)
{
    auto *panel = new widgets::UdpPanel(id, m_model);
    new QAbstractItemModelTester(probe(panel).peerModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, panel);
    course::PanelConfig c(course::PanelType::Udp);
    c.name = name;
    c.udp().port = 0;
    c.udp().options.bind = bind;
    c.udp().targetPort = targetPort;
    panel->applyConfig(c);
    panel->show();
    m_panels << panel;
    return panel;
}

void TestUdpPanel::typeEnterToOwnPort()
{
    widgets::UdpPanel *panel = makePanel(1, QStringLiteral("self"), true, 0);
    QVERIFY(panel->bindSocket());
    const quint16 port = probe(panel).endpoint()->localPort();
    QVERIFY(port != 0);
    QVERIFY(probe(panel).socketStatus().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    QVERIFY(probe(panel).socketStatus().contains(QStringLiteral("receive buffer")));
    // Aim at itself, as a student tries first.
    probe(panel).targetRow()->setPortText(QString::number(port));
    probe(panel).toTargetButton()->setChecked(true);
    typeAndEnter(probe(panel).sendBox(), QStringLiteral("hello, me"));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 1).size(), 1, timeoutMs);
    const net::TrafficEvent recv = eventsOf(*m_model, net::EventKind::Recv, 1).first();
    QCOMPARE(recv.data, QByteArray("hello, me"));
    QCOMPARE(recv.remote, QStringLiteral("127.0.0.1:%1").arg(port));
    QCOMPARE(recv.protocol, net::Protocol::Udp);
    QVERIFY(lineOf(probe(panel).sendBox())->text().isEmpty());
    QCOMPARE(probe(panel).peerModel()->rowCount(), 1);
    QTRY_VERIFY(probe(panel).messageLog()->toPlainText().contains(QStringLiteral("hello, me")));
    QVERIFY(panel->isRunning());
    QCOMPARE(
        probe(panel).bindRow()->findChild<QPushButton *>(QStringLiteral("udpBindButton"))->text(),
        QStringLiteral("Close"));
    panel->closeSocket();
    QVERIFY(!panel->isRunning());
}

void TestUdpPanel::replyToSelectedSender()
{
    widgets::UdpPanel *server = makePanel(1, QStringLiteral("server"), true, 0);
    QVERIFY(server->bindSocket());
    const quint16 port = probe(server).endpoint()->localPort();
    widgets::UdpPanel *alex = makePanel(2, QStringLiteral("alex"), false, port);
    widgets::UdpPanel *taibai = makePanel(3, QStringLiteral("taibai"), false, port);
    typeAndEnter(probe(alex).sendBox(), QStringLiteral("alex : 我要退学"));
    QTRY_COMPARE_WITH_TIMEOUT(probe(server).peerModel()->rowCount(), 1, timeoutMs);
    typeAndEnter(probe(taibai).sendBox(), QStringLiteral("太白 : 你好"));
    QTRY_COMPARE_WITH_TIMEOUT(probe(server).peerModel()->rowCount(), 2, timeoutMs);
    models::UdpPeerModel *peers = probe(server).peerModel();
    QCOMPARE(peers->index(0, models::UdpPeerModel::NameColumn).data().toString(), QStringLiteral("alex"));
    QCOMPARE(peers->index(1, models::UdpPeerModel::NameColumn).data().toString(), QStringLiteral("太白"));
    QVERIFY(peers->colourOf(peers->idAt(0)) != peers->colourOf(peers->idAt(1)));

    // With two senders, the box needs a choice; then selecting a row answers it.
    QVERIFY(probe(server).toSelectedButton()->isChecked()); // a receiver answers senders
    QCOMPARE(eventsOf(*m_model, net::EventKind::Error, 1).size(), 0);
    typeAndEnter(probe(server).sendBox(), QStringLiteral("who?"));
    QCOMPARE(eventsOf(*m_model, net::EventKind::Error, 1).size(), 1);
    probe(server).peerTable()->selectRow(1);
    typeAndEnter(probe(server).sendBox(), QStringLiteral("hi 太白"));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 3).size(), 1, timeoutMs);
    QCOMPARE(eventsOf(*m_model, net::EventKind::Recv, 3).first().data, QStringLiteral("hi 太白").toUtf8());
    QCOMPARE(eventsOf(*m_model, net::EventKind::Recv, 2).size(), 0);
    probe(server).peerTable()->selectRow(0);
    typeAndEnter(probe(server).sendBox(), QStringLiteral("hi alex"));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 2).size(), 1, timeoutMs);
    // The peer table re-reads its counters every second.
    QTRY_COMPARE(peers->index(0, models::UdpPeerModel::RepliesColumn).data().toLongLong(), 1);
}

void TestUdpPanel::logShowsTheSendersColour()
{
    widgets::UdpPanel *server = makePanel(1, QStringLiteral("server"), true, 0);
    QVERIFY(server->bindSocket());
    widgets::UdpPanel *alex
        = makePanel(2, QStringLiteral("alex"), false, probe(server).endpoint()->localPort());
    // Control characters from the network stay inert in the log.
    typeAndEnter(probe(alex).sendBox(), QStringLiteral("alex : hi"));
    QTRY_COMPARE_WITH_TIMEOUT(probe(server).peerModel()->rowCount(), 1, timeoutMs);
    QTRY_VERIFY(probe(server).messageLog()->toPlainText().contains(QStringLiteral("alex : hi")));
    const QColor alexColour
        = probe(server).peerModel()->colourOf(probe(server).peerModel()->idAt(0));
    bool found = false;
    for (QTextBlock block = probe(server).messageLog()->document()->begin(); block.isValid();
         block = block.next()) {
        if (!block.text().contains(QStringLiteral("alex @ 127.0.0.1:")))
            continue;
        const QTextCharFormat format = block.begin().fragment().charFormat();
        QCOMPARE(format.foreground().color(), alexColour);
        QVERIFY(block.text().endsWith(QStringLiteral("alex : hi")));
        found = true;
    }
    QVERIFY2(found, qPrintable(probe(server).messageLog()->toPlainText()));
}

void TestUdpPanel::burstWithProgressAndStop()
{
    widgets::UdpPanel *server = makePanel(1, QStringLiteral("server"), true, 0);
    QVERIFY(server->bindSocket());
    widgets::UdpPanel *client = makePanel(2, QStringLiteral("client"), false,
                                          probe(server).endpoint()->localPort());
    probe(client).sendBox()->setText(QStringLiteral("datagram {counter}"));
    probe(client).burstBar()->findChild<QSpinBox *>(QStringLiteral("burstCount"))->setValue(5000);
    QPushButton *start
        = probe(client).burstBar()->findChild<QPushButton *>(QStringLiteral("burstStart"));
    QPushButton *stop
        = probe(client).burstBar()->findChild<QPushButton *>(QStringLiteral("burstStop"));
    QVERIFY(start && stop);
    QVERIFY(!stop->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    auto *bar
        = probe(client).burstBar()->findChild<QProgressBar *>(QStringLiteral("burstProgress"));
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), 5000, 20000);
    QCOMPARE(bar->maximum(), 5000);
    QVERIFY(start->isEnabled());
    QCOMPARE(eventsOf(*m_model, net::EventKind::Send, 2).size(), 5000);
    QCOMPARE(eventsOf(*m_model, net::EventKind::Send, 2).last().data, QByteArray("datagram 5000"));
    QTRY_VERIFY_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 1).size()
                                     + probe(server).endpoint()->kernelStats().value_or(
                                         net::UdpSocketStats{}).drops
                                 >= 5000,
                             timeoutMs);

    // A long one, stopped at once.
    probe(client).burstBar()->findChild<QSpinBox *>(QStringLiteral("burstCount"))->setValue(50000000);
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0 && bar->value() < 50000000, timeoutMs);
    QVERIFY(probe(client).endpoint()->burst()->isRunning());
    QVERIFY(stop->isEnabled());
    QVERIFY(!start->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!probe(client).endpoint()->burst()->isRunning());
    const quint64 sent = probe(client).endpoint()->burst()->sent();
    QTest::qWait(50);
    QCOMPARE(probe(client).endpoint()->burst()->sent(), sent);
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());
}

// The send box's auto-send, on a UDP panel: a receiver panel gets every
// datagram, numbered by the template, and the sending stops by itself.
void TestUdpPanel::autoSendWithTemplateStopsAfterCount()
{
    widgets::UdpPanel *receiver = makePanel(1, QStringLiteral("receiver"), true, 0);
    QVERIFY(receiver->bindSocket());
    widgets::UdpPanel *sender =
        makePanel(2, QStringLiteral("sender"), false, probe(receiver).endpoint()->localPort());
    course::SendSettings send;
    send.text = QStringLiteral("tick {counter}");
    send.autoIntervalMs = 20;
    send.autoCount = 3;
    probe(sender).sendBox()->setSettings(send);
    probe(sender).sendBox()->startAutoSend();
    QVERIFY(probe(sender).sendBox()->isAutoSending());
    QTRY_VERIFY_WITH_TIMEOUT(!probe(sender).sendBox()->isAutoSending(), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 1).size(), 3, timeoutMs);
    const auto received = eventsOf(*m_model, net::EventKind::Recv, 1);
    QCOMPARE(received.at(0).data, QByteArray("tick 1"));
    QCOMPARE(received.at(1).data, QByteArray("tick 2"));
    QCOMPARE(received.at(2).data, QByteArray("tick 3"));
    QCOMPARE(eventsOf(*m_model, net::EventKind::Send, 2).size(), 3);
}

void TestUdpPanel::badInputBecomesErrorRows_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bind port 70000") << QStringLiteral("bindPort") << QStringLiteral("is not a port");
    QTest::newRow("busy port") << QStringLiteral("busy") << QStringLiteral("already in use");
    QTest::newRow("foreign address") << QStringLiteral("foreign") << QStringLiteral("has no address");
    QTest::newRow("target port abc") << QStringLiteral("targetPort") << QStringLiteral("is not a port");
    QTest::newRow("hex zz") << QStringLiteral("hex") << QStringLiteral("'z' at position");
    QTest::newRow("group 10.1.2.3") << QStringLiteral("group")
                                    << QStringLiteral("is not a multicast group");
    QTest::newRow("oversize") << QStringLiteral("oversize") << QStringLiteral("65507");
    QTest::newRow("broadcast off") << QStringLiteral("broadcast") << QStringLiteral("SO_BROADCAST");
    QTest::newRow("no sender yet") << QStringLiteral("nosender") << QStringLiteral("Nobody has sent");
}

void TestUdpPanel::badInputBecomesErrorRows()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    widgets::UdpPanel *panel = makePanel(1, QStringLiteral("udp"), true, 0);
    net::UdpEndpoint other;
    QVERIFY(other.bind(QStringLiteral("127.0.0.1"), 0, false));
    const QString otherPort = QString::number(other.localPort());
    if (what == QLatin1String("bindPort")) {
        probe(panel).bindRow()->setPortText(QStringLiteral("70000"));
        QVERIFY(!panel->bindSocket());
    } else if (what == QLatin1String("busy")) {
        probe(panel).bindRow()->setPortText(otherPort);
        QVERIFY(!panel->bindSocket());
    } else if (what == QLatin1String("foreign")) {
        probe(panel).bindRow()->setAddress(QStringLiteral("192.0.2.254"));
        QVERIFY(!panel->bindSocket());
    } else if (what == QLatin1String("group")) {
        probe(panel).multicastBox()
            ->findChild<QLineEdit *>(QStringLiteral("multicastGroup"))
            ->setText(QStringLiteral("10.1.2.3"));
        QTest::mouseClick(
            probe(panel).multicastBox()->findChild<QPushButton *>(QStringLiteral("multicastJoin")),
            Qt::LeftButton);
    } else if (what == QLatin1String("nosender")) {
        probe(panel).toSelectedButton()->setChecked(true);
        typeAndEnter(probe(panel).sendBox(), QStringLiteral("hello?"));
    } else {
        probe(panel).targetRow()->setPortText(
            what == QLatin1String("targetPort") ? QStringLiteral("abc") : otherPort);
        if (what == QLatin1String("broadcast"))
            probe(panel).targetRow()->setHost(QStringLiteral("127.255.255.255"));
        probe(panel).toTargetButton()->setChecked(true);
        if (what == QLatin1String("hex")) {
            course::SendSettings s = probe(panel).sendBox()->settings();
            s.mode = net::InputMode::Hex;
            probe(panel).sendBox()->setSettings(s);
            typeAndEnter(probe(panel).sendBox(), QStringLiteral("68 65 zz"));
        } else if (what == QLatin1String("oversize")) {
            // A line edit holds 32,767 characters; in UTF-8 these are 90,000 bytes.
            probe(panel).sendBox()->setText(QString(30000, QChar(0x4f60)));
            QVERIFY(!probe(panel).sendBox()->sendNow());
        } else {
            typeAndEnter(probe(panel).sendBox(), QStringLiteral("hello"));
        }
    }
    const QList<net::TrafficEvent> errors = eventsOf(*m_model, net::EventKind::Error, 1);
    QVERIFY2(errors.size() == 1, qPrintable(QString::number(errors.size())));
    QVERIFY2(errors.first().text.contains(expected), qPrintable(errors.first().text));
    QVERIFY2(panel->statusText().contains(expected), qPrintable(panel->statusText()));
    QCOMPARE(eventsOf(*m_model, net::EventKind::Send, 1).size(), 0);
    // Still usable: bind on a free port afterwards.
    probe(panel).bindRow()->setAddress(QStringLiteral("127.0.0.1"));
    probe(panel).bindRow()->setPortText(QStringLiteral("0"));
    if (!probe(panel).endpoint()->isOpen())
        QVERIFY(panel->bindSocket());
}

void TestUdpPanel::unresolvableTargetIsAnErrorRow()
{
    widgets::UdpPanel *panel = makePanel(1, QStringLiteral("udp"), false, 9);
    probe(panel).targetRow()->setHost(QStringLiteral("no-such-host.invalid"));
    typeAndEnter(probe(panel).sendBox(), QStringLiteral("hello"));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Error, 1).size(), 1, 15000);
    QVERIFY(eventsOf(*m_model, net::EventKind::Error, 1).first().text.contains(
        QStringLiteral("Host not found: \"no-such-host.invalid\"")));
}

void TestUdpPanel::configRoundTrip()
{
    widgets::UdpPanel *panel = makePanel(1, QStringLiteral("udp"), true, 0);
    course::PanelConfig c(course::PanelType::Udp);
    c.name = QStringLiteral("Chat server");
    c.encoding = net::TextEncoding::Gbk;
    c.udp().address = QStringLiteral("0.0.0.0");
    c.udp().port = 9090;
    c.udp().reuseAddress = true;
    c.udp().autoStart = true;
    c.udp().behaviour.reply = net::ReplyKind::TimeFormat;
    c.udp().behaviour.reportLength = true;
    c.udp().behaviour.replyDelayMs = 250;
    c.udp().targetHost = QStringLiteral("239.255.0.9");
    c.udp().targetPort = 9091;
    c.udp().options.bind = true;
    c.udp().options.connectToTarget = false;
    c.udp().options.broadcast = true;
    c.udp().options.multicastGroups = {QStringLiteral("239.255.0.9"),
                                       QStringLiteral("239.255.0.10")};
    c.udp().options.multicastInterface = QStringLiteral("lo");
    c.udp().options.multicastTtl = 3;
    c.udp().options.multicastLoopback = false;
    c.send.mode = net::InputMode::Escapes;
    c.send.lineEnding = net::LineEnding::CrLf;
    c.send.text = QStringLiteral("hello {counter}");
    c.send.autoIntervalMs = 250;
    c.send.autoCount = 7;
    panel->applyConfig(c);
    const course::PanelConfig back = panel->config();
    QCOMPARE(back.toJson(), c.toJson());
    QCOMPARE(back.udp().options.multicastGroups, c.udp().options.multicastGroups);
    QCOMPARE(probe(panel).multicastBox()->joined(), c.udp().options.multicastGroups);
    // Nothing was bound by applying it.
    QVERIFY(!probe(panel).endpoint()->isOpen());
    QCOMPARE(eventsOf(*m_model, net::EventKind::Error, 1).size(), 0);
}

void TestUdpPanel::lessonHooks()
{
    widgets::UdpPanel *panel = makePanel(1, QStringLiteral("udp"), true, 0);
    QVERIFY(panel->resourceKey().isEmpty()); // port 0: nothing to clash with
    QVERIFY(!panel->startsOnOpen());
    panel->autoStart();
    QVERIFY(!panel->isRunning());
    course::PanelConfig c = panel->config();
    c.udp().autoStart = true;
    c.udp().port = 9090;
    panel->applyConfig(c);
    QCOMPARE(panel->resourceKey(), QStringLiteral("udp/9090"));
    QVERIFY(panel->startsOnOpen());
    c.udp().options.bind = false;
    panel->applyConfig(c);
    QVERIFY(panel->resourceKey().isEmpty()); // a sender only holds no port
    c.udp().options.bind = true;
    c.udp().port = 0;
    panel->applyConfig(c);
    panel->autoStart();
    QVERIFY(panel->isRunning());
    panel->shutdown();
    QVERIFY(!panel->isRunning());
    QVERIFY(!probe(panel).endpoint()->isOpen());
    panel->reportError(QStringLiteral("from the window"));
    QCOMPARE(eventsOf(*m_model, net::EventKind::Error, 1).size(), 1);
}

QTEST_MAIN(TestUdpPanel)

#include "tst_udppanel.moc"
