#include "models/trafficmodel.h"
#include "models/trafficpreview.h"
#include "net/payload/textcodec.h"
#include "net/traffic/trafficevent.h"
#include "tests/models/testevents.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTime>

#include <memory>

using swb::models::TrafficModel;
using swb::models::TrafficPreview;
using swb::net::EventKind;
using swb::net::TextCodec;
using swb::net::TextEncoding;
using swb::net::TrafficEvent;
using swb::tests::makeEvent;
using swb::tests::recordMany;

// The live traffic table: batching, counters and display roles (the memory cap
// has its own test, tst_trafficmodeltrim).
// Every test runs with QAbstractItemModelTester watching the model, so any
// insert/remove/reset that does not match what rowCount() says fails the test.
class TestTrafficModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testerSurvivesBatchesTrimsAndClears();
    void manyRecordsOneFlushOneInsert();
    void flushWithNothingQueuedIsSilent();
    void timerFlushesByItself();
    void seqNumbersIncrease();
    void countersOnlyForRecvAndSend();
    void displayColumns();
    void rolesAndAlignment();
    void previewEscapesControlCharacters();
    void previewOfHugePayloadIsCutPayloadIsNot();
    void errorRowsHaveForeground();
    void clearEmptiesQueueAndCounters();
    void retranslateEmitsHeaderDataChanged();
    void gbkPreviewEncoding();

private:
    QVariant cell(int row, int column, int role = Qt::DisplayRole) const;

    std::unique_ptr<TrafficModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTrafficModel::init()
{
    m_model = std::make_unique<TrafficModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTrafficModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

QVariant TestTrafficModel::cell(int row, int column, int role) const
{
    return m_model->data(m_model->index(row, column), role);
}

void TestTrafficModel::testerSurvivesBatchesTrimsAndClears()
{
    // A mixed stream: batches of varying size, a cap that forces trims, a clear
    // in the middle. The tester checks every signal against the model's state.
    for (int round = 0; round < 30; ++round) {
        for (int i = 0; i <= round % 7; ++i) {
            const EventKind kind = static_cast<EventKind>((round + i) % 8);
            m_model->record(makeEvent(kind, QByteArray(round * 13 % 200, 'x'), round % 3));
        }
        m_model->flush();
        if (round == 10)
            m_model->setMemoryLimit(m_model->memoryUsed() / 2);
        if (round == 20)
            m_model->clear();
    }
    QVERIFY(m_model->rowCount() > 0);
    QVERIFY(m_model->droppedRows() > 0);
}

void TestTrafficModel::manyRecordsOneFlushOneInsert()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    recordMany(*m_model, 500, 10);
    QCOMPARE(m_model->rowCount(), 0); // queued, not yet in the table
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 500);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 499);

    recordMany(*m_model, 20, 10);
    m_model->flush();
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 500);
    QCOMPARE(inserted.at(1).at(2).toInt(), 519);
}

void TestTrafficModel::flushWithNothingQueuedIsSilent()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->flush();
    QCOMPARE(inserted.count(), 0);
}

void TestTrafficModel::timerFlushesByItself()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    recordMany(*m_model, 7, 4);
    QCOMPARE(m_model->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 7, 5000);
    QCOMPARE(inserted.count(), 1);
}

void TestTrafficModel::seqNumbersIncrease()
{
    recordMany(*m_model, 50, 8);
    m_model->flush();
    m_model->setMemoryLimit(m_model->memoryUsed() / 2);
    recordMany(*m_model, 10, 8);
    m_model->flush();
    QVERIFY(m_model->rowCount() > 1);
    quint64 previous = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const quint64 seq = cell(row, 0, TrafficModel::SeqRole).toULongLong();
        QCOMPARE(seq, m_model->event(row).seq);
        QVERIFY2(seq > previous, qPrintable(QStringLiteral("row %1: seq %2 after %3")
                                                .arg(row).arg(seq).arg(previous)));
        previous = seq;
    }
    // Dropped rows took their seq numbers with them: the first kept row says how many went.
    QCOMPARE(m_model->event(0).seq, quint64(m_model->droppedRows()) + 1);
    QCOMPARE(previous, quint64(60));
}

