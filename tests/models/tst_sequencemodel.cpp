#include "models/sequencemodel.h"
#include "models/trafficmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using swb::models::SequenceArrow;
using swb::models::SequenceLane;
using swb::models::SequenceModel;
using swb::models::TrafficModel;
using swb::net::EventKind;
using swb::net::Protocol;
using swb::net::TrafficEvent;
using ArrowKind = swb::models::SequenceArrow::Kind;
using LaneKind = swb::models::SequenceLane::Kind;

// The sequence diagram's lanes and arrows for a scripted conversation: two
// panels talking (one arrow per send, recv rows linked to it even when TCP
// splits them), an outside client, closes by either side, an error, UDP.
class TestSequenceModel : public QObject
{
    Q_OBJECT

private slots:
    void scriptedConversation();
    void capKeepsTheNewest();
    void followsTheTrafficModel();
    void manyEventsStayBounded();

private:
    void play(SequenceModel &model);
    QList<TrafficEvent> m_events;
};

namespace {

TrafficEvent makeEvent(int panelId, const QString &panel, EventKind kind, const QString &local,
                   const QString &remote, const QByteArray &data = QByteArray(),
                   Protocol protocol = Protocol::Tcp)
{
    TrafficEvent e;
    e.panelId = panelId;
    e.panel = panel;
    e.kind = kind;
    e.local = local;
    e.remote = remote;
    e.data = data;
    e.protocol = protocol;
    e.text = data.isEmpty() ? QStringLiteral("text") : QString();
    e.timeMs = 1700000000000 + panelId;
    return e;
}

const QString S = QStringLiteral("127.0.0.1:8001");
const QString C = QStringLiteral("127.0.0.1:50000");
const QString Outside = QStringLiteral("127.0.0.1:60000");

QList<TrafficEvent> conversation()
{
    const QString server = QStringLiteral("Server");
    const QString client = QStringLiteral("Client");
    return {
        makeEvent(1, server, EventKind::Listen, S, QString()),                        // 0
        makeEvent(2, client, EventKind::Info, QString(), S),                          // 1 (no arrow)
        makeEvent(2, client, EventKind::Connect, C, S),                               // 2
        makeEvent(1, server, EventKind::Accept, S, C),                                // 3
        makeEvent(2, client, EventKind::Send, C, S, "hello"),                         // 4
        makeEvent(1, server, EventKind::Recv, S, C, "hel"),                           // 5 split by TCP
        makeEvent(1, server, EventKind::Recv, S, C, "lo"),                            // 6
        makeEvent(1, server, EventKind::Send, S, C, "received: hello"),               // 7
        makeEvent(2, client, EventKind::Recv, C, S, "received: hello"),               // 8
        makeEvent(1, server, EventKind::Accept, S, Outside),                          // 9
        makeEvent(1, server, EventKind::Recv, S, Outside, "x"),                       // 10
        makeEvent(2, client, EventKind::Close, C, S),                                 // 11
        makeEvent(1, server, EventKind::Close, S, C),                                 // 12 (linked)
        makeEvent(2, client, EventKind::Error, QString(), QStringLiteral("127.0.0.1:9")), // 13
        makeEvent(3, QStringLiteral("UDP server"), EventKind::Listen, QStringLiteral("127.0.0.1:9090"),
              QString(), QByteArray(), Protocol::Udp),                            // 14
        makeEvent(4, QStringLiteral("UDP client"), EventKind::Send, QStringLiteral("127.0.0.1:40000"),
              QStringLiteral("127.0.0.1:9090"), "ping", Protocol::Udp),           // 15
        makeEvent(3, QStringLiteral("UDP server"), EventKind::Recv, QStringLiteral("127.0.0.1:9090"),
              QStringLiteral("127.0.0.1:40000"), "ping", Protocol::Udp),          // 16 (linked)
    };
}

} // namespace

void TestSequenceModel::play(SequenceModel &model)
{
    m_events = conversation();
    for (int row = 0; row < m_events.size(); ++row)
        model.addEvent(m_events.at(row), row);
}

