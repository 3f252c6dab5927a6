// The UDP exercises of EXERCISES.md the way a student runs them: a UDP panel
// set up like the lesson, and the notes' Python clients (tests/peers/udp_*.py)
// talking to it over loopback. Checked through the panel's models.
#include "tests/net/nettesting.h"
#include "tests/widgets/paneltesting.h"

#include "models/trafficmodel.h"
#include "models/udppeermodel.h"
#include "net/udp/udpendpoint.h"
#include "widgets/common/messagelog.h"
#include "widgets/common/sendbox.h"
#include "widgets/udp/udppanel.h"

#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace swb;
using namespace paneltesting;
using swb::tests::peerTimeoutMs;

namespace {

constexpr int timeoutMs = 5000;

// udp_length_client.py's datagram i.
int lengthOf(int i)
{
    return 1 + (i * 37) % 1400;
}

} // namespace

class TestUdpExercises : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void udpLengthClientSendingContinuously();
    void udpChatTwoNames();
    void udpTimeClient();

private:
    widgets::UdpPanel *receiver(const net::ServerBehaviour &behaviour);
    void startPeer(QProcess &process, const QString &script, const QStringList &args);

    QString m_python;
    models::TrafficModel *m_model = nullptr;
    widgets::UdpPanel *m_panel = nullptr;
};

void TestUdpExercises::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void TestUdpExercises::init()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    m_model = new models::TrafficModel;
}

void TestUdpExercises::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    delete m_model;
    m_model = nullptr;
}

widgets::UdpPanel *TestUdpExercises::receiver(const net::ServerBehaviour &behaviour)
{
    m_panel = new widgets::UdpPanel(1, m_model);
    course::PanelConfig c(course::PanelType::Udp);
    c.name = QStringLiteral("server");
    c.udp().port = 0;
    c.udp().behaviour = behaviour;
    m_panel->applyConfig(c);
    m_panel->show();
    return m_panel->bindSocket() ? m_panel : nullptr;
}

void TestUdpExercises::startPeer(QProcess &process, const QString &script, const QStringList &args)
{
    process.setProgram(m_python);
    process.setArguments(QStringList{QStringLiteral(SWB_SOURCE_DIR "/tests/peers/") + script} + args);
    process.start();
}

void TestUdpExercises::udpLengthClientSendingContinuously()
{
    constexpr int count = 2000;
    net::ServerBehaviour b;
    b.reportLength = true;
    widgets::UdpPanel *panel = receiver(b);
    QVERIFY(panel);
    QSignalSpy lengthLines(probe(panel).endpoint(), &net::UdpEndpoint::logLine);
    QProcess client;
    startPeer(client, QStringLiteral("udp_length_client.py"),
              {QString::number(probe(panel).endpoint()->localPort()), QString::number(count)});
    SWB_WAIT_PEER_OK(client);
    // Every datagram the kernel delivered is one Recv row; anything else is in
    // the kernel's drop counter, never silently gone.
    const auto drops = [panel] {
        return int(probe(panel).endpoint()->kernelStats().value_or(net::UdpSocketStats{}).drops);
    };
    QTRY_COMPARE_WITH_TIMEOUT(int(eventsOf(*m_model, net::EventKind::Recv, 1).size()) + drops(),
                              count, timeoutMs);
    const QList<net::TrafficEvent> received = eventsOf(*m_model, net::EventKind::Recv, 1);
    if (drops() > 0)
        qWarning("the kernel dropped %d of %d datagrams on loopback", drops(), count);
    if (drops() == 0) {
        for (int i = 0; i < count; ++i)
            QCOMPARE(received.at(i).data.size(), lengthOf(i)); // and in order, on loopback
    } else {
        // Datagrams long enough to carry their number say which one they are.
        for (const net::TrafficEvent &e : received) {
            const qsizetype colon = e.data.indexOf(':');
            if (colon > 0)
                QCOMPARE(e.data.size(), lengthOf(e.data.left(colon).toInt()));
        }
    }
    // The notes' print(len(data)): one line per datagram, in order...
    QCOMPARE(int(lengthLines.size()), int(received.size()));
    for (int i = 0; i < int(received.size()); ++i) {
        const QString line = net::DeferredText::render(lengthLines.at(i).at(0).toString());
        QVERIFY2(line.startsWith(QStringLiteral("%1 byte(s) from 127.0.0.1:")
                                     .arg(received.at(i).data.size())),
                 qPrintable(line));
    }
    // ...and the log shows the newest (a burst this fast is summed up, not listed).
    QTRY_VERIFY2(probe(panel).messageLog()->toPlainText().contains(
                     net::DeferredText::render(lengthLines.last().at(0).toString())),
                 qPrintable(probe(panel).messageLog()->toPlainText().right(2000)));
    QCOMPARE(probe(panel).peerModel()->rowCount(), 1);
    // The peer table re-reads its counters every second.
    QTRY_COMPARE(
        probe(panel).peerModel()->index(0, models::UdpPeerModel::DatagramsColumn).data().toInt(),
        int(received.size()));
}

