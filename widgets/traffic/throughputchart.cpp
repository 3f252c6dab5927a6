#include "widgets/traffic/throughputchart.h"

#include "models/trafficmodel.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace swb::widgets {

namespace {

// Samples are taken this long after each whole second, so that a sample
// counts the second that has just ended.
constexpr int sampleOffsetMs = 20;

QChart *makeChart(QDateTimeAxis *time, QValueAxis *value)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    time->setFormat(QStringLiteral("HH:mm:ss"));
    time->setTickCount(6);
    value->setLabelFormat(QStringLiteral("%.0f"));
    value->setMin(0);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(value, Qt::AlignLeft);
    return chart;
}

} // namespace

ThroughputChart::ThroughputChart(models::TrafficModel *traffic, QWidget *parent)
    : QWidget(parent)
    , m_traffic(traffic)
    , m_bytesTime(new QDateTimeAxis(this))
    , m_messagesTime(new QDateTimeAxis(this))
    , m_bytesValue(new QValueAxis(this))
    , m_messagesValue(new QValueAxis(this))
    , m_note(new QLabel(this))
{
    m_bytesChart = makeChart(m_bytesTime, m_bytesValue);
    m_messagesChart = makeChart(m_messagesTime, m_messagesValue);
    m_bytesView = new QChartView(m_bytesChart, this);
    m_messagesView = new QChartView(m_messagesChart, this);
    for (QChartView *view : {m_bytesView, m_messagesView})
        view->setRenderHint(QPainter::Antialiasing);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_bytesView, 1);
    layout->addWidget(m_messagesView, 1);

    m_sampleTimer.setSingleShot(true);
    m_sampleTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_sampleTimer, &QTimer::timeout, this, [this] {
        sampleAt(QDateTime::currentMSecsSinceEpoch());
        scheduleSample();
    });
    retranslateUi();
    scheduleSample();
}

void ThroughputChart::scheduleSample()
{
    if (m_recorded)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_sampleTimer.start(int(1000 - now % 1000) + sampleOffsetMs);
}

void ThroughputChart::sampleAt(qint64 nowMs)
{
    QHash<int, models::ThroughputSeries::Totals> totals;
    const QList<int> panels = m_traffic->countedPanels();
    for (const int panelId : panels) {
        const models::TrafficModel::Counters c = m_traffic->counters(panelId);
        totals.insert(panelId, {c.rxBytes + c.txBytes, c.rxMessages + c.txMessages});
    }
    m_series.sample(nowMs, totals);
    // Drawing is what costs; a hidden chart only keeps counting.
    if (isVisible())
        redraw();
}

void ThroughputChart::showRecorded()
{
    m_recorded = true;
    m_sampleTimer.stop();
    const models::TrafficStore &store = m_traffic->store();
    qint64 span = 1;
    if (m_traffic->rowCount() > 0)
        span = (store.timeMs(m_traffic->rowCount() - 1) - store.timeMs(0)) / 1000 + 2;
    m_series = models::ThroughputSeries(int(qMin<qint64>(span, qint64(7) * 24 * 3600)));
    for (int row = 0; row < m_traffic->rowCount(); ++row) {
        const net::EventKind kind = store.kind(row);
        if (kind == net::EventKind::Recv || kind == net::EventKind::Send)
            m_series.add(store.source(store.sourceId(row)).panelId, store.timeMs(row),
                         store.payloadSize(row));
    }
    retranslateUi();
    redraw();
}

QString ThroughputChart::panelName(int panelId) const
{
    const models::TrafficStore &store = m_traffic->store();
    for (quint32 id = quint32(store.sourceCount()); id-- > 0;) {
        if (store.source(id).panelId == panelId)
            return m_traffic->panelName(panelId, store.source(id).panel);
    }
    return tr("Panel %1").arg(panelId);
}

QLineSeries *ThroughputChart::line(int panelId, bool bytes) const
{
    return (bytes ? m_bytesLines : m_messagesLines).value(panelId);
}

void ThroughputChart::redraw()
{
    // A line per panel up to maxLines: a recording naming a thousand panels
    // made a thousand lines, and the chart held the window for seconds.
    const QList<int> panels = m_series.panels().mid(0, maxLines);
    for (const int panelId : panels) {
        for (const bool bytes : {true, false}) {
            QHash<int, QLineSeries *> &lines = bytes ? m_bytesLines : m_messagesLines;
            QLineSeries *series = lines.value(panelId);
            if (!series) {
                series = new QLineSeries(this);
                QChart *chart = bytes ? m_bytesChart : m_messagesChart;
                chart->addSeries(series);
                series->attachAxis(bytes ? m_bytesTime : m_messagesTime);
                series->attachAxis(bytes ? m_bytesValue : m_messagesValue);
                lines.insert(panelId, series);
            }
            series->setName(panelName(panelId));
            QList<QPointF> points;
            const auto values = m_series.points(panelId);
            points.reserve(qsizetype(values.size()));
            for (const auto &p : values)
                points.append(QPointF(double(p.second) * 1000, double(bytes ? p.bytes : p.messages)));
            series->replace(points);
        }
    }
    const double first = double(m_series.firstSecond()) * 1000;
    const double last = double(qMax(m_series.lastSecond(), m_series.firstSecond() + 1)) * 1000;
    for (QDateTimeAxis *axis : {m_bytesTime, m_messagesTime})
        axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first)),
                       QDateTime::fromMSecsSinceEpoch(qint64(last)));
    // Some headroom above the highest point keeps the line off the frame.
    m_bytesValue->setMax(qMax<double>(10, double(m_series.peakBytes()) * 1.1));
    m_messagesValue->setMax(qMax<double>(10, double(m_series.peakMessages()) * 1.1));
}

void ThroughputChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    redraw();
}

void ThroughputChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ThroughputChart::retranslateUi()
{
    m_bytesChart->setTitle(tr("Bytes per second (sent + received)"));
    m_messagesChart->setTitle(tr("Messages per second (sends + receives)"));
    m_bytesValue->setTitleText(tr("bytes/s"));
    m_messagesValue->setTitleText(tr("messages/s"));
    QString note = m_recorded
        ? tr("Throughput of the recorded traffic, one point per second.")
        : tr("Each panel's throughput over the last %n minute(s), one point per "
             "second.", "", m_series.windowSeconds() / 60);
    if (const int more = int(m_series.panels().size()) - maxLines; more > 0)
        note += QLatin1Char(' ')
            + tr("Lines are drawn for the first %1 panels; %n more are left out.", "", more)
                  .arg(maxLines);
    m_note->setText(note);
}

} // namespace swb::widgets
