#include "tests/models/testevents.h"

#include "models/trafficmodel.h"
#include "models/trafficreader.h"
#include "models/recordingbudget.h"
#include "models/trafficrecorder.h"
#include "net/traffic/trafficevent.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using swb::models::TrafficModel;
using swb::models::TrafficReader;
using swb::models::TrafficRecorder;
using swb::net::EventKind;
using swb::net::Protocol;
using swb::net::TrafficEvent;
using swb::tests::compareEvents;

// Record to disk and open again: what was captured comes back the same, byte
// for byte, whether or not rows left the table meanwhile; a file cut short by
// a crash still opens; a broken line is named.
class TestTrafficRecorder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordedSessionReopensEqual();
    void recordsRowsTheTableDropped();
    void linesReachTheFileWhileRecording();
    void budgetFlushesByTimeAndBytes();
    void lagStaysBoundedUnderLoad();
    void truncatedLastLineIsSkipped();
    void brokenLineIsNamed();
    void seqOutOfRange_data();
    void seqOutOfRange();
    void csvIsRecordedToo();
    void unwritablePathSaysSo();

private:
    void recordScript(TrafficModel &model);
    std::vector<TrafficEvent> readAll(const QString &path, QString *error = nullptr,
                                      bool *skipped = nullptr) const;

    QTemporaryDir m_dir;
};

void TestTrafficRecorder::init()
{
    QVERIFY(m_dir.isValid());
}

void TestTrafficRecorder::recordScript(TrafficModel &model)
{
    // Every kind and protocol, binary and empty payloads, messages with
    // quotes, newlines and Chinese, times with milliseconds.
    for (int i = 0; i < 64; ++i) {
        TrafficEvent e;
        e.timeMs = 1700000000123 + qint64(i) * 1001;
        e.panelId = 1 + i % 3;
        e.panel = QStringLiteral("面板 \"%1\"").arg(e.panelId);
        e.protocol = static_cast<Protocol>(i % 4);
        e.kind = static_cast<EventKind>(i % 8);
        e.local = QStringLiteral("127.0.0.1:8001");
        e.remote = i % 5 ? QStringLiteral("[::1]:%1").arg(50000 + i) : QString();
        if (e.kind == EventKind::Recv || e.kind == EventKind::Send) {
            for (int b = 0; b < i * 7; ++b)
                e.data.append(char((b * 31 + i) & 0xff));
        }
        if (e.kind == EventKind::Error || e.kind == EventKind::Info)
            e.text = QStringLiteral("line one\nline \"two\" 第二行 %1").arg(i);
        model.record(std::move(e));
    }
}

std::vector<TrafficEvent> TestTrafficRecorder::readAll(const QString &path, QString *error,
                                                       bool *skipped) const
{
    std::vector<TrafficEvent> events;
    TrafficReader reader;
    QString problem = reader.open(path).message();
    TrafficEvent e;
    while (problem.isEmpty() && reader.read(&e))
        events.push_back(e);
    if (problem.isEmpty())
        problem = reader.error();
    if (error)
        *error = problem;
    if (skipped)
        *skipped = reader.skippedPartialLine();
    return events;
}

