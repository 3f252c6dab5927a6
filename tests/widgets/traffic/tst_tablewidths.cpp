#include "app/languagemanager.h"
#include "models/connectionlistmodel.h"
#include "models/trafficmodel.h"
#include "models/udppeermodel.h"
#include "net/socket/connectioninfo.h"
#include "net/traffic/trafficevent.h"
#include "net/udp/udppeerinfo.h"
#include "widgets/stream/tcpserverpanel.h"
#include "widgets/traffic/trafficview.h"
#include "widgets/udp/udppanel.h"

#include <QApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTest>

#include <memory>

using swb::models::ConnectionListModel;
using swb::models::TrafficModel;
using swb::models::UdpPeerModel;

// Every table that shows addresses holds "127.0.0.1:54321" and "[::1]:54321"
// whole, in English and in Chinese, at a realistic width and after a zoom:
// two clients of one host differ only in the port, so an elided port makes
// them look the same. The widths come from the font, not from the rows.
class TestTableWidths final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void trafficTable_data();
    void trafficTable();
    void trafficTableZoomed();
    void serverConnectionList_data();
    void serverConnectionList();
    void udpPeerTable_data();
    void udpPeerTable();
    void narrowTableGivesWayFirst();

private:
    void switchTo(const QString &language);

    std::unique_ptr<swb::app::LanguageManager> m_languages;
    QFont m_font;
};

namespace {

const QStringList Addresses{QStringLiteral("127.0.0.1:54321"), QStringLiteral("[::1]:54321"),
                            QStringLiteral("127.0.0.1:65535"), QStringLiteral("[::1]:65535")};

// The texts of column that the delegate would elide: it keeps
// PM_FocusFrameHMargin + 1 on each side, and the grid takes a pixel.
QStringList elidedIn(const QTableView *table, int column)
{
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const int room = table->columnWidth(column) - 2 * margin - (table->showGrid() ? 1 : 0);
    QStringList problems;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString text = table->model()->index(row, column).data().toString();
        const int need = table->fontMetrics().horizontalAdvance(text);
        if (need > room) {
            problems << QStringLiteral("column %1 row %2 \"%3\": needs %4 px, has %5")
                            .arg(column)
                            .arg(row)
                            .arg(text)
                            .arg(need)
                            .arg(room);
        }
    }
    const QHeaderView *header = table->horizontalHeader();
    if (header->sectionSizeHint(column) > header->sectionSize(column)) {
        problems << QStringLiteral("header \"%1\": needs %2 px, has %3")
                        .arg(table->model()->headerData(column, Qt::Horizontal).toString())
                        .arg(header->sectionSizeHint(column))
                        .arg(header->sectionSize(column));
    }
    return problems;
}

QStringList elidedIn(const QTableView *table, std::initializer_list<int> columns)
{
    QStringList problems;
    for (const int column : columns)
        problems << elidedIn(table, column);
    return problems;
}

// Resized as in a window of three panel columns on a 1366 px screen, shown.
bool showAsInWindow(QWidget &panel, int height)
{
    panel.resize(qMax(panel.minimumSizeHint().width(), 450), height);
    panel.show();
    return QTest::qWaitForWindowExposed(&panel);
}

// The whole column is on screen without scrolling sideways.
bool inView(const QTableView *table, int column)
{
    return table->columnViewportPosition(column) >= 0
        && table->columnViewportPosition(column) + table->columnWidth(column)
        <= table->viewport()->width();
}

swb::net::TrafficEvent makeEvent(const QString &local, const QString &remote, swb::net::EventKind kind)
{
    swb::net::TrafficEvent e;
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    e.panelId = 1;
    e.panel = QStringLiteral("TCP server 1");
    e.kind = kind;
    e.local = local;
    e.remote = remote;
    e.data = kind == swb::net::EventKind::Recv ? QByteArray("hello\n") : QByteArray();
    return e;
}

} // namespace

void TestTableWidths::initTestCase()
{
    m_font = QApplication::font();
    m_languages = std::make_unique<swb::app::LanguageManager>();
}

