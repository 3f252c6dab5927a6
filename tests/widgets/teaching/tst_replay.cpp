#include "models/sequencemodel.h"
#include "models/trafficmodel.h"
#include "net/traffic/replayloader.h"
#include "net/traffic/trafficwriter.h"
#include "widgets/teaching/replaycontroller.h"
#include "widgets/teaching/replaytoolbar.h"
#include "widgets/teaching/replaywindow.h"
#include "widgets/teaching/sequencediagram.h"
#include "widgets/traffic/conversationstream.h"
#include "widgets/traffic/conversationview.h"
#include "widgets/traffic/trafficview.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using swb::models::SequenceModel;
using swb::models::TrafficModel;
using swb::net::EventKind;
using swb::net::TrafficEvent;
using swb::widgets::ReplayController;
using swb::widgets::ReplayWindow;

// Step-through replay: forward and back end in the same state as a straight
// run (table rows and diagram arrows alike); play runs to the end; a saved
// traffic file replays; the window's buttons drive it all.
class TestReplay : public QObject
{
    Q_OBJECT

private slots:
    void stepsForwardAndBackToTheSameState();
    void playRunsToTheEnd();
    void replaysASavedFile();
    void loaderRejectsBrokenLines();
    void windowFollowsTheCursor();
};

namespace {

std::vector<TrafficEvent> capture()
{
    const QString s = QStringLiteral("127.0.0.1:8001");
    const QString c = QStringLiteral("127.0.0.1:50000");
    std::vector<TrafficEvent> events;
    const auto add = [&events](int panel, EventKind kind, const QString &local,
                               const QString &remote, const QByteArray &data) {
        TrafficEvent e;
        e.seq = quint64(events.size() + 1);
        e.timeMs = 1700000000000 + qint64(events.size()) * 10;
        e.panelId = panel;
        e.panel = panel == 1 ? QStringLiteral("Server") : QStringLiteral("Client");
        e.kind = kind;
        e.local = local;
        e.remote = remote;
        e.data = data;
        events.push_back(e);
    };
    add(1, EventKind::Listen, s, QString(), {});
    add(2, EventKind::Connect, c, s, {});
    add(1, EventKind::Accept, s, c, {});
    for (int i = 0; i < 5; ++i) {
        add(2, EventKind::Send, c, s, "ping " + QByteArray::number(i));
        add(1, EventKind::Recv, s, c, "ping " + QByteArray::number(i));
        add(1, EventKind::Send, s, c, "pong " + QByteArray::number(i));
        add(2, EventKind::Recv, c, s, "pong " + QByteArray::number(i));
    }
    add(2, EventKind::Close, c, s, {});
    add(1, EventKind::Close, s, c, {});
    return events;
}

// What the table and the diagram show, in a comparable form.
QStringList state(const TrafficModel &model, const SequenceModel &sequence)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto e = model.event(row);
        lines << QStringLiteral("%1 %2 %3").arg(e.seq).arg(swb::net::kindName(e.kind),
                                                          QString::fromLatin1(e.data));
    }
    for (int i = 0; i < sequence.arrowCount(); ++i) {
        const auto &a = sequence.arrow(i);
        lines << QStringLiteral("arrow %1 %2->%3 %4 rows %5/%6")
                     .arg(int(a.kind))
                     .arg(sequence.columnOf(a.from))
                     .arg(sequence.columnOf(a.to))
                     .arg(a.label)
                     .arg(sequence.sourceRow(i))
                     .arg(sequence.otherSourceRow(i));
    }
    lines << QStringLiteral("lanes %1").arg(sequence.laneCount());
    return lines;
}

} // namespace

