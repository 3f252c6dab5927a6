#include "tests/models/testevents.h"

#include "models/trafficmodel.h"
#include "models/trafficstore.h"
#include "net/traffic/trafficevent.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using swb::models::TrafficModel;
using swb::models::TrafficStore;
using swb::net::EventKind;
using swb::net::Protocol;
using swb::net::TrafficEvent;
using swb::tests::compareEvents;

// The compact row store under the traffic table: what goes in comes out the
// same, and trimming from the front frees exactly the row and byte chunks that
// no remaining row needs. Small chunk sizes make the arithmetic visible:
// 100-byte arena chunks hold ten 10-byte payloads, row chunks hold four rows.
class TestTrafficStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField();
    void sourcesAreInterned();
    void removeZeroRowsChangesNothing();
    void removeFirstRowOnly();
    void removeAllButLastRow();
    void removeExactlyOneChunk();
    void removePartOfAChunk();
    void removeMoreThanSizeClamps();
    void removeEverythingFreesAllChunks();
    void emptyRowsKeepChunksInOrder();
    void freedChunksAreReused();
    void spareChunksAreBounded();
    void payloadBiggerThanChunkAndShrinking();
    void oneRowStore();
    void clearForgetsSources();
    void modelTrimLargerThanTheBatch();
    void modelTrimLeavesQueuedRowsAlone();

private:
    static TrafficEvent event(quint64 seq, const QByteArray &data, EventKind kind = EventKind::Recv,
                              const QString &remote = QStringLiteral("127.0.0.1:50000"));
    static void fill(TrafficStore &store, int count, int payloadSize = 10);
};

TrafficEvent TestTrafficStore::event(quint64 seq, const QByteArray &data, EventKind kind,
                                     const QString &remote)
{
    TrafficEvent e;
    e.seq = seq;
    e.timeMs = 1700000000000 + qint64(seq);
    e.panelId = 3;
    e.panel = QStringLiteral("Echo");
    e.protocol = Protocol::Tcp;
    e.kind = kind;
    e.local = QStringLiteral("127.0.0.1:8001");
    e.remote = remote;
    e.data = data;
    return e;
}

void TestTrafficStore::fill(TrafficStore &store, int count, int payloadSize)
{
    const quint64 first = store.isEmpty() ? 1 : store.seq(store.size() - 1) + 1;
    for (int i = 0; i < count; ++i) {
        const quint64 seq = first + quint64(i);
        store.append(event(seq, QByteArray(payloadSize, char('a' + seq % 26))));
    }
}

void TestTrafficStore::roundTripsEveryField()
{
    TrafficStore store(100, 2);
    TrafficEvent binary = event(7, QByteArray("\0\xff\r\n\x01", 5), EventKind::Send);
    binary.protocol = Protocol::Udp;
    binary.panelId = 9;
    binary.panel = QStringLiteral("UDP 对端");
    binary.remote = QStringLiteral("[::1]:9999");
    TrafficEvent error = event(8, QByteArray(), EventKind::Error);
    error.text = QStringLiteral("连接被拒绝 (refused)\n");
    TrafficEvent both = event(9, QByteArray("abc"), EventKind::Info);
    both.text = QStringLiteral("with a note");
    for (const TrafficEvent &e : {binary, error, both})
        store.append(e);

    QCOMPARE(store.size(), 3);
    const TrafficEvent expected[] = {binary, error, both};
    for (int row = 0; row < 3; ++row) {
        const TrafficEvent got = store.event(row);
        const TrafficEvent &want = expected[row];
        compareEvents(got, want);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(got.panelId, want.panelId);
        QCOMPARE(store.payload(row).toByteArray(), want.data);
        QCOMPARE(store.payloadSize(row), want.data.size());
        QCOMPARE(store.hasText(row), !want.text.isEmpty());
        QCOMPARE(store.footprint(row),
                 TrafficStore::rowOverhead() + want.data.size() + want.text.toUtf8().size());
    }
    QCOMPARE(store.footprint(), store.footprint(0) + store.footprint(1) + store.footprint(2));
}