void TestTableWidths::init()
{
    QApplication::setFont(m_font);
    switchTo(QStringLiteral("en"));
}

void TestTableWidths::cleanup()
{
    QApplication::setFont(m_font);
}

void TestTableWidths::switchTo(const QString &language)
{
    QVERIFY(m_languages->setLanguage(language));
    // LanguageChange is posted to the windows; the widths follow after the
    // models retranslate their headers.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

void TestTableWidths::trafficTable_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestTableWidths::trafficTable()
{
    QFETCH(QString, language);
    TrafficModel model;
    using swb::net::EventKind;
    model.record(makeEvent(QStringLiteral("127.0.0.1:8001"), QStringLiteral("127.0.0.1:54321"),
                       EventKind::Accept));
    model.record(makeEvent(QStringLiteral("127.0.0.1:8001"), QStringLiteral("127.0.0.1:54321"),
                       EventKind::Recv));
    model.record(makeEvent(QStringLiteral("[::1]:65535"), QStringLiteral("[::1]:54321"),
                       EventKind::Recv));
    model.record(makeEvent(QStringLiteral("127.0.0.1:65535"), QStringLiteral("[::1]:65535"),
                       EventKind::Close));
    model.flush();
    swb::widgets::TrafficView view(&model);
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    switchTo(language);
    QTableView *table = view.table();
    // The headers are in the language asked for.
    QTRY_COMPARE(table->model()->headerData(TrafficModel::RemoteColumn, Qt::Horizontal).toString(),
                 TrafficModel::tr("Remote"));
    for (const int column : {TrafficModel::LocalColumn, TrafficModel::RemoteColumn}) {
        const QStringList problems = elidedIn(table, column);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(inView(table, column), qPrintable(QString::number(column)));
    }
    // The preview still has room at 800 px: the last column stretches over the rest.
    const int preview = TrafficModel::PreviewColumn;
    QVERIFY(table->columnViewportPosition(preview) + table->columnWidth(preview)
            >= table->viewport()->width());
    QVERIFY(table->columnWidth(preview) >= table->fontMetrics().horizontalAdvance(QStringLiteral("hello")));
    // Uniform rows, from the font; nothing measures the rows.
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    for (int c = 0; c < table->horizontalHeader()->count(); ++c)
        QVERIFY(table->horizontalHeader()->sectionResizeMode(c) != QHeaderView::ResizeToContents);

}

void TestTableWidths::trafficTableZoomed()
{
    TrafficModel model;
    model.record(makeEvent(QStringLiteral("[::1]:65535"), QStringLiteral("127.0.0.1:54321"),
                       swb::net::EventKind::Connect));
    model.flush();
    swb::widgets::TrafficView view(&model);
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.table();
    const std::initializer_list<int> addresses{TrafficModel::LocalColumn, TrafficModel::RemoteColumn};
    const int before = table->columnWidth(TrafficModel::RemoteColumn);
    const int rowsBefore = table->verticalHeader()->defaultSectionSize();
    // What the zoom controller does at 200 %.
    QFont big = m_font;
    big.setPointSizeF(m_font.pointSizeF() * 2);
    QApplication::setFont(big);
    QCoreApplication::processEvents();
    QTRY_VERIFY(table->columnWidth(TrafficModel::RemoteColumn) > before * 3 / 2);
    QVERIFY(table->verticalHeader()->defaultSectionSize() > rowsBefore * 3 / 2);
    QStringList problems = elidedIn(table, addresses);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    switchTo(QStringLiteral("zh_CN"));
    problems = elidedIn(table, addresses);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTableWidths::serverConnectionList_data()
{
    trafficTable_data();
}

void TestTableWidths::serverConnectionList()
{
    QFETCH(QString, language);
    TrafficModel traffic;
    swb::widgets::TcpServerPanel panel(1, &traffic);
    auto *connections = panel.findChild<ConnectionListModel *>(QStringLiteral("connectionModel"));
    auto *table = panel.findChild<QTableView *>(QStringLiteral("connectionTable"));
    QVERIFY(connections && table);
    quint64 id = 0;
    for (const QString &peer : Addresses) {
        swb::net::ConnectionInfo info;
        info.id = ++id;
        info.remote = peer;
        info.local = peer.startsWith(QLatin1Char('[')) ? QStringLiteral("[::1]:65535")
                                                       : QStringLiteral("127.0.0.1:65535");
        info.family = peer.startsWith(QLatin1Char('[')) ? QStringLiteral("IPv6")
                                                        : QStringLiteral("IPv4");
        info.sinceMs = QDateTime::currentMSecsSinceEpoch();
        info.bytesIn = 123456;
        connections->add(info);
    }
    QVERIFY(showAsInWindow(panel, 600));
    switchTo(language);
    QTRY_COMPARE(connections->headerData(ConnectionListModel::PeerColumn, Qt::Horizontal).toString(),
                 ConnectionListModel::tr("Peer (raddr)"));
    const QStringList problems =
        elidedIn(table, {ConnectionListModel::PeerColumn, ConnectionListModel::LocalColumn});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(inView(table, ConnectionListModel::PeerColumn));
}

void TestTableWidths::udpPeerTable_data()
{
    trafficTable_data();
}

void TestTableWidths::udpPeerTable()
{
    QFETCH(QString, language);
    TrafficModel traffic;
    swb::widgets::UdpPanel panel(1, &traffic);
    auto *peers = panel.findChild<UdpPeerModel *>(QStringLiteral("peerModel"));
    auto *table = panel.findChild<QTableView *>(QStringLiteral("peerTable"));
    QVERIFY(peers && table);
    quint64 id = 0;
    for (const QString &address : Addresses) {
        swb::net::UdpPeerInfo info;
        info.id = ++id;
        info.address = address;
        info.name = id == 1 ? QStringLiteral("alex") : QString();
        info.datagramsIn = 1234;
        info.bytesIn = 56789;
        info.lastMs = QDateTime::currentMSecsSinceEpoch();
        peers->add(info);
    }
    QVERIFY(showAsInWindow(panel, 650));
    switchTo(language);
    QTRY_COMPARE(peers->headerData(UdpPeerModel::AddressColumn, Qt::Horizontal).toString(),
                 UdpPeerModel::tr("Sender (addr)"));
    const QStringList problems = elidedIn(table, UdpPeerModel::AddressColumn);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(inView(table, UdpPeerModel::AddressColumn));
}

void TestTableWidths::narrowTableGivesWayFirst()
{
    TrafficModel traffic;
    swb::widgets::TcpServerPanel panel(1, &traffic);
    auto *connections = panel.findChild<ConnectionListModel *>(QStringLiteral("connectionModel"));
    auto *table = panel.findChild<QTableView *>(QStringLiteral("connectionTable"));
    QVERIFY(connections && table);
    swb::net::ConnectionInfo info;
    info.id = 1;
    info.remote = QStringLiteral("[::1]:54321");
    info.local = QStringLiteral("[::1]:8001");
    info.family = QStringLiteral("IPv6");
    info.bytesIn = 1234567;
    connections->add(info);
    QVERIFY(showAsInWindow(panel, 600));
    const int in = ConnectionListModel::InColumn;
    const int peer = ConnectionListModel::PeerColumn;
    const int roomy = table->columnWidth(in);

    // Twice the letters in the same room: the counters and times give way,
    // the addresses grow (a scroll bar rather than an elided port).
    QFont big = table->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    table->setFont(big);
    QTRY_VERIFY(table->columnWidth(peer)
                > table->fontMetrics().horizontalAdvance(QStringLiteral("[::1]:54321")));
    QVERIFY(table->columnWidth(in) < table->fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    const QStringList problems = elidedIn(table, {peer, ConnectionListModel::LocalColumn});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Back to the usual size: back to the whole widths.
    table->setFont(m_font);
    QTRY_COMPARE(table->columnWidth(in), roomy);
}

QTEST_MAIN(TestTableWidths)
#include "tst_tablewidths.moc"