void TestReplay::stepsForwardAndBackToTheSameState()
{
    TrafficModel model;
    QAbstractItemModelTester tester(&model);
    SequenceModel sequence;
    sequence.setSource(&model);
    ReplayController replay(&model);
    QSignalSpy moved(&replay, &ReplayController::positionChanged);
    replay.setEvents(capture());
    QCOMPARE(replay.count(), 25);
    QCOMPARE(model.rowCount(), 0);

    for (int i = 0; i < 9; ++i)
        replay.stepForward();
    QCOMPARE(replay.position(), 9);
    QCOMPARE(model.rowCount(), 9);
    const QStringList atNine = state(model, sequence);
    QCOMPARE(model.event(8).seq, quint64(9)); // the recorded numbers, not new ones

    for (int i = 0; i < 6; ++i)
        replay.stepForward();
    QCOMPARE(model.rowCount(), 15);
    for (int i = 0; i < 6; ++i)
        replay.stepBack();
    QCOMPARE(replay.position(), 9);
    QCOMPARE(state(model, sequence), atNine);

    // Going back past a close and forward again rebuilds the same diagram.
    replay.seek(replay.count());
    const QStringList atEnd = state(model, sequence);
    replay.seek(3);
    QCOMPARE(model.rowCount(), 3);
    replay.seek(replay.count());
    QCOMPARE(state(model, sequence), atEnd);
    replay.seek(0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(sequence.arrowCount(), 0);
    replay.stepBack(); // nothing before the start
    QCOMPARE(replay.position(), 0);
    QVERIFY(moved.count() > 20);
}

void TestReplay::playRunsToTheEnd()
{
    TrafficModel model;
    ReplayController replay(&model);
    replay.setEvents(capture());
    replay.setSpeed(100);
    QSignalSpy playing(&replay, &ReplayController::playingChanged);
    replay.play();
    QVERIFY(replay.isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(replay.position(), replay.count(), 10000);
    QVERIFY(!replay.isPlaying());
    QCOMPARE(playing.count(), 2);
    QCOMPARE(model.rowCount(), replay.count());
    replay.seek(10);
    replay.play();
    replay.pause();
    QCOMPARE(replay.position(), 10);
}

void TestReplay::replaysASavedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::vector<TrafficEvent> events = capture();
    for (const QString &name : {QStringLiteral("capture.jsonl"), QStringLiteral("capture.csv")}) {
        const QString path = dir.filePath(name);
        swb::net::TrafficWriter writer;
        QCOMPARE(writer.open(path).message(), QString());
        for (const TrafficEvent &e : events)
            QCOMPARE(writer.write(e).message(), QString());
        QCOMPARE(writer.close().message(), QString());

        TrafficModel model;
        ReplayController replay(&model);
        const swb::Result<void> loaded = replay.loadFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
        QCOMPARE(replay.count(), int(events.size()));
        replay.seek(replay.count());
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto e = model.event(row);
            QCOMPARE(e.kind, events[size_t(row)].kind);
            QCOMPARE(e.data, events[size_t(row)].data);
            QCOMPARE(e.local, events[size_t(row)].local);
            QCOMPARE(e.timeMs, events[size_t(row)].timeMs);
            QCOMPARE(e.panel, events[size_t(row)].panel);
        }
    }
}

void TestReplay::loaderRejectsBrokenLines()
{
    const swb::Result<swb::net::TrafficEvent> unknownKind =
        swb::net::ReplayLoader::parseCsvLine("1,2024-05-01T10:00:00.000+02:00,p,tcp,nope,,,0,,");
    QVERIFY(!unknownKind.ok());
    QVERIFY(!unknownKind.message().isEmpty());
    QVERIFY(!swb::net::ReplayLoader::parseCsvLine("1,not a time,p,tcp,send,,,0,,").ok());
    QVERIFY(!swb::net::ReplayLoader::parseCsvLine("too,few").ok());
    QCOMPARE(swb::net::ReplayLoader::csvFields(QStringLiteral("1,\"a,\"\"b\"\"\",,x")),
             (QStringList{QStringLiteral("1"), QStringLiteral("a,\"b\""), QString(), QStringLiteral("x")}));
    // A broken line in a file: the failure names the line and points at its first byte.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.csv"));
    const QByteArray header = "seq,time,panel,proto,kind,local,remote,bytes,data,text\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(header + "too,few\n");
    file.close();
    const auto loaded = swb::net::ReplayLoader::loadCsv(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.message().contains(QLatin1String("Line 2")), qPrintable(loaded.message()));
    QCOMPARE(loaded.failure().offset, qint64(header.size()));

    TrafficModel model;
    ReplayController replay(&model);
    QVERIFY(!replay.loadFile(QStringLiteral("/nonexistent/capture.jsonl")).message().isEmpty());
    QVERIFY(!replay.loadFile(QStringLiteral("/nonexistent/capture.csv")).message().isEmpty());
}

void TestReplay::windowFollowsTheCursor()
{
    ReplayWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.controller()->setEvents(capture());
    auto *toolbar = window.toolbar();
    QVERIFY(!toolbar->backButton()->isEnabled());
    for (int i = 0; i < 4; ++i)
        toolbar->forwardButton()->click();
    QCOMPARE(window.model()->rowCount(), 4);
    QCOMPARE(window.trafficView()->table()->currentIndex().row(), 3);
    // Row 3 is the first ping: the diagram highlights its arrow.
    QCOMPARE(window.diagram()->selectedArrow(), window.sequence()->arrowForRow(3));
    QVERIFY(toolbar->backButton()->isEnabled());
    toolbar->backButton()->click();
    QCOMPARE(window.model()->rowCount(), 3);
    QCOMPARE(toolbar->slider()->value(), 3);
    toolbar->slider()->setValue(20);
    QCOMPARE(window.model()->rowCount(), 20);
    QCOMPARE(window.sequence()->arrowCount(), 3 + 4 * 2 + 1);

    // The conversation follows the cursor too, both ways.
    window.findChild<QTabWidget *>()->setCurrentWidget(window.conversation());
    const auto stream = [&window] { return window.conversation()->stream()->streamText(); };
    toolbar->slider()->setValue(8); // up to the client's "ping 1"
    QTRY_VERIFY2(stream().contains(QLatin1String("ping 1")), qPrintable(stream()));
    QVERIFY(!stream().contains(QLatin1String("pong 1")));
    toolbar->slider()->setValue(10);
    toolbar->forwardButton()->click(); // the client receives "pong 1"
    QTRY_VERIFY2(stream().contains(QLatin1String("pong 1")), qPrintable(stream()));
    toolbar->backButton()->click();
    QTRY_VERIFY2(!stream().contains(QLatin1String("pong 1")), qPrintable(stream()));
    QVERIFY(stream().contains(QLatin1String("ping 1")));
}

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"