void TestTrafficStore::sourcesAreInterned()
{
    TrafficStore store;
    // More peers than the store remembers as recent, so the hash is used too.
    for (int round = 0; round < 3; ++round) {
        for (int peer = 0; peer < 10; ++peer)
            store.append(event(quint64(round * 10 + peer + 1), "x", EventKind::Recv,
                               QStringLiteral("127.0.0.1:%1").arg(50000 + peer)));
    }
    QCOMPARE(store.sourceCount(), 10);
    for (int row = 0; row < 30; ++row) {
        QCOMPARE(store.sourceId(row), store.sourceId(row % 10));
        QCOMPARE(store.source(store.sourceId(row)).remote,
                 QStringLiteral("127.0.0.1:%1").arg(50000 + row % 10));
    }
    // Another panel name (a rename) is another source.
    TrafficEvent renamed = event(31, "y");
    renamed.panel = QStringLiteral("Renamed");
    store.append(renamed);
    QCOMPARE(store.sourceCount(), 11);
}

void TestTrafficStore::removeZeroRowsChangesNothing()
{
    TrafficStore store(100, 2);
    fill(store, 12);
    const qint64 footprint = store.footprint();
    store.removeFront(0);
    store.removeFront(-3);
    QCOMPARE(store.size(), 12);
    QCOMPARE(store.footprint(), footprint);
    QCOMPARE(store.arenaChunkCount(), 2);
    QCOMPARE(store.rowChunkCount(), 3);
    QCOMPARE(store.seq(0), quint64(1));
}

void TestTrafficStore::removeFirstRowOnly()
{
    TrafficStore store(100, 2);
    fill(store, 12);
    const qint64 before = store.footprint();
    store.removeFront(1);
    QCOMPARE(store.size(), 11);
    QCOMPARE(store.seq(0), quint64(2));
    QCOMPARE(store.payload(0).toByteArray(), QByteArray(10, char('a' + 2)));
    QCOMPARE(store.footprint(), before - (TrafficStore::rowOverhead() + 10));
    // Nothing whole was freed: rows 2..4 still use the first row chunk, rows 2..10 the first arena chunk.
    QCOMPARE(store.rowChunkCount(), 3);
    QCOMPARE(store.arenaChunkCount(), 2);
}

void TestTrafficStore::removeAllButLastRow()
{
    TrafficStore store(100, 2);
    fill(store, 25);
    QCOMPARE(store.arenaChunkCount(), 3);
    QCOMPARE(store.rowChunkCount(), 7);
    store.removeFront(24);
    QCOMPARE(store.size(), 1);
    QCOMPARE(store.seq(0), quint64(25));
    QCOMPARE(store.payload(0).toByteArray(), QByteArray(10, char('a' + 25 % 26)));
    QCOMPARE(store.footprint(), TrafficStore::rowOverhead() + 10);
    QCOMPARE(store.arenaChunkCount(), 1);
    QCOMPARE(store.rowChunkCount(), 1);
    // The store goes on from there.
    fill(store, 10);
    QCOMPARE(store.size(), 11);
    QCOMPARE(store.seq(10), quint64(35));
    QCOMPARE(store.payload(10).toByteArray(), QByteArray(10, char('a' + 35 % 26)));
}

void TestTrafficStore::removeExactlyOneChunk()
{
    TrafficStore store(100, 2);
    fill(store, 35);
    QCOMPARE(store.arenaChunkCount(), 4); // 10 + 10 + 10 + 5
    QCOMPARE(store.arenaCapacity(), 400);
    QCOMPARE(store.rowChunkCount(), 9);
    store.removeFront(10); // rows of the first arena chunk, and two and a half row chunks
    QCOMPARE(store.arenaChunkCount(), 3);
    QCOMPARE(store.arenaCapacity(), 300);
    QCOMPARE(store.rowChunkCount(), 7);
    QCOMPARE(store.seq(0), quint64(11));
    for (int row = 0; row < store.size(); ++row)
        QCOMPARE(store.payload(row).toByteArray(), QByteArray(10, char('a' + (row + 11) % 26)));
}

