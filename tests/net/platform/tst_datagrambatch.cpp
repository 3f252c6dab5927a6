#include "net/platform/datagrambatch.h"
#include "net/platform/linuxdatagrambatch.h"
#include "net/platform/portabledatagrambatch.h"
#include "platformrows.h"

#include <QTest>
#include <QUdpSocket>

#include <cerrno>

using swb::net::DatagramBatch;
using swb::tests::makeImplementation;

// Both ways of reading a batch hand over every datagram waiting, whole, in
// order, with its sender; an empty socket gives 0 at once, a bad one -errno.
class TestDatagramBatch : public QObject
{
    Q_OBJECT
private slots:
    void everyDatagramCounted_data() { swb::tests::platformRows(); }
    void everyDatagramCounted();
    void largestAndEmptyDatagrams_data() { swb::tests::platformRows(); }
    void largestAndEmptyDatagrams();
    void emptySocketDoesNotWait_data() { swb::tests::platformRows(); }
    void emptySocketDoesNotWait();
    void chosenByTheBuild();
};

namespace {

std::unique_ptr<DatagramBatch> batchFor(bool portable, int capacity)
{
    return makeImplementation<DatagramBatch, swb::net::PortableDatagramBatch,
                              swb::net::LinuxDatagramBatch>(portable, capacity);
}

// Reads until `wanted` datagrams came or two seconds passed.
QList<QByteArray> readAll(DatagramBatch &batch, qintptr fd, int wanted, QList<quint16> *ports)
{
    QList<QByteArray> got;
    for (int spins = 0; got.size() < wanted && spins < 200; ++spins) {
        const int n = batch.receive(fd);
        if (n < 0)
            break;
        for (int i = 0; i < n; ++i) {
            quint16 port = 0;
            if (batch.sender(i, &port) == QHostAddress(QHostAddress::LocalHost))
                *ports << port;
            got << batch.bytes(i);
        }
        if (n == 0)
            QTest::qWait(10);
    }
    return got;
}

} // namespace

void TestDatagramBatch::everyDatagramCounted()
{
    QFETCH(bool, portable);
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    // More than one batch (capacity 16), few enough for the default buffer.
    constexpr int count = 50;
    QList<QByteArray> sent;
    for (int i = 0; i < count; ++i) {
        sent << QByteArray::number(i).repeated(i % 7 + 1);
        QCOMPARE(sender.writeDatagram(sent.last(), QHostAddress::LocalHost, receiver.localPort()),
                 qint64(sent.last().size()));
    }
    const auto batch = batchFor(portable, 16);
    QList<quint16> ports;
    const QList<QByteArray> got = readAll(*batch, receiver.socketDescriptor(), count, &ports);
    QCOMPARE(got, sent);
    QCOMPARE(ports, QList<quint16>(count, sender.localPort()));
    QCOMPARE(batch->receive(receiver.socketDescriptor()), 0); // nothing more, nothing twice
}

void TestDatagramBatch::largestAndEmptyDatagrams()
{
    QFETCH(bool, portable);
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    QUdpSocket sender;
    const QByteArray largest(65507, 'x');
    QCOMPARE(sender.writeDatagram(largest, QHostAddress::LocalHost, receiver.localPort()),
             qint64(largest.size()));
    QCOMPARE(sender.writeDatagram(QByteArray(), QHostAddress::LocalHost, receiver.localPort()),
             qint64(0));
    const auto batch = batchFor(portable, 4);
    QList<quint16> ports;
    const QList<QByteArray> got = readAll(*batch, receiver.socketDescriptor(), 2, &ports);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(0), largest);
    QVERIFY(got.at(1).isEmpty());
}

void TestDatagramBatch::emptySocketDoesNotWait()
{
    QFETCH(bool, portable);
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    const auto batch = batchFor(portable, 8);
    QCOMPARE(batch->capacity(), 8);
    QCOMPARE(batch->receive(receiver.socketDescriptor()), 0);
    QCOMPARE(batch->receive(-1), -EBADF);
}

void TestDatagramBatch::chosenByTheBuild()
{
    const auto chosen = DatagramBatch::create(2);
    const bool isPortable = dynamic_cast<swb::net::PortableDatagramBatch *>(chosen.get()) != nullptr;
    QCOMPARE(isPortable, swb::tests::portableBuild);
}

QTEST_GUILESS_MAIN(TestDatagramBatch)
#include "tst_datagrambatch.moc"
