#include "models/trafficmodel.h"
#include "models/trafficreader.h"
#include "net/traffic/trafficevent.h"
#include "net/traffic/trafficwriter.h"
#include "tests/common/guibusyprobe.h"
#include "tests/net/hostilepeers.h"
#include "widgets/traffic/trafficsessionwindow.h"

#include <QFile>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using swb::models::TrafficModel;
using swb::models::TrafficReader;
using swb::net::TrafficEvent;
using swb::net::TrafficWriter;
using swb::testing::GuiBusyProbe;
using swb::widgets::TrafficSessionWindow;

// Traffic files written to hurt the viewer (issue 19): a .jsonl with one
// 500 MB line, and a recording that names 10,000 panels. Each loads with
// bounded memory, says what it did in the window's banner, and never holds
// the GUI thread for more than 100 ms at a time: the window reads a slice of
// at most TrafficSessionWindow::bytesPerSlice bytes or eventsPerSlice events
// per event-loop turn, and a line is never longer than maxLineBytes.
class TestHostileTrafficFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fiveHundredMegabyteLine();
    void tenThousandPanelNames();

private:
    // Opens path in a session window and waits for it to finish loading, the
    // probe running; returns the banner text.
    QString loadProbed(TrafficSessionWindow &window, const QString &path, GuiBusyProbe &probe);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// What the GUI thread may be held at once: the 100 ms. The sliced
// loads below do at most 2 MiB of parsing per turn, a few ms here.
constexpr qint64 maxBusyMs = 100;

// Under the sanitizers (`make test-sanitizers` sets SWB_SANITIZED) every memory
// access is checked and shadowed: that run checks correctness, not time or RSS.
bool measuresTimeAndMemory()
{
    return !qEnvironmentVariableIsSet("SWB_SANITIZED");
}

TrafficEvent sampleEvent(int i, const QString &panel)
{
    TrafficEvent e;
    e.seq = quint64(i + 1);
    e.timeMs = 1700000000000 + i;
    e.panel = panel;
    e.kind = swb::net::EventKind::Recv;
    e.local = QStringLiteral("127.0.0.1:8001");
    e.remote = QStringLiteral("127.0.0.1:50000");
    e.data = "x";
    return e;
}

// Resets VmHWM to the current RSS (Linux 4.0+), so that the peak of what
// follows can be read.
bool resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

} // namespace

void TestHostileTrafficFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestHostileTrafficFiles::loadProbed(TrafficSessionWindow &window, const QString &path,
                                            GuiBusyProbe &probe)
{
    QSignalSpy loaded(&window, &TrafficSessionWindow::loaded);
    probe.start();
    const auto opened = window.open(path, TrafficModel::defaultMemoryLimit);
    if (!opened)
        return opened.message();
    if (!loaded.wait(60000))
        return QStringLiteral("not loaded");
    probe.stop();
    QString text;
    for (const QLabel *label : window.findChildren<QLabel *>())
        text += label->text() + QLatin1Char('\n');
    return text;
}

void TestHostileTrafficFiles::fiveHundredMegabyteLine()
{
    const QString path = m_dir->filePath(QStringLiteral("long-line.jsonl"));
    {
        TrafficWriter writer;
        QVERIFY(writer.open(path).ok());
        QVERIFY(writer.write(sampleEvent(0, QStringLiteral("server"))).ok());
        QVERIFY(writer.write(sampleEvent(1, QStringLiteral("client"))).ok());
        QVERIFY(writer.close().ok());
    }
    // Then 500 MB without a newline: a sparse file, no disk is used.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() + 500'000'000));
    file.close();

    TrafficSessionWindow window;
    GuiBusyProbe probe;
    QVERIFY(resetPeakRss());
    const qint64 before = hostile::statusKiB("VmHWM");
    const QString banner = loadProbed(window, path, probe);
    const qint64 peakGrowthMiB = (hostile::statusKiB("VmHWM") - before) / 1024;
    qInfo("500 MB line: peak RSS +%lld MiB, GUI thread busy at most %lld ms", peakGrowthMiB,
          probe.longestGapMs());

    QCOMPARE(window.model()->rowCount(), 2);
    QVERIFY2(banner.contains(QStringLiteral("Line 3")) && banner.contains(QStringLiteral("32 MiB")),
             qPrintable(banner));
    // One line buffer of the limit, not the line: 2.5 GiB before.
    if (!measuresTimeAndMemory())
        return;
    QVERIFY2(peakGrowthMiB < 2 * (TrafficReader::maxLineBytes >> 20), qPrintable(QString::number(peakGrowthMiB)));
    QVERIFY2(probe.longestGapMs() < maxBusyMs, qPrintable(QString::number(probe.longestGapMs())));
}

void TestHostileTrafficFiles::tenThousandPanelNames()
{
    constexpr int names = 10000;
    const QString path = m_dir->filePath(QStringLiteral("names.jsonl"));
    {
        TrafficWriter writer;
        QVERIFY(writer.open(path).ok());
        for (int i = 0; i < 2 * names; ++i)
            QVERIFY(writer.write(sampleEvent(i, QStringLiteral("panel %1").arg(i % names))).ok());
        QVERIFY(writer.close().ok());
    }
    TrafficSessionWindow window;
    GuiBusyProbe probe;
    const QString banner = loadProbed(window, path, probe);
    qInfo("10,000 panel names: GUI thread busy at most %lld ms, %lld bytes in the store",
          probe.longestGapMs(), window.model()->memoryUsed());

    // Every event is there; the names past the limit are merged and the banner says so.
    QCOMPARE(window.model()->rowCount(), 2 * names);
    QSet<QString> panels;
    for (int row = 0; row < window.model()->rowCount(); ++row)
        panels.insert(window.model()->event(row).panel);
    QCOMPARE(panels.size(), TrafficReader::maxPanelNames + 1);
    QVERIFY(panels.contains(TrafficReader::otherPanels()));
    QVERIFY2(banner.contains(QStringLiteral("more than 1000 panels"))
                 && banner.contains(TrafficReader::otherPanels()),
             qPrintable(banner));
    // The store's own accounting: a few hundred bytes an event, not the 698 MiB seen before.
    QVERIFY2(window.model()->memoryUsed() < qint64(64) << 20,
             qPrintable(QString::number(window.model()->memoryUsed())));
    if (measuresTimeAndMemory())
        QVERIFY2(probe.longestGapMs() < maxBusyMs, qPrintable(QString::number(probe.longestGapMs())));
}

QTEST_MAIN(TestHostileTrafficFiles)
#include "tst_hostiletrafficfiles.moc"