void TestTrafficRecorder::recordedSessionReopensEqual()
{
    const QString path = m_dir.filePath(QStringLiteral("session.jsonl"));
    TrafficModel model;
    TrafficRecorder recorder;
    QCOMPARE(recorder.start(path).message(), QString());
    QVERIFY(recorder.isRecording());
    model.setTap(&recorder);
    recordScript(model);
    model.flush();
    QCOMPARE(recorder.stop().message(), QString());
    QVERIFY(!recorder.isRecording());
    QCOMPARE(recorder.writtenEvents(), quint64(64));

    QString error;
    const std::vector<TrafficEvent> events = readAll(path, &error);
    QCOMPARE(error, QString());
    QCOMPARE(int(events.size()), model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        compareEvents(events[size_t(row)], model.event(row));

    // Opened as a session: the same table.
    TrafficModel reopened;
    for (const TrafficEvent &e : events)
        reopened.restore(e);
    reopened.flush();
    QCOMPARE(reopened.rowCount(), model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        compareEvents(reopened.event(row), model.event(row));
        for (int column = 0; column < TrafficModel::ColumnCount; ++column)
            QCOMPARE(reopened.index(row, column).data(), model.index(row, column).data());
    }
    // Panels are told apart by name in files; counters come back too.
    const TrafficModel::Counters a = model.counters(1);
    const TrafficModel::Counters b = reopened.counters(reopened.event(0).panelId);
    QCOMPARE(b.rxBytes + b.txBytes, a.rxBytes + a.txBytes);
}

void TestTrafficRecorder::recordsRowsTheTableDropped()
{
    const QString path = m_dir.filePath(QStringLiteral("long.jsonl"));
    TrafficModel model;
    model.setMemoryLimit(4000); // a few rows only
    TrafficRecorder recorder;
    QCOMPARE(recorder.start(path).message(), QString());
    model.setTap(&recorder);
    std::vector<TrafficEvent> sent;
    for (int i = 0; i < 500; ++i) {
        TrafficEvent e;
        e.timeMs = 1700000000000 + i;
        e.panelId = 1;
        e.panel = QStringLiteral("flood");
        e.kind = EventKind::Recv;
        e.data = QByteArray::number(i).repeated(20);
        sent.push_back(e);
        model.record(std::move(e));
        if (i % 50 == 49)
            model.flush();
    }
    QVERIFY(model.droppedRows() > 400);
    QCOMPARE(recorder.stop().message(), QString());
    const std::vector<TrafficEvent> events = readAll(path);
    QCOMPARE(events.size(), sent.size());
    for (size_t i = 0; i < sent.size(); ++i) {
        QCOMPARE(events[i].seq, quint64(i + 1));
        QCOMPARE(events[i].data, sent[i].data);
    }
}

void TestTrafficRecorder::linesReachTheFileWhileRecording()
{
    const QString path = m_dir.filePath(QStringLiteral("live.jsonl"));
    TrafficModel model;
    TrafficRecorder recorder;
    QCOMPARE(recorder.start(path).message(), QString());
    model.setTap(&recorder);
    recordScript(model);
    // Without stop(): the recorder flushes by itself within its interval.
    QTRY_COMPARE_WITH_TIMEOUT(int(readAll(path).size()), 64,
                              20 * TrafficRecorder::flushIntervalMs);
    QCOMPARE(recorder.stop().message(), QString());
}

// The flush rule on a made-up clock: by time when traffic is light, by bytes
// under load, never for nothing.
void TestTrafficRecorder::budgetFlushesByTimeAndBytes()
{
    swb::models::RecordingBudget budget(100, 1000);
    QVERIFY(!budget.flushDue(0));
    QVERIFY(!budget.flushDue(10000)); // nothing written: nothing to flush
    budget.wrote(10);
    QVERIFY(!budget.flushDue(99));
    QVERIFY(budget.flushDue(100));
    budget.flushed(100);
    QVERIFY(!budget.flushDue(150));
    budget.wrote(999);
    QVERIFY(!budget.flushDue(150));
    budget.wrote(1); // 1000 bytes since the last flush: due at once
    QVERIFY(budget.flushDue(150));
    budget.flushed(150);
    QCOMPARE(budget.unflushed(), 0);
}

// A producer far faster than the disk (a fast client): record() waits for the
// writer once the queue passes its limit, so what a kill could lose — events
// recorded but not yet flushed — stays under a bound set by sizes, whatever
// the speed of this machine. (With a 64 MiB queue and one flush per 200 ms
// the file fell 4.7-6 s behind a 20 MB/s client.)
void TestTrafficRecorder::lagStaysBoundedUnderLoad()
{
    const QString path = m_dir.filePath(QStringLiteral("load.jsonl"));
    constexpr qint64 limit = 64 * 1024;
    constexpr qint64 payload = 8 * 1024;
    constexpr int count = 3000; // 24 MB
    TrafficRecorder recorder;
    recorder.setQueueLimit(limit);
    QCOMPARE(recorder.start(path).message(), QString());
    // Queued (the limit and one event), the batch being written (the same),
    // and the event being handed over.
    const quint64 bound = 2 * (quint64(limit / payload) + 1) + 1;
    quint64 worst = 0;
    for (int i = 0; i < count; ++i) {
        TrafficEvent e;
        e.seq = quint64(i + 1);
        e.timeMs = 1700000000000 + i;
        e.panelId = 1;
        e.panel = QStringLiteral("echo");
        e.kind = EventKind::Recv;
        e.data = QByteArray(payload, char('a' + i % 26));
        recorder.record(std::move(e));
        worst = qMax(worst, quint64(i + 1) - recorder.flushedEvents());
    }
    qInfo("at most %llu events (%llu KiB) recorded but not flushed; the producer waited %llu times",
          worst, worst * payload / 1024, recorder.waits());
    QVERIFY2(worst <= bound, qPrintable(QString::number(worst)));
    QCOMPARE(recorder.stop().message(), QString());
    QCOMPARE(recorder.flushedEvents(), quint64(count));
    QCOMPARE(readAll(path).size(), size_t(count));
}

void TestTrafficRecorder::truncatedLastLineIsSkipped()
{
    const QString path = m_dir.filePath(QStringLiteral("crash.jsonl"));
    {
        TrafficModel model;
        TrafficRecorder recorder;
        QCOMPARE(recorder.start(path).message(), QString());
        model.setTap(&recorder);
        recordScript(model);
        QCOMPARE(recorder.stop().message(), QString());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    file.close();
    // Cut in the middle of the last line, as a crash while writing would.
    const qsizetype lastStart = whole.lastIndexOf('\n', whole.size() - 2) + 1;
    QVERIFY(QFile::resize(path, lastStart + (whole.size() - lastStart) / 2));

    QString error;
    bool skipped = false;
    const std::vector<TrafficEvent> events = readAll(path, &error, &skipped);
    QCOMPARE(error, QString());
    QVERIFY(skipped);
    QCOMPARE(int(events.size()), 63);
    QCOMPARE(events.back().seq, quint64(63));
}

void TestTrafficRecorder::brokenLineIsNamed()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.jsonl"));
    {
        TrafficModel model;
        TrafficRecorder recorder;
        QCOMPARE(recorder.start(path).message(), QString());
        model.setTap(&recorder);
        recordScript(model);
        QCOMPARE(recorder.stop().message(), QString());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    lines[4] = "{\"seq\": 5, \"oops\"";
    lines[9].replace("\"kind\":\"", "\"kind\":\"x");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join('\n'));
    file.close();

    QString error;
    const std::vector<TrafficEvent> events = readAll(path, &error);
    QCOMPARE(int(events.size()), 4);
    QVERIFY2(error.contains(QLatin1String("Line 5")), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));

    QHash<QString, int> ids;
    QVERIFY(TrafficReader::parseLine(lines[9], &ids).message().contains(QLatin1String("kind")));
    QVERIFY(TrafficReader::parseLine("[1,2]", &ids).message().contains(QLatin1String("object")));
    // Broken JSON says where: the offset in the line, and the same place counted from 1.
    const swb::Result<TrafficEvent> broken = TrafficReader::parseLine("{\"seq\": ]", &ids);
    QVERIFY(!broken.ok());
    QVERIFY(broken.failure().offset >= 0);
    QVERIFY2(broken.message().contains(QStringLiteral("character %1").arg(broken.failure().offset + 1)),
             qPrintable(broken.message()));
    const swb::Result<TrafficEvent> first = TrafficReader::parseLine(lines[0], &ids);
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QCOMPARE(first->seq, quint64(1));
}