void TestTrafficModel::countersOnlyForRecvAndSend()
{
    m_model->record(makeEvent(EventKind::Recv, "abc", 1));
    m_model->record(makeEvent(EventKind::Recv, "defgh", 1));
    m_model->record(makeEvent(EventKind::Send, "12", 1));
    m_model->record(makeEvent(EventKind::Send, "1234567", 2));
    // Payload-carrying events of other kinds are not traffic of the panel.
    m_model->record(makeEvent(EventKind::Info, "not counted", 1));
    m_model->record(makeEvent(EventKind::Error, "nor this", 2, QStringLiteral("boom")));
    for (EventKind kind : {EventKind::Listen, EventKind::Accept, EventKind::Connect,
                           EventKind::Close})
        m_model->record(makeEvent(kind, QByteArray(), 1));

    // Counted as they arrive, before the table shows them.
    const TrafficModel::Counters one = m_model->counters(1);
    QCOMPARE(one.rxBytes, 8);
    QCOMPARE(one.rxMessages, 2);
    QCOMPARE(one.txBytes, 2);
    QCOMPARE(one.txMessages, 1);
    const TrafficModel::Counters two = m_model->counters(2);
    QCOMPARE(two.rxBytes, 0);
    QCOMPARE(two.rxMessages, 0);
    QCOMPARE(two.txBytes, 7);
    QCOMPARE(two.txMessages, 1);
    const TrafficModel::Counters unknown = m_model->counters(99);
    QCOMPARE(unknown.rxBytes + unknown.txBytes + unknown.rxMessages + unknown.txMessages, 0);
}