void TestTrafficStore::removePartOfAChunk()
{
    TrafficStore store(100, 2);
    fill(store, 35);
    store.removeFront(5);
    QCOMPARE(store.arenaChunkCount(), 4); // rows 6..10 still need the first chunk
    QCOMPARE(store.rowChunkCount(), 8);   // rows 1..4 were one whole row chunk
    store.removeFront(4);
    QCOMPARE(store.arenaChunkCount(), 4); // row 10 alone keeps it
    store.removeFront(1);
    QCOMPARE(store.arenaChunkCount(), 3);
    store.removeFront(13); // across a chunk boundary, part of the next one
    QCOMPARE(store.arenaChunkCount(), 2);
    QCOMPARE(store.seq(0), quint64(24));
    QCOMPARE(store.payload(0).toByteArray(), QByteArray(10, char('a' + 24 % 26)));
    QCOMPARE(store.footprint(), (35 - 23) * (TrafficStore::rowOverhead() + 10));
}

void TestTrafficStore::removeMoreThanSizeClamps()
{
    TrafficStore store(100, 2);
    fill(store, 7);
    store.removeFront(1000);
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.footprint(), 0);
    QCOMPARE(store.arenaChunkCount(), 0);
    QCOMPARE(store.rowChunkCount(), 0);
}

void TestTrafficStore::freedChunksAreReused()
{
    TrafficStore store(100, 2);
    fill(store, 40); // 10 bytes a row: 4 chunks
    QCOMPARE(store.spareBytes(), 0);
    store.removeFront(25); // the first two chunks are free now
    QVERIFY(store.spareBytes() >= 200);
    const qint64 spare = store.spareBytes();
    fill(store, 30, 7); // new rows take the spare chunks: different bytes, in them
    QVERIFY(store.spareBytes() < spare);
    QCOMPARE(store.size(), 45);
    for (qsizetype row = 0; row < store.size(); ++row) {
        const quint64 seq = store.seq(row);
        const int size = row < 15 ? 10 : 7;
        QCOMPARE(store.payload(row), QByteArrayView(QByteArray(size, char('a' + seq % 26))));
    }
    store.clear(); // all chunks back to the spare list, nothing else kept
    QCOMPARE(store.arenaChunkCount(), 0);
    QVERIFY(store.spareBytes() > 0);
    QCOMPARE(store.footprint(), 0);
    fill(store, 5, 20);
    QCOMPARE(store.payload(4), QByteArrayView(QByteArray(20, char('a' + store.seq(4) % 26))));
}

void TestTrafficStore::spareChunksAreBounded()
{
    // 1 MiB chunks, 70 of them: clear() keeps no more than the bound.
    TrafficStore store(qsizetype(1) << 20, 4);
    const QByteArray payload((qsizetype(1) << 20) - 100, 'x');
    for (int i = 0; i < 70; ++i)
        store.append(event(quint64(i + 1), payload));
    QVERIFY(store.arenaChunkCount() >= 70);
    store.clear();
    QVERIFY(store.spareBytes() > TrafficStore::maxSpareBytes - (qint64(1) << 20));
    QVERIFY(store.spareBytes() <= TrafficStore::maxSpareBytes);
}

void TestTrafficStore::removeEverythingFreesAllChunks()
{
    TrafficStore store(100, 2);
    fill(store, 40);
    store.removeFront(40);
    QVERIFY(store.isEmpty());
    QCOMPARE(store.arenaChunkCount(), 0);
    QCOMPARE(store.rowChunkCount(), 0);
    QCOMPARE(store.footprint(), 0);
    // Sources keep their numbers: rows added later still name the same source.
    QCOMPARE(store.sourceCount(), 1);
    fill(store, 3);
    QCOMPARE(store.size(), 3);
    QCOMPARE(store.sourceId(0), quint32(0));
    QCOMPARE(store.payload(2).toByteArray(), QByteArray(10, char('a' + 3 % 26)));
}

void TestTrafficStore::emptyRowsKeepChunksInOrder()
{
    TrafficStore store(100, 2);
    fill(store, 10); // exactly one full chunk
    store.append(event(11, QByteArray(), EventKind::Close)); // no bytes, after a full chunk
    fill(store, 3);
    QCOMPARE(store.arenaChunkCount(), 2);
    store.removeFront(10); // the empty row comes first now
    QCOMPARE(store.size(), 4);
    QCOMPARE(int(store.kind(0)), int(EventKind::Close));
    QVERIFY(store.payload(0).isEmpty());
    QCOMPARE(store.payload(1).toByteArray(), QByteArray(10, char('a' + 12 % 26)));
    QCOMPARE(store.arenaChunkCount(), 1);
    store.removeFront(1);
    QCOMPARE(store.arenaChunkCount(), 1);
    QCOMPARE(store.payload(2).toByteArray(), QByteArray(10, char('a' + 14 % 26)));
}