void TestSequenceModel::scriptedConversation()
{
    SequenceModel model;
    QSignalSpy added(&model, &SequenceModel::arrowsAdded);
    play(model);
    QVERIFY(added.count() > 0);

    // Lanes, left to right: the server, its two connections, the client, the
    // outside peers, the UDP sockets.
    QList<LaneKind> kinds;
    QStringList addresses;
    for (int column = 0; column < model.laneCount(); ++column) {
        kinds << model.laneAt(column).kind;
        addresses << model.laneAt(column).address;
        QCOMPARE(model.columnOf(model.laneAt(column).id), column);
    }
    QCOMPARE(kinds, (QList<LaneKind>{LaneKind::Listener, LaneKind::Connection, LaneKind::Connection,
                                     LaneKind::Client, LaneKind::Outside, LaneKind::Outside,
                                     LaneKind::Datagram, LaneKind::Datagram}));
    QCOMPARE(addresses.at(0), S);
    QCOMPARE(addresses.at(1), C);       // the server's socket for the client
    QCOMPARE(addresses.at(2), Outside); // and for the outside client
    QCOMPARE(addresses.at(3), C);       // the client's own socket
    QVERIFY(model.laneAt(3).closed);

    QList<ArrowKind> arrows;
    for (int i = 0; i < model.arrowCount(); ++i)
        arrows << model.arrow(i).kind;
    QCOMPARE(arrows, (QList<ArrowKind>{ArrowKind::Listen, ArrowKind::Connect, ArrowKind::Accept,
                                       ArrowKind::Data, ArrowKind::Data, ArrowKind::Accept,
                                       ArrowKind::Data, ArrowKind::Close, ArrowKind::Error,
                                       ArrowKind::Listen, ArrowKind::Data}));
    const auto laneOf = [&model](int column) { return model.laneAt(column).id; };
    // connect: client -> the listening server
    QCOMPARE(model.arrow(1).from, laneOf(3));
    QCOMPARE(model.arrow(1).to, laneOf(0));
    // accept: server -> its new connection
    QCOMPARE(model.arrow(2).from, laneOf(0));
    QCOMPARE(model.arrow(2).to, laneOf(1));
    // hello: client -> connection, 5 bytes, both recv rows linked to it
    QCOMPARE(model.arrow(3).from, laneOf(3));
    QCOMPARE(model.arrow(3).to, laneOf(1));
    QCOMPARE(model.arrow(3).bytes, 5);
    QCOMPARE(model.arrow(3).label, QStringLiteral("hello"));
    QCOMPARE(model.sourceRow(3), 4);
    QCOMPARE(model.otherSourceRow(3), 5);
    QCOMPARE(model.arrowForRow(4), 3);
    QCOMPARE(model.arrowForRow(5), 3);
    QCOMPARE(model.arrowForRow(6), 3);
    // the echo back, its recv linked
    QCOMPARE(model.arrow(4).from, laneOf(1));
    QCOMPARE(model.arrow(4).to, laneOf(3));
    QCOMPARE(model.arrowForRow(8), 4);
    // the outside client's data comes from its own lane
    QCOMPARE(model.arrow(6).from, laneOf(4));
    QCOMPARE(model.arrow(6).to, laneOf(2));
    // the client closed first; the server's close is the same arrow
    QCOMPARE(model.arrow(7).from, laneOf(3));
    QCOMPARE(model.arrow(7).to, laneOf(1));
    QCOMPARE(model.arrowForRow(12), 7);
    // refused: an error arrow to where the client tried to go
    QCOMPARE(model.arrow(8).from, laneOf(3));
    QCOMPARE(model.lane(model.arrow(8).to).address, QStringLiteral("127.0.0.1:9"));
    // UDP: one arrow for the datagram, the receiver's row linked
    QCOMPARE(model.arrow(10).from, laneOf(7));
    QCOMPARE(model.arrow(10).to, laneOf(6));
    QCOMPARE(model.arrowForRow(16), 10);
    // rows without an arrow
    QCOMPARE(model.arrowForRow(1), -1);
}

void TestSequenceModel::capKeepsTheNewest()
{
    SequenceModel model;
    model.setMaxArrows(3);
    QSignalSpy removed(&model, &SequenceModel::arrowsRemoved);
    play(model);
    QCOMPARE(model.arrowCount(), 3);
    QCOMPARE(model.droppedArrows(), 8);
    QVERIFY(removed.count() > 0);
    QCOMPARE(model.arrow(2).kind, ArrowKind::Data);
    QCOMPARE(model.arrowForRow(16), 2);
    QCOMPARE(model.arrowForRow(4), -1); // its arrow is gone
}

void TestSequenceModel::followsTheTrafficModel()
{
    TrafficModel traffic;
    QAbstractItemModelTester tester(&traffic);
    SequenceModel model;
    model.setSource(&traffic);
    QSignalSpy lanes(&model, &SequenceModel::lanesChanged);
    for (const TrafficEvent &e : conversation())
        traffic.record(e);
    traffic.flush();
    QCOMPARE(model.arrowCount(), 11);
    QVERIFY(lanes.count() >= 1);
    QSignalSpy reset(&model, &SequenceModel::modelReset);
    traffic.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.arrowCount(), 0);
    QCOMPARE(model.laneCount(), 0);
}

void TestSequenceModel::manyEventsStayBounded()
{
    // A load test: thousands of clients and messages; lanes and arrows stay capped.
    SequenceModel model;
    model.setMaxArrows(5000);
    int row = 0;
    model.addEvent(makeEvent(1, QStringLiteral("Server"), EventKind::Listen, S, QString()), row++);
    for (int client = 0; client < 2000; ++client) {
        const QString c = QStringLiteral("127.0.0.1:%1").arg(30000 + client);
        model.addEvent(makeEvent(1, QStringLiteral("Server"), EventKind::Accept, S, c), row++);
        model.addEvent(makeEvent(1, QStringLiteral("Server"), EventKind::Recv, S, c, "x"), row++);
        model.addEvent(makeEvent(1, QStringLiteral("Server"), EventKind::Send, S, c, "y"), row++);
    }
    QCOMPARE(model.arrowCount(), 5000);
    QVERIFY(model.laneCount() <= swb::models::SequenceLanes::maxLanes + 2);
    QCOMPARE(model.laneAt(model.laneCount() - 1).kind, LaneKind::Overflow);
}

QTEST_GUILESS_MAIN(TestSequenceModel)
#include "tst_sequencemodel.moc"
