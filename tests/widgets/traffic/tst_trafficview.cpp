#include "models/trafficmodel.h"
#include "models/trafficpreview.h"
#include "net/traffic/trafficevent.h"
#include "widgets/common/bytedetailview.h"
#include "widgets/common/hexview.h"
#include "widgets/traffic/trafficfilterbar.h"
#include "widgets/traffic/trafficview.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using swb::models::TrafficModel;
using swb::models::TrafficPreview;
using swb::net::EventKind;
using swb::net::TextEncoding;
using swb::net::TrafficEvent;
using swb::widgets::TrafficView;

class TestTrafficView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void selectingRowShowsWholePayload();
    void rowWithoutPayloadShowsTextInCaption();
    void detailTextIsInert();
    void detailTextOfHugePayloadIsCut();
    void copyTwoRows();
    void copyShortcutOnTable();
    void autoScrollFollowsAtBottom();
    void autoScrollPaused();
    void autoScrollStopsWhenScrolledUp();
    void clearEmptiesModel();
    void droppedLabelAfterTrim();
    void encodingFollowsDetailView();
    void rowsHaveUniformHeight();
    void languageChangeKeepsCaption();
    void filterBarFiltersTheTable();

private:
    void record(EventKind kind, const QByteArray &data, const QString &text = QString());
    void addRows(int count);

    std::unique_ptr<TrafficModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<TrafficView> m_view;
};

void TestTrafficView::init()
{
    m_model = std::make_unique<TrafficModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view = std::make_unique<TrafficView>(m_model.get());
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTrafficView::cleanup()
{
    m_view.reset();
    m_tester.reset();
    m_model.reset();
}

void TestTrafficView::record(EventKind kind, const QByteArray &data, const QString &text)
{
    TrafficEvent event;
    event.timeMs = 1700000000000;
    event.panelId = 1;
    event.panel = QStringLiteral("TCP server");
    event.kind = kind;
    event.local = QStringLiteral("127.0.0.1:8001");
    event.remote = QStringLiteral("127.0.0.1:50000");
    event.data = data;
    event.text = text;
    m_model->record(std::move(event));
}

void TestTrafficView::addRows(int count)
{
    for (int i = 0; i < count; ++i)
        record(EventKind::Recv, QByteArray::number(i) + "\r\n");
    m_model->flush();
    // Let the view run its delayed layout, as the event loop does between flushes.
    QCoreApplication::processEvents();
}

void TestTrafficView::selectingRowShowsWholePayload()
{
    record(EventKind::Info, QByteArray(), QStringLiteral("listening"));
    QByteArray payload(1 << 20, 'a');
    for (qsizetype i = 63; i < payload.size(); i += 64)
        payload[i] = '\n';
    record(EventKind::Recv, payload);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 2);

    m_view->table()->selectRow(1);
    QCOMPARE(m_view->detail()->bytes().size(), 1 << 20);
    QCOMPARE(m_view->detail()->bytes(), payload);
    QCOMPARE(m_view->detail()->hexView()->lineCount(), 1 << 16);
    QCOMPARE(m_view->detail()->decodedText().size(), payload.size());

    const QString preview =
        m_model->index(1, TrafficModel::PreviewColumn).data(Qt::DisplayRole).toString();
    QVERIFY(preview.size() <= TrafficPreview::defaultLength + 1);
    QVERIFY(preview.endsWith(QChar(0x2026)));

    // A new selection replaces the payload.
    m_view->table()->selectRow(0);
    QVERIFY(m_view->detail()->bytes().isEmpty());
}

void TestTrafficView::rowWithoutPayloadShowsTextInCaption()
{
    record(EventKind::Error, QByteArray(), QStringLiteral("Connection refused"));
    m_model->flush();
    m_view->table()->selectRow(0);
    const auto labels = m_view->detail()->findChildren<QLabel *>();
    bool found = false;
    for (const QLabel *label : labels)
        found = found || label->text().contains(QLatin1String("Connection refused"));
    QVERIFY(found);
}

void TestTrafficView::detailTextIsInert()
{
    record(EventKind::Recv, QByteArrayLiteral("a\r\nb\x01\tc\x1b[2J\x7f\r"));
    m_model->flush();
    m_view->table()->selectRow(0);
    QCOMPARE(m_view->detail()->decodedText(),
             QStringLiteral("a\\r\nb\\x01\tc\\x1b[2J\\x7f\\r"));
}

