#include "models/connectionlistmodel.h"
#include "net/socket/connectioninfo.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using swb::models::ConnectionListModel;
using swb::net::ConnectionInfo;

// A server panel's client list: rows follow connections, counters are
// refreshed in one sweep, and ids the model does not know change nothing.
class TestConnectionListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addAppendsRows();
    void removeTakesTheRightRow();
    void unknownIdsAreIgnored();
    void refreshIsOneDataChangedOverCounters();
    void refreshOnEmptyModelIsSilent();
    void displayAndRoles();
    void clearResets();
    void headersAndRetranslate();

private:
    static ConnectionInfo info(quint64 id, quint16 port);
    QVariant cell(int row, int column, int role = Qt::DisplayRole) const;

    std::unique_ptr<ConnectionListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestConnectionListModel::init()
{
    m_model = std::make_unique<ConnectionListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestConnectionListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

ConnectionInfo TestConnectionListModel::info(quint64 id, quint16 port)
{
    ConnectionInfo c;
    c.id = id;
    c.local = QStringLiteral("127.0.0.1:8001");
    c.remote = QStringLiteral("127.0.0.1:%1").arg(port);
    c.family = QStringLiteral("IPv4");
    c.sinceMs = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5)).toMSecsSinceEpoch();
    return c;
}

QVariant TestConnectionListModel::cell(int row, int column, int role) const
{
    return m_model->data(m_model->index(row, column), role);
}

void TestConnectionListModel::addAppendsRows()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->add(info(11, 50001));
    m_model->add(info(12, 50002));
    m_model->add(info(13, 50003));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.at(2).at(1).toInt(), 2);
    QCOMPARE(m_model->idAt(0), quint64(11));
    QCOMPARE(m_model->idAt(2), quint64(13));
    QCOMPARE(m_model->rowOf(12), 1);
}

void TestConnectionListModel::removeTakesTheRightRow()
{
    for (quint64 id = 1; id <= 4; ++id)
        m_model->add(info(id, quint16(50000 + id)));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->remove(2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(2), -1);
    QCOMPARE(m_model->rowOf(3), 1);
    QCOMPARE(cell(1, ConnectionListModel::PeerColumn).toString(), QStringLiteral("127.0.0.1:50003"));
    m_model->remove(4);
    m_model->remove(1);
    m_model->remove(3);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestConnectionListModel::unknownIdsAreIgnored()
{
    m_model->add(info(5, 50005));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->remove(99);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);

    // A connection the model has not seen yet (its add is still on the way)
    // does not become a row through refresh.
    ConnectionInfo stranger = info(77, 50077);
    stranger.bytesIn = 1000;
    m_model->refresh({stranger});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(0, ConnectionListModel::InColumn).toLongLong(), 0);

    QCOMPARE(m_model->rowOf(0), -1);
    QCOMPARE(m_model->idAt(-1), quint64(0));
    QCOMPARE(m_model->idAt(1), quint64(0));
}

void TestConnectionListModel::refreshIsOneDataChangedOverCounters()
{
    for (quint64 id = 1; id <= 3; ++id)
        m_model->add(info(id, quint16(50000 + id)));
    QList<ConnectionInfo> now;
    for (quint64 id = 1; id <= 3; ++id) {
        ConnectionInfo c = info(id, quint16(50000 + id));
        c.bytesIn = qint64(id) * 100;
        c.bytesOut = qint64(id) * 10;
        now << c;
    }
    std::reverse(now.begin(), now.end()); // order does not matter, ids do

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->refresh(now);
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(topLeft.column(), int(ConnectionListModel::InColumn));
    QCOMPARE(bottomRight.row(), 2);
    QCOMPARE(bottomRight.column(), int(ConnectionListModel::OutColumn));
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(cell(row, ConnectionListModel::InColumn).toLongLong(), (row + 1) * 100);
        QCOMPARE(cell(row, ConnectionListModel::OutColumn).toLongLong(), (row + 1) * 10);
    }
}

void TestConnectionListModel::refreshOnEmptyModelIsSilent()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->refresh({info(1, 50001)});
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestConnectionListModel::displayAndRoles()
{
    ConnectionInfo c = info(42, 50312);
    c.bytesIn = 5;
    c.bytesOut = 14;
    m_model->add(c);
    QCOMPARE(m_model->columnCount(), int(ConnectionListModel::ColumnCount));
    QCOMPARE(cell(0, ConnectionListModel::PeerColumn).toString(), QStringLiteral("127.0.0.1:50312"));
    QCOMPARE(cell(0, ConnectionListModel::LocalColumn).toString(), QStringLiteral("127.0.0.1:8001"));
    QCOMPARE(cell(0, ConnectionListModel::FamilyColumn).toString(), QStringLiteral("IPv4"));
    QCOMPARE(cell(0, ConnectionListModel::SinceColumn).toString(), QStringLiteral("03:04:05"));
    QCOMPARE(cell(0, ConnectionListModel::InColumn).toLongLong(), 5);
    QCOMPARE(cell(0, ConnectionListModel::OutColumn).toLongLong(), 14);
    QCOMPARE(cell(0, ConnectionListModel::PeerColumn, ConnectionListModel::IdRole).toULongLong(),
             quint64(42));
    QCOMPARE(cell(0, ConnectionListModel::InColumn, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!cell(0, ConnectionListModel::PeerColumn, Qt::TextAlignmentRole).isValid());
    QVERIFY(!m_model->data(QModelIndex()).isValid());
}

void TestConnectionListModel::clearResets()
{
    m_model->add(info(1, 50001));
    m_model->add(info(2, 50002));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->rowOf(1), -1);
}

void TestConnectionListModel::headersAndRetranslate()
{
    for (int column = 0; column < ConnectionListModel::ColumnCount; ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    m_model->retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), ConnectionListModel::ColumnCount - 1);
}

QTEST_GUILESS_MAIN(TestConnectionListModel)
#include "tst_connectionlistmodel.moc"