void TestTrafficModel::displayColumns()
{
    TrafficEvent recv = makeEvent(EventKind::Recv, "hello", 3);
    recv.timeMs = QDateTime(QDate(2024, 5, 6), QTime(13, 14, 15, 678)).toMSecsSinceEpoch();
    m_model->record(recv);
    m_model->record(makeEvent(EventKind::Listen, QByteArray(), 3, QStringLiteral("Listening")));
    m_model->flush();

    QCOMPARE(m_model->columnCount(), int(TrafficModel::ColumnCount));
    QCOMPARE(cell(0, TrafficModel::TimeColumn).toString(), QStringLiteral("13:14:15.678"));
    QCOMPARE(cell(0, TrafficModel::PanelColumn).toString(), QStringLiteral("Panel 3"));
    QCOMPARE(cell(0, TrafficModel::ProtocolColumn).toString(), QStringLiteral("TCP"));
    QCOMPARE(cell(0, TrafficModel::KindColumn).toString(), TrafficModel::kindLabel(EventKind::Recv));
    QVERIFY(cell(0, TrafficModel::KindColumn).toString().contains(QStringLiteral("recv")));
    QCOMPARE(cell(0, TrafficModel::LocalColumn).toString(), QStringLiteral("127.0.0.1:8001"));
    QCOMPARE(cell(0, TrafficModel::RemoteColumn).toString(), QStringLiteral("127.0.0.1:50312"));
    QCOMPARE(cell(0, TrafficModel::BytesColumn).toLongLong(), 5);
    QCOMPARE(cell(0, TrafficModel::PreviewColumn).toString(), QStringLiteral("hello"));

    // A listen row has no byte count, and its message stands in for the preview.
    QVERIFY(!cell(1, TrafficModel::BytesColumn).isValid());
    QCOMPARE(cell(1, TrafficModel::PreviewColumn).toString(), QStringLiteral("Listening"));
    QCOMPARE(cell(1, TrafficModel::PreviewColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("Listening"));
    QVERIFY(!cell(0, TrafficModel::PreviewColumn, Qt::ToolTipRole).isValid());

    // Out of range and invalid indexes answer nothing rather than crash.
    QVERIFY(!m_model->data(QModelIndex()).isValid());
    QVERIFY(!m_model->index(2, 0).isValid());
    for (int column = 0; column < TrafficModel::ColumnCount; ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestTrafficModel::rolesAndAlignment()
{
    m_model->record(makeEvent(EventKind::Send, "payload\r\n", 4));
    m_model->flush();
    QCOMPARE(cell(0, 0, TrafficModel::PayloadRole).toByteArray(), QByteArray("payload\r\n"));
    QCOMPARE(cell(0, 0, TrafficModel::KindRole).toInt(), int(EventKind::Send));
    QCOMPARE(cell(0, 0, TrafficModel::PanelIdRole).toInt(), 4);
    QCOMPARE(cell(0, 0, TrafficModel::SeqRole).toULongLong(), quint64(1));
    QCOMPARE(cell(0, TrafficModel::BytesColumn, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    // Plain traffic keeps the view's default colour.
    QVERIFY(!cell(0, 0, Qt::ForegroundRole).isValid());
}

void TestTrafficModel::previewEscapesControlCharacters()
{
    m_model->record(makeEvent(EventKind::Recv, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
    m_model->record(makeEvent(EventKind::Recv, QByteArray("a\tb\x01\x7f\x1b[2J", 9)));
    m_model->flush();
    const QString http = cell(0, TrafficModel::PreviewColumn).toString();
    QCOMPARE(http, QStringLiteral("GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n"));
    const QString controls = cell(1, TrafficModel::PreviewColumn).toString();
    QCOMPARE(controls, QStringLiteral("a\\tb\\x01\\x7f\\x1b[2J"));
    for (const QString &text : {http, controls}) {
        for (const QChar c : text)
            QVERIFY2(c.unicode() >= 0x20, qPrintable(text));
    }
}

void TestTrafficModel::previewOfHugePayloadIsCutPayloadIsNot()
{
    const QByteArray huge(1 << 20, 'z');
    m_model->record(makeEvent(EventKind::Recv, huge));
    m_model->flush();
    const QString preview = cell(0, TrafficModel::PreviewColumn).toString();
    QVERIFY2(preview.size() <= TrafficPreview::defaultLength + 1,
             qPrintable(QString::number(preview.size())));
    QVERIFY(preview.endsWith(QChar(0x2026)));
    QCOMPARE(cell(0, 0, TrafficModel::PayloadRole).toByteArray().size(), huge.size());
    QCOMPARE(cell(0, TrafficModel::BytesColumn).toLongLong(), qlonglong(huge.size()));
}

void TestTrafficModel::errorRowsHaveForeground()
{
    m_model->record(makeEvent(EventKind::Error, QByteArray(), 1, QStringLiteral("Connection refused")));
    m_model->record(makeEvent(EventKind::Accept));
    m_model->flush();
    const QVariant error = cell(0, TrafficModel::PreviewColumn, Qt::ForegroundRole);
    QVERIFY(error.canConvert<QBrush>());
    const QColor errorColor = error.value<QBrush>().color();
    QVERIFY(errorColor.isValid());
    // Errors must stand out from the grey of the other non-data rows.
    const QVariant accept = cell(1, TrafficModel::PreviewColumn, Qt::ForegroundRole);
    QVERIFY(accept.canConvert<QBrush>());
    QVERIFY(accept.value<QBrush>().color() != errorColor);
    QVERIFY(errorColor.red() > errorColor.green() && errorColor.red() > errorColor.blue());
}

void TestTrafficModel::clearEmptiesQueueAndCounters()
{
    recordMany(*m_model, 10, 10);
    m_model->flush();
    m_model->setMemoryLimit(m_model->memoryUsed() / 2);
    QVERIFY(m_model->droppedRows() > 0);
    recordMany(*m_model, 5, 10); // still queued when clear() comes

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy dropped(m_model.get(), &TrafficModel::rowsDropped);
    m_model->clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toLongLong(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->droppedRows(), 0);
    QCOMPARE(m_model->memoryUsed(), 0);
    QCOMPARE(m_model->counters(1).rxMessages, 0);
    // The queued events were cleared too: the timer brings nothing back.
    QTest::qWait(3 * TrafficModel::flushIntervalMs);
    QCOMPARE(m_model->rowCount(), 0);

    recordMany(*m_model, 1, 1);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_model->event(0).seq > 15); // seq stays unique across clears
}

void TestTrafficModel::retranslateEmitsHeaderDataChanged()
{
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    m_model->retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), TrafficModel::ColumnCount - 1);
}

void TestTrafficModel::gbkPreviewEncoding()
{
    const QString chinese = QStringLiteral("中文测试");
    const QByteArray gbk = TextCodec::encode(chinese, TextEncoding::Gbk);
    QCOMPARE(gbk.size(), 8); // two bytes a character: really GBK, not UTF-8
    m_model->record(makeEvent(EventKind::Recv, gbk));
    m_model->flush();
    QVERIFY(cell(0, TrafficModel::PreviewColumn).toString() != chinese);

    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    m_model->setPreviewEncoding(TextEncoding::Gbk);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(m_model->previewEncoding(), TextEncoding::Gbk);
    QCOMPARE(cell(0, TrafficModel::PreviewColumn).toString(), chinese);
    m_model->setPreviewEncoding(TextEncoding::Gbk);
    QCOMPARE(layout.count(), 1); // no change, no signal
}

QTEST_GUILESS_MAIN(TestTrafficModel)
#include "tst_trafficmodel.moc"
