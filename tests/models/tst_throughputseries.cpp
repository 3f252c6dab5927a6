#include "models/throughputseries.h"

#include <QTest>

using swb::models::ThroughputSeries;
using Totals = ThroughputSeries::Totals;

// The throughput chart's numbers: per panel, per second, from running totals
// sampled after each second or from single events of a file.
class TestThroughputSeries : public QObject
{
    Q_OBJECT

private slots:
    void emptyHasNoPoints();
    void samplesBecomePerSecondDifferences();
    void quietSecondsAreZero();
    void clearedCountersStartOver();
    void windowKeepsTheNewestSeconds();
    void eventsOfAFileFallInTheirSecond();
};

void TestThroughputSeries::emptyHasNoPoints()
{
    ThroughputSeries series;
    QVERIFY(series.points(1).empty());
    QVERIFY(series.panels().isEmpty());
    QCOMPARE(series.peakBytes(), 0);
}

void TestThroughputSeries::samplesBecomePerSecondDifferences()
{
    ThroughputSeries series;
    // Sampled 20 ms after each whole second, as the chart does.
    series.sample(100020, {{1, Totals{1000, 10}}, {2, Totals{0, 0}}});
    series.sample(101020, {{1, Totals{3000, 15}}, {2, Totals{64, 1}}});
    series.sample(102020, {{1, Totals{3500, 16}}, {2, Totals{64, 1}}});
    const auto one = series.points(1);
    QCOMPARE(one.size(), size_t(3));
    QCOMPARE(one[0].second, 99); // the second before the sample
    QCOMPARE(one[0].bytes, 1000);
    QCOMPARE(one[1].bytes, 2000);
    QCOMPARE(one[1].messages, 5);
    QCOMPARE(one[2].bytes, 500);
    QCOMPARE(one[2].second, 101);
    const auto two = series.points(2);
    QCOMPARE(two[1].bytes, 64);
    QCOMPARE(two[2].bytes, 0);
    QCOMPARE(series.peakBytes(), 2000);
    QCOMPARE(series.peakMessages(), 10);
    QList<int> panels = series.panels();
    std::sort(panels.begin(), panels.end());
    QCOMPARE(panels, (QList<int>{1, 2}));
}

void TestThroughputSeries::quietSecondsAreZero()
{
    ThroughputSeries series;
    series.sample(10020, {{1, Totals{10, 1}}});
    series.sample(14020, {{1, Totals{50, 2}}}); // the timer was late: three seconds missed
    const auto points = series.points(1);
    QCOMPARE(points.size(), size_t(5));
    QCOMPARE(points[0].bytes, 10);
    QCOMPARE(points[1].bytes, 0);
    QCOMPARE(points[3].bytes, 0);
    QCOMPARE(points[4].bytes, 40);
    QCOMPARE(points[4].second, 13);
}

void TestThroughputSeries::clearedCountersStartOver()
{
    ThroughputSeries series;
    series.sample(1020, {{1, Totals{5000, 50}}});
    series.sample(2020, {{1, Totals{300, 3}}}); // the table was cleared meanwhile
    const auto points = series.points(1);
    QCOMPARE(points.back().bytes, 300);
    QCOMPARE(points.back().messages, 3);
    series.clear();
    QVERIFY(series.points(1).empty());
}

void TestThroughputSeries::windowKeepsTheNewestSeconds()
{
    ThroughputSeries series(5);
    for (int s = 1; s <= 20; ++s)
        series.sample(s * 1000 + 20, {{7, Totals{s * 100, s}}});
    const auto points = series.points(7);
    QCOMPARE(points.size(), size_t(5));
    QCOMPARE(points.front().second, 15);
    QCOMPARE(points.back().second, 19);
    QCOMPARE(points.back().bytes, 100);
    QCOMPARE(series.firstSecond(), 15);
}

void TestThroughputSeries::eventsOfAFileFallInTheirSecond()
{
    ThroughputSeries series(3600);
    series.add(1, 5000, 10);
    series.add(1, 5999, 20);
    series.add(2, 6000, 1);
    series.add(1, 8500, 7);
    const auto one = series.points(1);
    QCOMPARE(one.size(), size_t(4)); // seconds 5..8 of the file, no more
    QCOMPARE(one[0].second, 5);
    QCOMPARE(one[0].bytes, 30);
    QCOMPARE(one[0].messages, 2);
    QCOMPARE(one[3].bytes, 7);
    QCOMPARE(series.points(2)[1].messages, 1);
}

QTEST_GUILESS_MAIN(TestThroughputSeries)
#include "tst_throughputseries.moc"
