#include "models/trafficfilter.h"
#include "models/trafficfiltermodel.h"
#include "models/trafficmodel.h"
#include "net/payload/textcodec.h"
#include "net/traffic/trafficevent.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using swb::models::TrafficFilter;
using swb::models::TrafficFilterModel;
using swb::models::TrafficModel;
using swb::net::EventKind;
using swb::net::Protocol;
using swb::net::TextCodec;
using swb::net::TextEncoding;
using swb::net::TrafficEvent;

Q_DECLARE_METATYPE(TrafficFilter)

// The traffic table's filter: each field on its own, new batches filtered as
// they arrive, trims followed, and a long scan that runs in slices while
// traffic keeps coming. QAbstractItemModelTester watches both models.
class TestTrafficFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyFilterShowsEverything();
    void eachField_data();
    void eachField();
    void badHexMatchesNothingAndSaysWhy();
    void newBatchesAreFilteredAsTheyArrive();
    void trimsRemoveFilteredRowsFromTheFront();
    void longScanRunsInSlicesWhileTrafficArrivesAndTrims();
    void encodingChangeFiltersAgain();
    void clearEmptiesAndFiltersNewRows();

private:
    static TrafficEvent event(int panelId, Protocol protocol, EventKind kind,
                              const QByteArray &data, const QString &remote,
                              const QString &text = QString());
    void recordScript();
    QList<quint64> filteredSeqs() const;

    std::unique_ptr<TrafficModel> m_model;
    std::unique_ptr<TrafficFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

void TestTrafficFilterModel::init()
{
    m_model = std::make_unique<TrafficModel>();
    m_filter = std::make_unique<TrafficFilterModel>(m_model.get());
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTrafficFilterModel::cleanup()
{
    m_filterTester.reset();
    m_sourceTester.reset();
    m_filter.reset();
    m_model.reset();
}

TrafficEvent TestTrafficFilterModel::event(int panelId, Protocol protocol, EventKind kind,
                                           const QByteArray &data, const QString &remote,
                                           const QString &text)
{
    TrafficEvent e;
    e.timeMs = 1700000000000;
    e.panelId = panelId;
    e.panel = QStringLiteral("Panel %1").arg(panelId);
    e.protocol = protocol;
    e.kind = kind;
    e.local = protocol == Protocol::Local ? QStringLiteral("/tmp/swb.sock")
                                          : QStringLiteral("127.0.0.1:8001");
    e.remote = remote;
    e.data = data;
    e.text = text;
    return e;
}

// seq 1..7, one of each thing a filter field can tell apart.
void TestTrafficFilterModel::recordScript()
{
    const QString tcpPeer = QStringLiteral("127.0.0.1:50001");
    const QString udpPeer = QStringLiteral("[::1]:9000");
    m_model->record(event(1, Protocol::Tcp, EventKind::Recv, "Hello World\r\n", tcpPeer));
    m_model->record(event(1, Protocol::Tcp, EventKind::Send, "hello back", tcpPeer));
    m_model->record(event(2, Protocol::Udp, EventKind::Recv, QStringLiteral("中文测试").toUtf8(),
                          udpPeer));
    m_model->record(event(2, Protocol::Udp, EventKind::Send, QByteArray("\x68\x65\x00\xff", 4),
                          udpPeer));
    m_model->record(event(1, Protocol::Tcp, EventKind::Error, QByteArray(), tcpPeer,
                          QStringLiteral("Connection refused")));
    m_model->record(event(3, Protocol::Local, EventKind::Listen, QByteArray(), QString()));
    m_model->record(event(1, Protocol::Tcp, EventKind::Recv, QByteArray("Caf\xc3\xa9"), tcpPeer));
    m_model->flush();
}

QList<quint64> TestTrafficFilterModel::filteredSeqs() const
{
    QList<quint64> seqs;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int source = m_filter->sourceRow(row);
        seqs << m_model->event(source).seq;
        // The filter shows exactly what the source shows for that row.
        for (int column = 0; column < TrafficModel::ColumnCount; ++column) {
            if (m_filter->index(row, column).data() != m_model->index(source, column).data())
                return {};
        }
        if (m_filter->rowForSource(source) != row)
            return {};
    }
    return seqs;
}