void TestTrafficStore::payloadBiggerThanChunkAndShrinking()
{
    TrafficStore store(100, 2);
    fill(store, 5);                                 // 50 of the first 100 bytes
    store.append(event(6, QByteArray(250, 'B')));   // a chunk of its own
    fill(store, 1);
    QCOMPARE(store.arenaChunkCount(), 3);
    // The first chunk gave back its unused half when it was closed.
    QCOMPARE(store.arenaCapacity(), 50 + 250 + 100);
    QCOMPARE(store.payload(5).toByteArray(), QByteArray(250, 'B'));
    QCOMPARE(store.payload(4).toByteArray(), QByteArray(10, char('a' + 5)));
    QCOMPARE(store.payload(6).toByteArray(), QByteArray(10, char('a' + 7)));
    store.removeFront(5);
    QCOMPARE(store.arenaChunkCount(), 2);
    QCOMPARE(store.payload(0).toByteArray(), QByteArray(250, 'B'));
}

void TestTrafficStore::oneRowStore()
{
    TrafficStore store(100, 2);
    fill(store, 1);
    QCOMPARE(store.size(), 1);
    QCOMPARE(store.arenaChunkCount(), 1);
    QCOMPARE(store.rowChunkCount(), 1);
    store.removeFront(1);
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.arenaChunkCount(), 0);
    fill(store, 1);
    QCOMPARE(store.seq(0), quint64(1));
    QCOMPARE(store.payload(0).toByteArray(), QByteArray(10, char('a' + 1)));
}

void TestTrafficStore::clearForgetsSources()
{
    TrafficStore store(100, 2);
    fill(store, 12);
    store.clear();
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.sourceCount(), 0);
    QCOMPARE(store.arenaChunkCount(), 0);
    QCOMPARE(store.footprint(), 0);
    fill(store, 2);
    QCOMPARE(store.sourceCount(), 1);
    QCOMPARE(store.event(1).remote, QStringLiteral("127.0.0.1:50000"));
}

void TestTrafficStore::modelTrimLargerThanTheBatch()
{
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 100; ++i)
        model.record(event(0, QByteArray(60, 'p')));
    model.flush();
    const qint64 perRow = model.memoryUsed() / 100;
    model.setMemoryLimit(model.memoryUsed() + 2 * perRow);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // Three rows go over the limit; the trim takes far more than those three, at once.
    for (int i = 0; i < 3; ++i)
        model.record(event(0, QByteArray(60, 'q')));
    model.flush();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    const int gone = removed.at(0).at(2).toInt() + 1;
    QVERIFY2(gone > 3, qPrintable(QString::number(gone)));
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 103 - gone);
    QCOMPARE(model.droppedRows(), qint64(gone));
    QVERIFY(model.memoryUsed() <= model.memoryLimit() - model.memoryLimit() / 10);
    QCOMPARE(model.event(model.rowCount() - 1).data, QByteArray(60, 'q'));
    QCOMPARE(model.event(0).seq, quint64(gone + 1));
}

void TestTrafficStore::modelTrimLeavesQueuedRowsAlone()
{
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 10; ++i)
        model.record(event(0, QByteArray(60, 'p')));
    model.flush();
    for (int i = 0; i < 10; ++i)
        model.record(event(0, QByteArray(60, 'q'))); // queued, not shown yet
    // Only shown rows can leave; the queued ones go in at the next flush and
    // are trimmed then if they must.
    model.setMemoryLimit(1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.droppedRows(), 10);
    QVERIFY(model.memoryUsed() > 0);
    model.flush();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.droppedRows(), 20);
    QCOMPARE(model.memoryUsed(), 0);
}

QTEST_GUILESS_MAIN(TestTrafficStore)
#include "tst_trafficstore.moc"
