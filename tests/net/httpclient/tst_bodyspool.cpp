// BodySpool keeps every byte in order whatever the sizes of the pieces:
// small pieces gathered into blocks, large ones written as they are, the
// first displayLimit bytes in memory as well.
#include "net/httpclient/bodyspool.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using swb::net::BodySpool;

class TestBodySpool : public QObject
{
    Q_OBJECT

private slots:
    void keepsOrder_data();
    void keepsOrder();
};

void TestBodySpool::keepsOrder_data()
{
    QTest::addColumn<QList<int>>("pieces");
    QTest::addColumn<qint64>("limit");
    const int k = 1024;
    QTest::newRow("fits in memory") << QList<int>{10, 20, 30} << qint64(100);
    QTest::newRow("small pieces over the limit") << QList<int>{300, 300, 300, 300} << qint64(500);
    // A large piece after small ones waiting for their block: they go first.
    QTest::newRow("small, large, small") << QList<int>{100 * k, 700 * k, 5, 300 * k, 1}
                                         << qint64(64 * k);
    QTest::newRow("around the block size")
        << QList<int>{1024 * k - 1, 1, 1024 * k, 1024 * k + 1, 256 * k - 1, 256 * k} << qint64(4 * k);
}

void TestBodySpool::keepsOrder()
{
    QFETCH(QList<int>, pieces);
    QFETCH(qint64, limit);
    BodySpool spool(limit);
    QByteArray all;
    int n = 0;
    for (const int size : pieces) {
        QByteArray piece(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            piece[i] = char('a' + (n++ % 26));
        all += piece;
        const swb::Result<void> kept = spool.append(piece);
        QVERIFY2(kept.ok(), qPrintable(kept.message()));
    }
    QCOMPARE(spool.size(), qint64(all.size()));
    QCOMPARE(spool.isSpooled(), all.size() > limit);
    QCOMPARE(spool.head(), all.left(limit));
    QCOMPARE(spool.read(0, all.size()), all);
    QCOMPARE(spool.read(all.size() / 3, 1000), all.mid(all.size() / 3, 1000));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("body.bin"));
    const swb::Result<void> done = spool.saveTo(path);
    QVERIFY2(done.ok(), qPrintable(done.message()));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), all);
}

QTEST_MAIN(TestBodySpool)

#include "tst_bodyspool.moc"