void TestTrafficFilterModel::emptyFilterShowsEverything()
{
    recordScript();
    QVERIFY(!m_filter->filter().isActive());
    QCOMPARE(filteredSeqs(), (QList<quint64>{1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(m_filter->columnCount(), int(TrafficModel::ColumnCount));
    QCOMPARE(m_filter->headerData(0, Qt::Horizontal), m_model->headerData(0, Qt::Horizontal));
}

void TestTrafficFilterModel::eachField_data()
{
    QTest::addColumn<TrafficFilter>("filter");
    QTest::addColumn<QList<quint64>>("seqs");
    const auto make = [](auto change) {
        TrafficFilter f;
        change(f);
        return f;
    };
    QTest::newRow("text, any case") << make([](TrafficFilter &f) { f.text = QStringLiteral("HELLO"); })
                                    << QList<quint64>{1, 2};
    QTest::newRow("text with CRLF around") << make([](TrafficFilter &f) { f.text = QStringLiteral("world"); })
                                           << QList<quint64>{1};
    QTest::newRow("Chinese text") << make([](TrafficFilter &f) { f.text = QStringLiteral("文测"); })
                                  << QList<quint64>{3};
    QTest::newRow("non-ASCII with case") << make([](TrafficFilter &f) { f.text = QStringLiteral("CAFÉ"); })
                                         << QList<quint64>{7};
    QTest::newRow("message text") << make([](TrafficFilter &f) { f.text = QStringLiteral("refused"); })
                                  << QList<quint64>{5};
    QTest::newRow("hex") << make([](TrafficFilter &f) {
        f.text = QStringLiteral("68 65");
        f.hex = true;
    }) << QList<quint64>{2, 4};
    QTest::newRow("hex with zero byte") << make([](TrafficFilter &f) {
        f.text = QStringLiteral("0x00,0xff");
        f.hex = true;
    }) << QList<quint64>{4};
    QTest::newRow("panel") << make([](TrafficFilter &f) { f.panelId = 2; }) << QList<quint64>{3, 4};
    QTest::newRow("protocol") << make([](TrafficFilter &f) { f.protocol = int(Protocol::Local); })
                              << QList<quint64>{6};
    QTest::newRow("kind: received") << make([](TrafficFilter &f) {
        f.kinds = TrafficFilter::kindBit(EventKind::Recv);
    }) << QList<quint64>{1, 3, 7};
    QTest::newRow("kind: sent") << make([](TrafficFilter &f) {
        f.kinds = TrafficFilter::kindBit(EventKind::Send);
    }) << QList<quint64>{2, 4};
    QTest::newRow("address, remote") << make([](TrafficFilter &f) { f.address = QStringLiteral("::1"); })
                                     << QList<quint64>{3, 4};
    QTest::newRow("address, local") << make([](TrafficFilter &f) { f.address = QStringLiteral("SWB.sock"); })
                                    << QList<quint64>{6};
    QTest::newRow("all together") << make([](TrafficFilter &f) {
        f.text = QStringLiteral("hello");
        f.panelId = 1;
        f.protocol = int(Protocol::Tcp);
        f.kinds = TrafficFilter::kindBit(EventKind::Send);
        f.address = QStringLiteral("50001");
    }) << QList<quint64>{2};
    QTest::newRow("nothing matches") << make([](TrafficFilter &f) { f.text = QStringLiteral("zzz"); })
                                     << QList<quint64>{};
}

void TestTrafficFilterModel::eachField()
{
    QFETCH(TrafficFilter, filter);
    QFETCH(QList<quint64>, seqs);
    recordScript();
    QVERIFY(filter.isActive());
    m_filter->setFilter(filter);
    QVERIFY(!m_filter->isScanning()); // seven rows take one slice
    QCOMPARE(filteredSeqs(), seqs);
    // Back to no filter: everything again.
    m_filter->setFilter(TrafficFilter());
    QCOMPARE(m_filter->rowCount(), 7);
}

void TestTrafficFilterModel::badHexMatchesNothingAndSaysWhy()
{
    recordScript();
    TrafficFilter filter;
    filter.text = QStringLiteral("6g");
    filter.hex = true;
    m_filter->setFilter(filter);
    QCOMPARE(m_filter->rowCount(), 0);
    QVERIFY(!m_filter->filterProblem().isEmpty());
    filter.text = QStringLiteral("68");
    m_filter->setFilter(filter);
    QVERIFY(m_filter->filterProblem().isEmpty());
    QCOMPARE(m_filter->rowCount(), 2);
}

void TestTrafficFilterModel::newBatchesAreFilteredAsTheyArrive()
{
    TrafficFilter filter;
    filter.text = QStringLiteral("match");
    m_filter->setFilter(filter);
    QSignalSpy inserted(m_filter.get(), &QAbstractItemModel::rowsInserted);
    QList<quint64> expected;
    quint64 seq = 0;
    for (int batch = 0; batch < 10; ++batch) {
        for (int i = 0; i < 50; ++i) {
            ++seq;
            const bool match = (seq % 7 == 0) && batch != 4; // batch 4 has no match at all
            m_model->record(event(1, Protocol::Tcp, EventKind::Recv,
                                  match ? QByteArray("a MATCH here") : QByteArray("other"),
                                  QStringLiteral("127.0.0.1:5")));
            if (match)
                expected << seq;
        }
        const int before = inserted.count();
        m_model->flush();
        // One insert per batch that has matches, none for a batch without.
        QCOMPARE(inserted.count(), before + (batch == 4 ? 0 : 1));
        QCOMPARE(filteredSeqs(), expected);
    }
}

void TestTrafficFilterModel::trimsRemoveFilteredRowsFromTheFront()
{
    TrafficFilter filter;
    filter.kinds = TrafficFilter::kindBit(EventKind::Send);
    m_filter->setFilter(filter);
    for (int i = 0; i < 100; ++i)
        m_model->record(event(1, Protocol::Tcp, i % 3 ? EventKind::Recv : EventKind::Send,
                              QByteArray(100, 'x'), QStringLiteral("127.0.0.1:5")));
    m_model->flush();
    QCOMPARE(m_filter->rowCount(), 34);
    QSignalSpy removed(m_filter.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setMemoryLimit(m_model->memoryUsed() / 2);
    QVERIFY(m_model->droppedRows() > 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    // Exactly the sends still in the table remain, in order.
    QList<quint64> expected;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->event(row).kind == EventKind::Send)
            expected << m_model->event(row).seq;
    }
    QCOMPARE(filteredSeqs(), expected);
    // A trim that takes only rows the filter hides sends no signal.
    m_model->setMemoryLimit(qint64(1) << 30);
    removed.clear();
    for (int i = 0; i < 5; ++i)
        m_model->record(event(1, Protocol::Tcp, EventKind::Recv, QByteArray(100, 'y'),
                              QStringLiteral("127.0.0.1:5")));
    m_model->flush();
    const int firstSend = m_filter->sourceRow(0);
    QVERIFY(firstSend > 0);
    const qint64 perRow = m_model->memoryUsed() / m_model->rowCount();
    m_model->setMemoryLimit((m_model->memoryUsed() - perRow * firstSend) * 10 / 9 + 1);
    QCOMPARE(removed.count(), 0);
}

void TestTrafficFilterModel::longScanRunsInSlicesWhileTrafficArrivesAndTrims()
{
    // The testers walk every row after every signal: with 20,000 rows and
    // dozens of steps that takes too long. The other tests run them; this one
    // checks the result.
    m_filterTester.reset();
    m_sourceTester.reset();
    // Slices of a fixed number of rows, so the scan takes the same number of
    // steps on any machine: 40 for the rows already there, more for the
    // batches that arrive meanwhile. The needle has case outside ASCII, so
    // payloads are decoded, not searched as bytes.
    const int rows = 20000;
    const int sliceRows = 500;
    m_filter->setScanSliceRows(sliceRows);
    for (int i = 0; i < rows; ++i) {
        m_model->record(event(1 + i % 3, Protocol::Tcp, EventKind::Recv,
                              i % 500 == 0 ? QByteArray("needle \xc3\x89t\xc3\xa9") // "Été"
                                           : QByteArray("hay hay hay hay"),
                              QStringLiteral("127.0.0.1:5")));
    }
    m_model->flush();
    QSignalSpy progress(m_filter.get(), &TrafficFilterModel::scanProgress);
    TrafficFilter filter;
    filter.text = QStringLiteral("éTÉ");
    m_filter->setFilter(filter);
    QVERIFY(m_filter->isScanning());
    QCOMPARE(m_filter->rowCount(), 1); // the first slice's one needle

    // Traffic goes on and the oldest rows leave while the scan runs.
    int batches = 0;
    while (m_filter->isScanning() && batches < 1000) {
        for (int i = 0; i < 100; ++i)
            m_model->record(event(2, Protocol::Tcp, EventKind::Recv,
                                  i == 50 ? QByteArray("late \xc3\xa9t\xc3\xa9") : QByteArray("hay"),
                                  QStringLiteral("127.0.0.1:5")));
        m_model->flush();
        if (++batches == 3)
            m_model->setMemoryLimit(m_model->memoryUsed() * 3 / 4);
        QCoreApplication::processEvents();
    }
    QVERIFY(!m_filter->isScanning());
    QVERIFY(m_model->droppedRows() > 0);
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.last().at(0).toInt(), 100);

    QList<quint64> expected;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TrafficEvent e = m_model->event(row);
        if (QString::fromUtf8(e.data).contains(filter.text, Qt::CaseInsensitive))
            expected << e.seq;
    }
    QVERIFY(expected.size() > 10);
    QCOMPARE(filteredSeqs(), expected);
}

void TestTrafficFilterModel::encodingChangeFiltersAgain()
{
    const QString chinese = QStringLiteral("中文");
    m_model->record(event(1, Protocol::Tcp, EventKind::Recv,
                          TextCodec::encode(chinese, TextEncoding::Gbk),
                          QStringLiteral("127.0.0.1:5")));
    m_model->flush();
    TrafficFilter filter;
    filter.text = chinese;
    m_filter->setFilter(filter);
    QCOMPARE(m_filter->rowCount(), 0); // GBK bytes are not UTF-8 中文
    m_model->setPreviewEncoding(TextEncoding::Gbk);
    QCOMPARE(m_filter->rowCount(), 1);
}

void TestTrafficFilterModel::clearEmptiesAndFiltersNewRows()
{
    recordScript();
    TrafficFilter filter;
    filter.panelId = 2;
    m_filter->setFilter(filter);
    QCOMPARE(m_filter->rowCount(), 2);
    m_model->clear();
    QCOMPARE(m_filter->rowCount(), 0);
    // Sources are numbered afresh after a clear; panel 2 is now the first one seen.
    m_model->record(event(2, Protocol::Udp, EventKind::Recv, "again", QStringLiteral("[::1]:1")));
    m_model->record(event(1, Protocol::Tcp, EventKind::Recv, "not this", QStringLiteral("x:1")));
    m_model->flush();
    QCOMPARE(m_filter->rowCount(), 1);
    QCOMPARE(m_model->event(m_filter->sourceRow(0)).data, QByteArray("again"));
}

QTEST_GUILESS_MAIN(TestTrafficFilterModel)
#include "tst_trafficfiltermodel.moc"
