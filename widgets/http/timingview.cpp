#include "widgets/http/timingview.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace swb::widgets {

namespace {
constexpr int barWidth = 160;
const char *const barColours[TimingView::PhaseCount] = {"#8e24aa", "#1e88e5", "#00897b",
                                                        "#f4511e", "#43a047", "#546e7a"};
} // namespace

TimingView::TimingView(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < PhaseCount; ++i) {
        m_names[i] = new QLabel(this);
        m_values[i] = new QLabel(this);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_bars[i] = new QLabel(this);
        m_bars[i]->setFixedHeight(8);
        m_bars[i]->setStyleSheet(
            QStringLiteral("background: %1;").arg(QLatin1String(barColours[i])));
        grid->addWidget(m_names[i], i, 0);
        grid->addWidget(m_values[i], i, 1);
        grid->addWidget(m_bars[i], i, 2, Qt::AlignLeft | Qt::AlignVCenter);
    }
    grid->setColumnStretch(2, 1);
    retranslateUi();
}

void TimingView::setTiming(const net::HttpTiming &timing)
{
    m_timing = timing;
    m_empty = false;
    refresh();
}

void TimingView::clear()
{
    m_timing = net::HttpTiming();
    m_empty = true;
    refresh();
}

double TimingView::value(Phase phase) const
{
    switch (phase) {
    case Dns: return m_timing.dnsMs;
    case Connect: return m_timing.connectMs;
    case Tls: return m_timing.tlsMs;
    case Ttfb: return m_timing.ttfbMs;
    case Download: return m_timing.downloadMs;
    case Total: return m_timing.totalMs;
    case PhaseCount: break;
    }
    return -1;
}

QString TimingView::valueText(Phase phase) const
{
    if (m_empty)
        return QStringLiteral("\u2014");
    const double ms = value(phase);
    if (ms >= 0)
        return tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 2 : 1));
    if (m_timing.reusedConnection && (phase == Dns || phase == Connect || phase == Tls))
        return tr("none: connection reused (keep-alive)");
    if (phase == Tls)
        return m_timing.tls ? tr("not finished") : tr("none: plain HTTP");
    return tr("not measured");
}

void TimingView::refresh()
{
    const double total = qMax(m_timing.totalMs, 0.001);
    for (int i = 0; i < PhaseCount; ++i) {
        const auto phase = Phase(i);
        m_values[i]->setText(valueText(phase));
        const double ms = value(phase);
        m_bars[i]->setVisible(!m_empty && ms >= 0);
        m_bars[i]->setFixedWidth(qMax(1, int(barWidth * qBound(0.0, ms / total, 1.0))));
    }
}

void TimingView::retranslateUi()
{
    m_names[Dns]->setText(tr("DNS lookup:"));
    m_names[Connect]->setText(tr("TCP connect:"));
    m_names[Tls]->setText(tr("TLS handshake:"));
    m_names[Ttfb]->setText(tr("Time to first byte:"));
    m_names[Download]->setText(tr("Download:"));
    m_names[Total]->setText(tr("Total:"));
    m_names[Ttfb]->setToolTip(tr("From the moment the request was sent to the first byte of the "
                                 "response: the server's thinking time plus one round trip."));
    refresh();
}

void TimingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