void TestTrafficView::detailTextOfHugePayloadIsCut()
{
    record(EventKind::Recv, QByteArray(5 << 20, 'z'));
    m_model->flush();
    m_view->table()->selectRow(0);
    QCOMPARE(m_view->detail()->bytes().size(), 5 << 20);
    QCOMPARE(m_view->detail()->hexView()->lineCount(), (5 << 20) / 16);
    const QString text = m_view->detail()->decodedText();
    // 4 MiB of text, broken into display lines, plus the note.
    QVERIFY(text.size() < (4 << 20) + (4 << 20) / 1000 + 200);
    QCOMPARE(text.count(QLatin1Char('z')), 4 << 20);
    const QString note = text.section(QLatin1Char('\n'), -1);
    QVERIFY2(note.contains(QLatin1String("4 MiB")), qPrintable(note));
    QVERIFY2(note.contains(QLocale().toString(qlonglong(5 << 20))), qPrintable(note));
    // No display line is so long that laying it out would stall the GUI.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        QVERIFY(line.size() <= 4097);
    QVERIFY(lines.first().endsWith(QChar(0x21a9)));
}

void TestTrafficView::copyTwoRows()
{
    record(EventKind::Recv, QByteArrayLiteral("first\tline\r\n"));
    record(EventKind::Send, QByteArray(300, 'b'));
    record(EventKind::Recv, QByteArrayLiteral("third"));
    m_model->flush();

    QItemSelectionModel *selection = m_view->table()->selectionModel();
    // Selected bottom-up: the copy is still in row order.
    selection->select(m_model->index(1, 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(m_model->index(0, 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);

    const QString text = m_view->selectedRowsText();
    QVERIFY(text.endsWith(QLatin1Char('\n')));
    const QStringList lines = text.chopped(1).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char('\t')), TrafficModel::ColumnCount - 1);
    const QStringList first = lines.at(0).split(QLatin1Char('\t'));
    QCOMPARE(first.at(TrafficModel::PreviewColumn), QStringLiteral("first\\tline\\r\\n"));
    QCOMPARE(first.at(TrafficModel::BytesColumn), QStringLiteral("12"));
    // The copy is not cut short like the table's preview.
    const QStringList second = lines.at(1).split(QLatin1Char('\t'));
    QCOMPARE(second.at(TrafficModel::PreviewColumn), QString(300, QLatin1Char('b')));
}

void TestTrafficView::copyShortcutOnTable()
{
    addRows(3);
    m_view->table()->setFocus();
    m_view->table()->selectRow(2);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(m_view->table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_view->selectedRowsText());
    QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("2\\r\\n")));
}

void TestTrafficView::autoScrollFollowsAtBottom()
{
    QScrollBar *bar = m_view->table()->verticalScrollBar();
    addRows(200);
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    const int oldMaximum = bar->maximum();
    addRows(50);
    QVERIFY(bar->maximum() > oldMaximum);
    QCOMPARE(bar->value(), bar->maximum());
}

void TestTrafficView::autoScrollPaused()
{
    QScrollBar *bar = m_view->table()->verticalScrollBar();
    addRows(200);
    QCOMPARE(bar->value(), bar->maximum());
    m_view->setAutoScrollPaused(true);
    QVERIFY(m_view->isAutoScrollPaused());
    const int before = bar->value();
    addRows(50);
    QCOMPARE(bar->value(), before);
    QVERIFY(bar->value() < bar->maximum());
    // Resuming follows the traffic again.
    m_view->setAutoScrollPaused(false);
    QCOMPARE(bar->value(), bar->maximum());
    addRows(10);
    QCOMPARE(bar->value(), bar->maximum());
}

void TestTrafficView::autoScrollStopsWhenScrolledUp()
{
    QScrollBar *bar = m_view->table()->verticalScrollBar();
    addRows(200);
    bar->setValue(10);
    addRows(50);
    QCOMPARE(bar->value(), 10);
    // Back at the bottom, it follows again.
    bar->setValue(bar->maximum());
    addRows(50);
    QCOMPARE(bar->value(), bar->maximum());
}

void TestTrafficView::clearEmptiesModel()
{
    addRows(20);
    m_view->table()->selectRow(5);
    QVERIFY(!m_view->detail()->bytes().isEmpty());
    m_view->clearTraffic();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_view->detail()->bytes().isEmpty());
    addRows(3);
    QCOMPARE(m_model->rowCount(), 3);
}

