#include "widgets/common/panel.h"

#include "models/trafficmodel.h"
#include "net/text/counttext.h"
#include "widgets/common/warningcolour.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

namespace swb::widgets {

Panel::Panel(int id, course::PanelType type, models::TrafficModel *traffic, QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_type(type)
    , m_traffic(traffic)
    , m_status(new QLabel(this))
    , m_counters(new QLabel(this))
    , m_counterTimer(new QTimer(this))
    , m_why(new QToolButton(this))
{
    m_why->setVisible(false);
    m_why->setText(tr("Why?"));
    m_why->setToolTip(tr("Explain this error and what to try"));
    connect(m_why, &QToolButton::clicked, this,
            [this] { emit explainRequested(this, m_status->text()); });
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
    // Rows keep the panel's id; the table and the diagram show this name for them.
    if (m_traffic)
        m_traffic->setPanelName(m_id, name);
    emit nameChanged(name);
}

QString Panel::statusText() const
{
    return m_status->text();
}

void Panel::addStatusLine(QBoxLayout *layout)
{
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_why, 0, Qt::AlignTop);
    layout->addLayout(statusRow);
    layout->addWidget(m_counters);
    refreshCounters();
}

void Panel::showLastingStatus(std::function<QString()> text)
{
    showStatus(text());
    m_lastingStatus = std::move(text);
}

void Panel::showStatus(const QString &text)
{
    m_lastingStatus = nullptr;
    m_why->setVisible(false);
    WarningColour::set(m_status, false);
    m_status->setText(text);
}

void Panel::showError(const QString &text)
{
    m_lastingStatus = nullptr;
    m_why->setVisible(!text.isEmpty());
    WarningColour::set(m_status, true);
    m_status->setText(text);
}

void Panel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refreshCounters();
        m_why->setText(tr("Why?"));
        m_why->setToolTip(tr("Explain this error and what to try"));
        if (m_lastingStatus)
            m_status->setText(m_lastingStatus());
    }
    QWidget::changeEvent(event);
}

void Panel::refreshCounters()
{
    if (!m_traffic)
        return;
    const models::TrafficModel::Counters c = m_traffic->counters(m_id);
    m_counters->setText(tr("RX %1 in %2 \u00b7 TX %3 in %4")
                            .arg(net::CountText::bytes(c.rxBytes), net::CountText::messages(c.rxMessages),
                                 net::CountText::bytes(c.txBytes), net::CountText::messages(c.txMessages)));
}

} // namespace swb::widgets
