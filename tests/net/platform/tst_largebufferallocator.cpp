#include "net/platform/largebufferallocator.h"
#include "net/platform/linuxlargebufferallocator.h"
#include "net/platform/portablelargebufferallocator.h"
#include "platformrows.h"

#include <QTest>

#include <cstring>

using swb::net::LargeBlock;
using swb::net::LargeBufferAllocator;

// Whatever the allocator, a block is writable over its whole length, keeps its
// start when shrunk, and goes back to the allocator that made it. Only Linux
// gives 2 MiB multiples a 2 MiB-aligned mapping of their own.
class TestLargeBufferAllocator : public QObject
{
    Q_OBJECT
private slots:
    void blocksHoldTheirBytes_data();
    void blocksHoldTheirBytes();
    void chosenByTheBuild();
};

void TestLargeBufferAllocator::blocksHoldTheirBytes_data()
{
    QTest::addColumn<bool>("portable");
    QTest::addColumn<qint64>("bytes");
    const qint64 sizes[] = {4096, qint64(2) << 20, qint64(6) << 20, (qint64(3) << 20) + 1};
    for (const bool portable : {true, false}) {
        if (!portable && swb::tests::portableBuild)
            continue;
        for (const qint64 size : sizes)
            QTest::addRow("%s %lld", portable ? "portable" : "linux", size) << portable << size;
    }
}

void TestLargeBufferAllocator::blocksHoldTheirBytes()
{
    QFETCH(bool, portable);
    QFETCH(qint64, bytes);
    const auto allocator =
        swb::tests::makeImplementation<LargeBufferAllocator, swb::net::PortableLargeBufferAllocator,
                                       swb::net::LinuxLargeBufferAllocator>(portable);
    LargeBlock block = allocator->allocate(size_t(bytes));
    QVERIFY(block.bytes);
    const bool ownMapping = !portable && bytes % (qint64(2) << 20) == 0;
    QCOMPARE(block.mapped, ownMapping ? size_t(bytes) : size_t(0));
    if (ownMapping)
        QCOMPARE(quintptr(block.bytes) % (quintptr(2) << 20), quintptr(0));
    std::memset(block.bytes, 'a', size_t(bytes));
    block.bytes[bytes - 1] = 'z';
    QCOMPARE(block.bytes[bytes - 1], 'z');

    const size_t keep = bytes > 5000 ? 5000 : 1000;
    block = allocator->shrink(block, keep);
    QVERIFY(block.bytes);
    QCOMPARE(block.mapped, ownMapping ? size_t(8192) : size_t(0)); // whole pages kept
    for (size_t i = 0; i < keep; ++i) {
        if (block.bytes[i] != 'a')
            QFAIL(qPrintable(QStringLiteral("byte %1 changed").arg(i)));
    }
    allocator->release(block);
}

void TestLargeBufferAllocator::chosenByTheBuild()
{
    const LargeBlock block = LargeBufferAllocator::system().allocate(size_t(2) << 20);
    QVERIFY(block.bytes);
    QCOMPARE(block.mapped == 0, swb::tests::portableBuild);
    LargeBufferAllocator::system().release(block);
}

QTEST_GUILESS_MAIN(TestLargeBufferAllocator)
#include "tst_largebufferallocator.moc"
