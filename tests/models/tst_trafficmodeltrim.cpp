#include "models/trafficmodel.h"
#include "tests/models/testevents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using swb::models::TrafficModel;
using swb::tests::recordMany;

// The traffic table's memory cap: when the rows outgrow the limit, the oldest
// go in one rowsRemoved batch down to 90% of it, and the count of dropped rows
// is kept and signalled. QAbstractItemModelTester checks every signal.
class TestTrafficModelTrim : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void limitExactlyAtUsageKeepsEverything();
    void oneByteOverTrimsToNinetyPercent();
    void limitBelowOneEventDropsEverything();
    void batchBiggerThanLimit();
    void droppedCountAccumulates();

private:
    std::unique_ptr<TrafficModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTrafficModelTrim::init()
{
    m_model = std::make_unique<TrafficModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTrafficModelTrim::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestTrafficModelTrim::limitExactlyAtUsageKeepsEverything()
{
    recordMany(*m_model, 40, 100);
    m_model->flush();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy dropped(m_model.get(), &TrafficModel::rowsDropped);
    m_model->setMemoryLimit(m_model->memoryUsed());
    QCOMPARE(removed.count(), 0);
    QCOMPARE(dropped.count(), 0);
    QCOMPARE(m_model->rowCount(), 40);
    QCOMPARE(m_model->droppedRows(), 0);
}

void TestTrafficModelTrim::oneByteOverTrimsToNinetyPercent()
{
    recordMany(*m_model, 100, 100);
    m_model->flush();
    const qint64 used = m_model->memoryUsed();
    const qint64 perRow = used / 100; // equal payloads, equal footprints
    QCOMPARE(perRow * 100, used);

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy dropped(m_model.get(), &TrafficModel::rowsDropped);
    const qint64 limit = used - 1;
    m_model->setMemoryLimit(limit);

    const qint64 target = limit - limit / 10;
    // Just enough of the oldest rows go to get under 90% of the limit, in one batch.
    const int expectedDropped = int((used - target + perRow - 1) / perRow);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), expectedDropped - 1);
    QCOMPARE(m_model->droppedRows(), qint64(expectedDropped));
    QCOMPARE(m_model->rowCount(), 100 - expectedDropped);
    QCOMPARE(m_model->memoryUsed(), used - expectedDropped * perRow);
    QVERIFY(m_model->memoryUsed() <= target);
    QVERIFY(m_model->memoryUsed() + perRow > target);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toLongLong(), qint64(expectedDropped));
    QCOMPARE(m_model->event(0).seq, quint64(expectedDropped + 1));
}

void TestTrafficModelTrim::limitBelowOneEventDropsEverything()
{
    recordMany(*m_model, 10, 100);
    m_model->flush();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    // Smaller than any single event: nothing fits, so every row goes, including the newest.
    m_model->setMemoryLimit(10);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 9);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->droppedRows(), 10);
    QCOMPARE(m_model->memoryUsed(), 0);

    // New rows arrive and go at once; the count keeps up and nothing breaks.
    recordMany(*m_model, 3, 1);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->droppedRows(), 13);
    QCOMPARE(m_model->counters(1).rxMessages, 13); // counters are not memory-capped

    // Zero and negative limits are clamped, not divided by or looped on.
    m_model->setMemoryLimit(0);
    m_model->setMemoryLimit(-5);
    recordMany(*m_model, 2, 0);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->droppedRows(), 15);
}

void TestTrafficModelTrim::batchBiggerThanLimit()
{
    recordMany(*m_model, 1, 100);
    m_model->flush();
    const qint64 perRow = m_model->memoryUsed();
    m_model->setMemoryLimit(perRow * 5);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    recordMany(*m_model, 20, 100);
    m_model->flush();
    // The whole batch goes in, then the oldest go out, each in one signal.
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 20);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    const int kept = m_model->rowCount();
    QCOMPARE(removed.at(0).at(2).toInt(), 21 - kept - 1);
    // 90% of five rows holds four.
    QCOMPARE(kept, 4);
    QCOMPARE(m_model->droppedRows(), qint64(21 - kept));
    QVERIFY(m_model->memoryUsed() <= perRow * 5 - perRow * 5 / 10);
    // The newest rows are the ones kept.
    QCOMPARE(m_model->event(kept - 1).seq, quint64(21));
}

void TestTrafficModelTrim::droppedCountAccumulates()
{
    recordMany(*m_model, 1, 50);
    m_model->flush();
    m_model->setMemoryLimit(m_model->memoryUsed() * 10);
    QSignalSpy dropped(m_model.get(), &TrafficModel::rowsDropped);
    for (int round = 0; round < 3; ++round) {
        recordMany(*m_model, 20, 50);
        m_model->flush();
    }
    QVERIFY(dropped.count() >= 2);
    qint64 previous = 0;
    for (const QList<QVariant> &args : dropped) {
        QVERIFY(args.at(0).toLongLong() > previous); // a running total, not per batch
        previous = args.at(0).toLongLong();
    }
    QCOMPARE(previous, m_model->droppedRows());
    QCOMPARE(m_model->droppedRows() + m_model->rowCount(), 61);
}

QTEST_GUILESS_MAIN(TestTrafficModelTrim)
#include "tst_trafficmodeltrim.moc"
