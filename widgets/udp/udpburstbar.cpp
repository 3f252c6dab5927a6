#include "widgets/udp/udpburstbar.h"

#include "net/udp/udpburst.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

namespace swb::widgets {

UdpBurstBar::UdpBurstBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_count(new QSpinBox(this))
    , m_start(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(this))
{
    // The names the tests find these parts by.
    m_start->setObjectName(QStringLiteral("burstStart"));
    m_count->setObjectName(QStringLiteral("burstCount"));
    m_progress->setObjectName(QStringLiteral("burstProgress"));
    m_stop->setObjectName(QStringLiteral("burstStop"));
    m_count->setRange(1, 100000000);
    m_count->setValue(10000);
    m_count->setGroupSeparatorShown(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_count);
    row->addWidget(m_start);
    row->addWidget(m_progress, 1);
    row->addWidget(m_stop);
    connect(m_start, &QPushButton::clicked, this, [this] { emit startRequested(m_count->value()); });
    connect(m_stop, &QPushButton::clicked, this, &UdpBurstBar::stopRequested);
    setRunning(false);
    retranslateUi();
}

void UdpBurstBar::retranslateUi()
{
    m_label->setText(tr("Burst:"));
    m_count->setSuffix(tr(" datagrams"));
    m_count->setToolTip(tr("How many datagrams to send to the target, one after another, as "
                           "fast as the system takes them (the notes' client that sends "
                           "without stopping). The send box text is the payload; {counter} "
                           "numbers them."));
    m_start->setText(tr("Send as fast as possible"));
    m_stop->setText(tr("Stop"));
}

void UdpBurstBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UdpBurstBar::watch(net::UdpBurst *burst)
{
    connect(burst, &net::UdpBurst::progress, this, [this](quint64 sent, quint64 total) {
        setRunning(true);
        setProgress(sent, total);
    });
    connect(burst, &net::UdpBurst::finished, this, [this](quint64 sent, quint64 total) {
        setRunning(false);
        setProgress(sent, total);
    });
}

void UdpBurstBar::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_count->setEnabled(!running);
    m_stop->setEnabled(running);
}

void UdpBurstBar::setProgress(quint64 sent, quint64 total)
{
    // QProgressBar counts in int; the spin box keeps counts far below INT_MAX.
    m_progress->setRange(0, int(qMax<quint64>(total, 1)));
    m_progress->setValue(int(sent));
}

} // namespace swb::widgets