void TestUdpExercises::udpChatTwoNames()
{
    widgets::UdpPanel *panel = receiver(net::ServerBehaviour());
    QVERIFY(panel);
    const QString port = QString::number(probe(panel).endpoint()->localPort());
    QProcess alex;
    QProcess taibai;
    startPeer(alex, QStringLiteral("udp_chat_client.py"),
              {port, QStringLiteral("alex"), QStringLiteral("我要退学"), QStringLiteral("别退学")});
    QTRY_COMPARE_WITH_TIMEOUT(probe(panel).peerModel()->rowCount(), 1, peerTimeoutMs);
    startPeer(taibai, QStringLiteral("udp_chat_client.py"),
              {port, QStringLiteral("太白"), QStringLiteral("你好"), QStringLiteral("你好, 太白")});
    QTRY_COMPARE_WITH_TIMEOUT(probe(panel).peerModel()->rowCount(), 2, peerTimeoutMs);
    models::UdpPeerModel *peers = probe(panel).peerModel();
    QCOMPARE(peers->index(0, models::UdpPeerModel::NameColumn).data().toString(), QStringLiteral("alex"));
    QCOMPARE(peers->index(1, models::UdpPeerModel::NameColumn).data().toString(), QStringLiteral("太白"));
    const QColor alexColour = peers->colourOf(peers->idAt(0));
    const QColor taibaiColour = peers->colourOf(peers->idAt(1));
    QVERIFY(alexColour.isValid() && taibaiColour.isValid());
    QVERIFY(alexColour != taibaiColour);

    // Answer each by selecting it and typing, as the notes' server does with input().
    QLineEdit *line = lineOf(probe(panel).sendBox());
    probe(panel).peerTable()->selectRow(1);
    line->setText(QStringLiteral("你好, 太白"));
    QTest::keyClick(line, Qt::Key_Return);
    probe(panel).peerTable()->selectRow(0);
    line->setText(QStringLiteral("别退学"));
    QTest::keyClick(line, Qt::Key_Return);
    SWB_WAIT_PEER_OK(alex);
    SWB_WAIT_PEER_OK(taibai);
    QCOMPARE(eventsOf(*m_model, net::EventKind::Send, 1).size(), 2);
    QCOMPARE(eventsOf(*m_model, net::EventKind::Error, 1).size(), 0);
}

void TestUdpExercises::udpTimeClient()
{
    net::ServerBehaviour b;
    b.reply = net::ReplyKind::TimeFormat;
    widgets::UdpPanel *panel = receiver(b);
    QVERIFY(panel);
    QProcess client;
    startPeer(client, QStringLiteral("udp_time_client.py"),
              {QString::number(probe(panel).endpoint()->localPort()),
               QStringLiteral("%Y-%m-%d %H:%M:%S"), QStringLiteral("2"), QStringLiteral("0.2")});
    SWB_WAIT_PEER_OK(client);
    const QList<net::TrafficEvent> replies = eventsOf(*m_model, net::EventKind::Send, 1);
    QCOMPARE(replies.size(), 2);
    const QRegularExpression time(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));
    for (const net::TrafficEvent &reply : replies)
        QVERIFY2(time.match(QString::fromUtf8(reply.data)).hasMatch(), reply.data.constData());
    QCOMPARE(eventsOf(*m_model, net::EventKind::Recv, 1).first().data,
             QByteArray("%Y-%m-%d %H:%M:%S"));
}

QTEST_MAIN(TestUdpExercises)

#include "tst_udpexercises.moc"
