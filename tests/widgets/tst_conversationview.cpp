#include "models/conversationmodel.h"
#include "models/messageframer.h"
#include "models/trafficmodel.h"
#include "net/trafficevent.h"
#include "widgets/bytedetailview.h"
#include "widgets/conversationview.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTableView>
#include <QTest>

#include <memory>

using swb::models::ConversationModel;
using swb::models::MessageFramer;
using swb::models::TrafficModel;
using swb::net::EventKind;
using swb::net::TrafficEvent;
using swb::widgets::ConversationView;
using Mode = MessageFramer::Mode;

// A scripted conversation in which the network merged and split messages:
// the client's "HELLO\n" arrives as "HEL" + "LO\nWOR", its "WORLD\n" ends in
// a later read, the server's two "ok\n" replies go out in one write, and
// "tail" never gets its newline. Each framing must cut it as a program would.
class TestConversationView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsConnectionsNotListeners();
    void asReceivedShowsEachRead();
    void byLine();
    void byDelimiterWithEscapes();
    void byFixedLength();
    void selectingAPieceShowsItsBytes();
    void directionsDifferByColourAndArrow();

private:
    void record(EventKind kind, const QByteArray &data, int remotePort = 50000);
    struct Expected
    {
        bool sent;
        QByteArray bytes;
        quint64 firstSeq;
        quint64 lastSeq;
        bool complete;
    };
    void comparePieces(const QList<Expected> &expected);

    std::unique_ptr<TrafficModel> m_traffic;
    std::unique_ptr<ConversationView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestConversationView::record(EventKind kind, const QByteArray &data, int remotePort)
{
    TrafficEvent e;
    e.timeMs = 1700000000000;
    e.panelId = 1;
    e.panel = QStringLiteral("Echo");
    e.kind = kind;
    e.local = QStringLiteral("127.0.0.1:8001");
    e.remote = remotePort ? QStringLiteral("127.0.0.1:%1").arg(remotePort) : QString();
    e.data = data;
    m_traffic->record(std::move(e));
}

void TestConversationView::init()
{
    m_traffic = std::make_unique<TrafficModel>();
    record(EventKind::Listen, QByteArray(), 0);       // seq 1, no remote end
    record(EventKind::Accept, QByteArray());          // 2
    record(EventKind::Recv, "HEL");                   // 3
    record(EventKind::Recv, "noise\n", 50001);        // 4, another connection
    record(EventKind::Recv, "LO\nWOR");               // 5
    record(EventKind::Send, "ok\nok\n");              // 6
    record(EventKind::Recv, "LD\n");                  // 7
    record(EventKind::Recv, "tail");                  // 8
    m_traffic->flush();
    m_view = std::make_unique<ConversationView>(m_traffic.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->selectConversation(0);
}

void TestConversationView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_traffic.reset();
}

void TestConversationView::comparePieces(const QList<Expected> &expected)
{
    ConversationModel *model = m_view->model();
    QCOMPARE(model->rowCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        const MessageFramer::Piece &got = model->piece(row);
        const Expected &want = expected.at(row);
        const QByteArray where = "piece " + QByteArray::number(row) + ": " + got.bytes;
        QVERIFY2(got.sent == want.sent, where.constData());
        QCOMPARE(got.bytes, want.bytes);
        QCOMPARE(got.firstSeq, want.firstSeq);
        QCOMPARE(got.lastSeq, want.lastSeq);
        QVERIFY2(got.complete == want.complete, where.constData());
        QCOMPARE(model->index(row, 0)
                     .data(ConversationModel::PayloadRole)
                     .toByteArray(),
                 want.bytes);
    }
}

void TestConversationView::listsConnectionsNotListeners()
{
    QCOMPARE(m_view->conversations().size(), 2);
    QCOMPARE(m_view->conversations().at(0).remote, QStringLiteral("127.0.0.1:50000"));
    QCOMPARE(m_view->conversations().at(1).remote, QStringLiteral("127.0.0.1:50001"));
    QCOMPARE(m_view->model()->sentBytes(), 6);
    QCOMPARE(m_view->model()->receivedBytes(), 3 + 6 + 3 + 4);
    m_view->selectConversation(1);
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->piece(0).bytes, QByteArray("noise\n"));
}

void TestConversationView::asReceivedShowsEachRead()
{
    m_view->setFraming(Mode::AsReceived);
    comparePieces({{false, "HEL", 3, 3, true},
                   {false, "LO\nWOR", 5, 5, true},
                   {true, "ok\nok\n", 6, 6, true},
                   {false, "LD\n", 7, 7, true},
                   {false, "tail", 8, 8, true}});
}

void TestConversationView::byLine()
{
    m_view->setFraming(Mode::Lines);
    comparePieces({{false, "HELLO\n", 3, 5, true}, // split over two reads
                   {true, "ok\n", 6, 6, true},     // two replies merged in one write
                   {true, "ok\n", 6, 6, true},
                   {false, "WORLD\n", 5, 7, true},
                   {false, "tail", 8, 8, false}});
    QCOMPARE(m_view->model()->piece(0).events, 2);
    QVERIFY(m_view->model()->index(4, ConversationModel::ContentColumn).data().toString()
                .contains(QLatin1String("incomplete")));
}

void TestConversationView::byDelimiterWithEscapes()
{
    // Typed with an escape, as in the send box.
    m_view->setFraming(Mode::Delimiter, QStringLiteral("\\n"));
    QCOMPARE(m_view->model()->rowCount(), 5);
    QCOMPARE(m_view->model()->piece(3).bytes, QByteArray("WORLD\n"));
    // A delimiter of two bytes that straddles the split "HEL" | "LO".
    m_view->setFraming(Mode::Delimiter, QStringLiteral("LO"));
    comparePieces({{false, "HELLO", 3, 5, true},
                   {false, "\nWORLD\ntail", 5, 8, false},
                   {true, "ok\nok\n", 6, 6, false}});
}

void TestConversationView::byFixedLength()
{
    m_view->setFraming(Mode::FixedLength, QString(), 4);
    comparePieces({{false, "HELL", 3, 5, true},
                   {false, "O\nWO", 5, 5, true},
                   {true, "ok\no", 6, 6, true},
                   {false, "RLD\n", 5, 7, true},
                   {false, "tail", 8, 8, true},
                   {true, "k\n", 6, 6, false}});
}

void TestConversationView::selectingAPieceShowsItsBytes()
{
    m_view->setFraming(Mode::Lines);
    m_view->table()->selectRow(3);
    QCOMPARE(m_view->detail()->bytes(), QByteArray("WORLD\n"));
    m_view->table()->selectRow(1);
    QCOMPARE(m_view->detail()->bytes(), QByteArray("ok\n"));
}

void TestConversationView::directionsDifferByColourAndArrow()
{
    m_view->setFraming(Mode::AsReceived);
    ConversationModel *model = m_view->model();
    const QModelIndex received = model->index(0, ConversationModel::DirectionColumn);
    const QModelIndex sent = model->index(2, ConversationModel::DirectionColumn);
    QVERIFY(received.data().toString().contains(QChar(0x2190)));
    QVERIFY(sent.data().toString().contains(QChar(0x2192)));
    QCOMPARE(sent.data(ConversationModel::SentRole).toBool(), true);
    const QColor a = received.data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor b = sent.data(Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY(a != b);
    // Blue against orange: they differ in hue by far more than red against green would
    // for a colour-blind eye, and in lightness too.
    QVERIFY(qAbs(a.hue() - b.hue()) > 90);
}

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"