void TestTrafficView::droppedLabelAfterTrim()
{
    const auto droppedLabel = [this]() -> QLabel * {
        const auto labels = m_view->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
        for (QLabel *label : labels) {
            if (label->text().contains(QLatin1String("dropped")))
                return label;
        }
        return nullptr;
    };
    QCOMPARE(droppedLabel(), nullptr);

    for (int i = 0; i < 100; ++i)
        record(EventKind::Recv, QByteArray(1024, 'm'));
    m_model->flush();
    m_model->setMemoryLimit(20 * 1024);
    QVERIFY(m_model->droppedRows() > 0);
    QVERIFY(m_model->rowCount() < 100);

    QLabel *label = droppedLabel();
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QString::number(m_model->droppedRows())));

    m_view->clearTraffic();
    QVERIFY(!label->isVisible());
}

void TestTrafficView::encodingFollowsDetailView()
{
    QCOMPARE(m_view->detail()->encoding(), m_model->previewEncoding());
    // "你好" in GBK.
    record(EventKind::Recv, QByteArrayLiteral("\xc4\xe3\xba\xc3"));
    m_model->flush();
    m_view->table()->selectRow(0);
    m_view->detail()->setEncoding(TextEncoding::Gbk);
    QCOMPARE(m_model->previewEncoding(), TextEncoding::Gbk);
    QCOMPARE(m_model->index(0, TrafficModel::PreviewColumn).data().toString(),
             QString::fromUtf8("\xe4\xbd\xa0\xe5\xa5\xbd"));
    QCOMPARE(m_view->detail()->decodedText(), QString::fromUtf8("\xe4\xbd\xa0\xe5\xa5\xbd"));
}

void TestTrafficView::rowsHaveUniformHeight()
{
    addRows(3);
    QHeaderView *rows = m_view->table()->verticalHeader();
    QVERIFY(!rows->isVisible());
    QCOMPARE(rows->sectionResizeMode(0), QHeaderView::Fixed);
    QVERIFY(m_view->table()->horizontalHeader()->stretchLastSection());
}

void TestTrafficView::languageChangeKeepsCaption()
{
    record(EventKind::Recv, QByteArrayLiteral("hello"));
    m_model->flush();
    m_view->table()->selectRow(0);
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view.get(), &change);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(m_view->detail()->bytes(), QByteArrayLiteral("hello"));
    const auto labels = m_view->detail()->findChildren<QLabel *>();
    bool found = false;
    for (const QLabel *label : labels)
        found = found || label->text().startsWith(QLatin1String("#1 "));
    QVERIFY(found);
}

void TestTrafficView::filterBarFiltersTheTable()
{
    addRows(30); // payloads "0\r\n" .. "29\r\n"
    m_view->table()->selectRow(12);
    QCOMPARE(m_view->table()->model(), static_cast<QAbstractItemModel *>(m_model.get()));

    // Typing applies after a short pause; the row that was selected stays selected.
    QTest::keyClicks(m_view->filterBar()->textEdit(), QStringLiteral("2"));
    QTRY_VERIFY(m_view->filterModel());
    QAbstractItemModel *shown = m_view->table()->model();
    QVERIFY(shown != m_model.get());
    QCOMPARE(shown->rowCount(), 12); // 2, 12, 20..29
    QCOMPARE(m_view->sourceRow(m_view->table()->currentIndex().row()), 12);
    QCOMPARE(m_view->detail()->bytes(), QByteArrayLiteral("12\r\n"));

    // New rows that match appear; the copy carries the source rows.
    record(EventKind::Recv, QByteArrayLiteral("a 2 in it"));
    record(EventKind::Recv, QByteArrayLiteral("not this one"));
    m_model->flush();
    QCOMPARE(shown->rowCount(), 13);
    m_view->table()->selectRow(12);
    QVERIFY(m_view->selectedRowsText().contains(QLatin1String("a 2 in it")));

    // Clearing the filter shows the live model itself again.
    m_view->filterBar()->clearFilter();
    QCOMPARE(m_view->filterModel(), nullptr);
    QCOMPARE(m_view->table()->model(), static_cast<QAbstractItemModel *>(m_model.get()));
    QCOMPARE(m_view->table()->currentIndex().row(), 30);
}

QTEST_MAIN(TestTrafficView)
#include "tst_trafficview.moc"
