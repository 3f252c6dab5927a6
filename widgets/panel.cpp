#include "widgets/panel.h"

#include "models/trafficmodel.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace swb::widgets {

Panel::Panel(int id, net::PanelType type, models::TrafficModel *traffic, QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_type(type)
    , m_traffic(traffic)
    , m_status(new QLabel(this))
    , m_counters(new QLabel(this))
    , m_counterTimer(new QTimer(this))
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Counters refresh a few times a second, whatever the traffic rate.
    m_counterTimer->setInterval(250);
    connect(m_counterTimer, &QTimer::timeout, this, &Panel::refreshCounters);
    m_counterTimer->start();
}

Panel::~Panel() = default;

void Panel::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    onNameChanged();
    emit nameChanged(name);
}

QString Panel::statusText() const
{
    return m_status->text();
}

void Panel::addStatusLine(QBoxLayout *layout)
{
    layout->addWidget(m_status);
    layout->addWidget(m_counters);
    refreshCounters();
}

void Panel::showStatus(const QString &text)
{
    m_status->setStyleSheet(QString());
    m_status->setText(text);
}

void Panel::showError(const QString &text)
{
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(text);
}

void Panel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refreshCounters();
    }
    QWidget::changeEvent(event);
}

void Panel::refreshCounters()
{
    if (!m_traffic)
        return;
    const models::TrafficModel::Counters c = m_traffic->counters(m_id);
    const QLocale locale;
    m_counters->setText(tr("RX %1 bytes in %2 messages \u00b7 TX %3 bytes in %4 messages")
                            .arg(locale.toString(c.rxBytes), locale.toString(c.rxMessages),
                                 locale.toString(c.txBytes), locale.toString(c.txMessages)));
}

} // namespace swb::widgets
