#include "models/throughputseries.h"
#include "models/trafficmodel.h"
#include "models/trafficrecorder.h"
#include "net/traffic/trafficevent.h"
#include "widgets/common/bytedetailview.h"
#include "widgets/traffic/conversationview.h"
#include "widgets/traffic/throughputchart.h"
#include "widgets/traffic/trafficpane.h"
#include "widgets/traffic/trafficsessionwindow.h"
#include "widgets/traffic/trafficview.h"

#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using swb::models::TrafficModel;
using swb::models::TrafficRecorder;
using swb::net::EventKind;
using swb::net::TrafficEvent;
using swb::widgets::TrafficSessionWindow;

// A recording opened as a read-only session: the same table and views over
// what was captured, clearly labelled, and a broken file says where.
class TestTrafficSessionWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordingOpensAsTheSameTable();
    void brokenFileIsReportedInTheBanner();
    void missingFileFailsToOpen();

private:
    void recordSession(TrafficModel &model, const QString &path, int events);
    static QString bannerText(const TrafficSessionWindow &window);

    QTemporaryDir m_dir;
};

void TestTrafficSessionWindow::init()
{
    QVERIFY(m_dir.isValid());
}

void TestTrafficSessionWindow::recordSession(TrafficModel &model, const QString &path, int events)
{
    TrafficRecorder recorder;
    QCOMPARE(recorder.start(path).message(), QString());
    model.setTap(&recorder);
    for (int i = 0; i < events; ++i) {
        TrafficEvent e;
        e.timeMs = 1700000000000 + qint64(i) * 250; // four events a second
        e.panelId = 1 + i % 2;
        e.panel = i % 2 ? QStringLiteral("client") : QStringLiteral("server");
        e.kind = i % 3 ? EventKind::Recv : EventKind::Send;
        e.local = QStringLiteral("127.0.0.1:8001");
        e.remote = QStringLiteral("127.0.0.1:50000");
        e.data = "line " + QByteArray::number(i) + "\r\n";
        model.record(std::move(e));
    }
    model.flush();
    model.setTap(nullptr);
    QCOMPARE(recorder.stop().message(), QString());
}

QString TestTrafficSessionWindow::bannerText(const TrafficSessionWindow &window)
{
    QString text;
    const auto labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        text += label->text() + QLatin1Char('\n');
    return text;
}

void TestTrafficSessionWindow::recordingOpensAsTheSameTable()
{
    const QString path = m_dir.filePath(QStringLiteral("capture.jsonl"));
    TrafficModel live;
    recordSession(live, path, 45000); // more than one slice of reading

    TrafficSessionWindow window;
    QSignalSpy loaded(&window, &TrafficSessionWindow::loaded);
    QCOMPARE(window.open(path, qint64(1) << 30).message(), QString());
    window.show();
    QVERIFY(window.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    QVERIFY(!window.isLoading());

    TrafficModel *model = window.model();
    QCOMPARE(model->rowCount(), live.rowCount());
    for (int row = 0; row < live.rowCount(); row += 997) {
        const TrafficEvent a = model->event(row);
        const TrafficEvent b = live.event(row);
        QCOMPARE(a.seq, b.seq);
        QCOMPARE(a.timeMs, b.timeMs);
        QCOMPARE(a.data, b.data);
        QCOMPARE(a.panel, b.panel);
        for (int column = 0; column < TrafficModel::ColumnCount; ++column)
            QCOMPARE(model->index(row, column).data(), live.index(row, column).data());
    }
    QVERIFY(window.windowTitle().contains(QLatin1String("read-only")));
    QVERIFY(window.windowTitle().contains(QLatin1String("capture.jsonl")));
    QVERIFY(bannerText(window).contains(QLatin1String("Read-only")));
    QVERIFY(bannerText(window).contains(QLocale().toString(45000)));

    // The views work on it: the table, a conversation, the throughput per second.
    swb::widgets::TrafficPane *pane = window.pane();
    pane->trafficView()->table()->selectRow(2);
    QVERIFY(!live.event(2).data.isEmpty());
    QCOMPARE(pane->trafficView()->detail()->bytes(), live.event(2).data);
    pane->setCurrentWidget(pane->conversationView());
    QCOMPARE(pane->conversationView()->conversations().size(), 2);
    const swb::models::ThroughputSeries &series = pane->throughputChart()->series();
    const auto points = series.points(1);
    QVERIFY(!points.empty());
    QCOMPARE(points.front().messages, 2); // panel 1 has every other event: two a second
    pane->setCurrentWidget(pane->throughputChart());
    QVERIFY(pane->throughputChart()->line(1, true));
    QCOMPARE(pane->throughputChart()->line(1, true)->name(), QStringLiteral("server"));
}

void TestTrafficSessionWindow::brokenFileIsReportedInTheBanner()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.jsonl"));
    TrafficModel live;
    recordSession(live, path, 10);
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("this is not json\n{\"seq\":1}\n");
    file.close();

    TrafficSessionWindow window;
    QCOMPARE(window.open(path, qint64(1) << 30).message(), QString());
    window.finishLoading();
    QCOMPARE(window.model()->rowCount(), 10);
    QVERIFY2(window.error().contains(QLatin1String("Line 11")), qPrintable(window.error()));
    QVERIFY(bannerText(window).contains(QLatin1String("Line 11")));
}

void TestTrafficSessionWindow::missingFileFailsToOpen()
{
    TrafficSessionWindow window;
    const QString path = m_dir.filePath(QStringLiteral("none.jsonl"));
    const QString error = window.open(path, qint64(1) << 30).message();
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!window.isLoading());
}

QTEST_MAIN(TestTrafficSessionWindow)
#include "tst_trafficsessionwindow.moc"
