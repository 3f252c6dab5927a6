#pragma once

#include "net/httpclient/httptiming.h"

#include <QWidget>

class QLabel;

namespace swb::widgets {

// The timing of the last HTTP exchange: DNS, connect, TLS, time to first
// byte, download and total, each with a bar to scale, and why a phase did not
// happen (a reused connection, plain HTTP) said plainly.
class TimingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingView)
public:
    enum Phase { Dns, Connect, Tls, Ttfb, Download, Total, PhaseCount };

    explicit TimingView(QWidget *parent = nullptr);

    void setTiming(const net::HttpTiming &timing);
    void clear();
    net::HttpTiming timing() const { return m_timing; }
    // The value shown for a phase, e.g. "12.3 ms" or "none: plain HTTP".
    QString valueText(Phase phase) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    double value(Phase phase) const;

    net::HttpTiming m_timing;
    bool m_empty = true;
    QLabel *m_names[PhaseCount] = {};
    QLabel *m_values[PhaseCount] = {};
    QLabel *m_bars[PhaseCount] = {};
};

} // namespace swb::widgets
