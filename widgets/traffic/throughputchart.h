#pragma once

#include "models/throughputseries.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace swb::models {
class TrafficModel;
}

namespace swb::widgets {

// Bytes per second and messages per second of each panel over the last
// minutes (Qt Charts). Live, it samples the traffic model's running counters
// once a second, which costs the same at ten events a second or a million;
// for a recorded session it counts the events once.
class ThroughputChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChart)
public:
    // Panels that get a line; the note says how many more there are.
    static constexpr int maxLines = 20;

    explicit ThroughputChart(models::TrafficModel *traffic, QWidget *parent = nullptr);

    // A recorded session: the series come from the events now in the model,
    // and the chart stops sampling.
    void showRecorded();
    // Takes one live sample at nowMs (the timer does this after each second).
    void sampleAt(qint64 nowMs);
    const models::ThroughputSeries &series() const { return m_series; }
    // The chart's line for a panel: bytes (true) or messages (false); null if none.
    QLineSeries *line(int panelId, bool bytes) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void scheduleSample();
    void redraw();
    QString panelName(int panelId) const;

    models::TrafficModel *m_traffic;
    models::ThroughputSeries m_series;
    QChart *m_bytesChart = nullptr;
    QChart *m_messagesChart = nullptr;
    QChartView *m_bytesView = nullptr;
    QChartView *m_messagesView = nullptr;
    QDateTimeAxis *m_bytesTime = nullptr;
    QDateTimeAxis *m_messagesTime = nullptr;
    QValueAxis *m_bytesValue = nullptr;
    QValueAxis *m_messagesValue = nullptr;
    QHash<int, QLineSeries *> m_bytesLines;
    QHash<int, QLineSeries *> m_messagesLines;
    QLabel *m_note = nullptr;
    QTimer m_sampleTimer;
    bool m_recorded = false;
};

} // namespace swb::widgets