void TestTrafficRecorder::seqOutOfRange_data()
{
    QTest::addColumn<QByteArray>("seq");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint64>("expected");

    QTest::newRow("zero") << QByteArray("0") << true << quint64(0);
    QTest::newRow("2^53") << QByteArray("9007199254740992") << true << quint64(9007199254740992ULL);
    QTest::newRow("just below 2^64") << QByteArray("18446744073709549568") << true
                                     << quint64(18446744073709549568ULL);
    QTest::newRow("negative") << QByteArray("-1") << false << quint64(0);
    QTest::newRow("text") << QByteArray("\"7\"") << false << quint64(0);
    // Converting these to quint64 was undefined behaviour (found by fuzz_trafficfile).
    QTest::newRow("fuzz: seq 1e300") << QByteArray("1e300") << false << quint64(0);
    QTest::newRow("fuzz: seq 2^64") << QByteArray("18446744073709551616") << false << quint64(0);
}

void TestTrafficRecorder::seqOutOfRange()
{
    QFETCH(QByteArray, seq);
    QFETCH(bool, ok);
    QFETCH(quint64, expected);
    const QByteArray line = "{\"bytes\":0,\"data\":\"\",\"kind\":\"info\",\"local\":\"\",\"panel\":\"p\","
                            "\"proto\":\"tcp\",\"remote\":\"\",\"seq\":"
        + seq + ",\"text\":\"\",\"time\":\"2024-05-01T12:00:00.000Z\"}";
    QHash<QString, int> ids;
    const swb::Result<TrafficEvent> parsed = TrafficReader::parseLine(line, &ids);
    if (!ok) {
        QVERIFY2(parsed.message().contains(QLatin1String("seq")), qPrintable(parsed.message()));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(parsed->seq, expected);
}

void TestTrafficRecorder::csvIsRecordedToo()
{
    const QString path = m_dir.filePath(QStringLiteral("session.csv"));
    TrafficModel model;
    TrafficRecorder recorder;
    QCOMPARE(recorder.start(path).message(), QString());
    model.setTap(&recorder);
    recordScript(model);
    QCOMPARE(recorder.stop().message(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("seq,time,panel,proto,kind,local,remote,bytes,data,text\n"));
    QVERIFY(content.contains("\n64,"));
    // Only JSON Lines open as a session; CSV is for spreadsheets.
    TrafficReader reader;
    QVERIFY(reader.open(path).message().contains(QLatin1String("CSV")));
}

void TestTrafficRecorder::unwritablePathSaysSo()
{
    TrafficRecorder recorder;
    const QString path = m_dir.filePath(QStringLiteral("no/such/dir/x.jsonl"));
    const QString error = recorder.start(path).message();
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!recorder.isRecording());
    recorder.record(TrafficEvent()); // ignored, not a crash
    QCOMPARE(recorder.stop().message(), QString());
}

QTEST_GUILESS_MAIN(TestTrafficRecorder)
#include "tst_trafficrecorder.moc"
