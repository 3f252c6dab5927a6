#include "widgets/udp/udptargetrow.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace swb::widgets {

UdpTargetRow::UdpTargetRow(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_host(new QLineEdit(QStringLiteral("127.0.0.1"), this))
    , m_portLabel(new QLabel(this))
    , m_port(new QLineEdit(QStringLiteral("0"), this))
    , m_connect(new QCheckBox(QStringLiteral("connect()"), this))
    , m_broadcast(new QCheckBox(this))
{
    // The names the tests find these parts by.
    m_port->setObjectName(QStringLiteral("udpTargetPort"));
    m_port->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    m_port->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000000")));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_host, 1);
    row->addWidget(m_portLabel);
    row->addWidget(m_port);
    row->addWidget(m_connect);
    row->addWidget(m_broadcast);
    connect(m_host, &QLineEdit::editingFinished, this, &UdpTargetRow::targetEdited);
    connect(m_port, &QLineEdit::editingFinished, this, &UdpTargetRow::targetEdited);
    connect(m_connect, &QCheckBox::toggled, this, &UdpTargetRow::connectToggled);
    connect(m_broadcast, &QCheckBox::toggled, this, &UdpTargetRow::broadcastToggled);
    retranslateUi();
}

void UdpTargetRow::retranslateUi()
{
    m_label->setText(tr("Target:"));
    m_host->setToolTip(tr("Where the send box and bursts send: a host name, an IPv4 or IPv6 "
                          "address, a broadcast address such as 127.255.255.255 or "
                          "255.255.255.255, or a multicast group."));
    m_portLabel->setText(tr("Port:"));
    m_port->setToolTip(tr("The target's port, 1 to 65535."));
    m_connect->setToolTip(tr("connect() the socket to the target, as sock.connect(addr) does "
                             "in Python: only the target's datagrams are received, and an ICMP "
                             "\"port unreachable\" from it is reported."));
    m_broadcast->setText(tr("Broadcast"));
    m_broadcast->setToolTip(tr("setsockopt(SOL_SOCKET, SO_BROADCAST, 1): without it, the system "
                               "refuses to send to a broadcast address (permission denied)."));
}

void UdpTargetRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString UdpTargetRow::host() const { return m_host->text().trimmed(); }
void UdpTargetRow::setHost(const QString &host) { m_host->setText(host); }
QString UdpTargetRow::portText() const { return m_port->text(); }
void UdpTargetRow::setPortText(const QString &port) { m_port->setText(port); }
bool UdpTargetRow::connects() const { return m_connect->isChecked(); }
bool UdpTargetRow::broadcasts() const { return m_broadcast->isChecked(); }

void UdpTargetRow::setConnects(bool on)
{
    const QSignalBlocker blocker(m_connect);
    m_connect->setChecked(on);
}

void UdpTargetRow::setBroadcasts(bool on)
{
    const QSignalBlocker blocker(m_broadcast);
    m_broadcast->setChecked(on);
}

} // namespace swb::widgets
