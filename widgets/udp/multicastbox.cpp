#include "widgets/udp/multicastbox.h"

#include "widgets/common/combofitter.h"

#include "net/udp/udpmulticast.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>

namespace swb::widgets {

MulticastBox::MulticastBox(QWidget *parent)
    : QWidget(parent)
    , m_groupLabel(new QLabel(this))
    , m_group(new QLineEdit(QStringLiteral("239.255.0.1"), this))
    , m_join(new QPushButton(this))
    , m_leave(new QPushButton(this))
    , m_interfaceLabel(new QLabel(this))
    , m_interface(new QComboBox(this))
    , m_ttlLabel(new QLabel(this))
    , m_ttl(new QSpinBox(this))
    , m_loopback(new QCheckBox(this))
    , m_joinedLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
{
    // The whole current item shows in either language and at any zoom.
    new ComboFitter(m_interface);
    // The names the tests find these parts by.
    m_join->setObjectName(QStringLiteral("multicastJoin"));
    m_group->setObjectName(QStringLiteral("multicastGroup"));
    m_ttl->setRange(0, 255);
    m_ttl->setValue(1);
    m_loopback->setChecked(true);
    m_hint->setWordWrap(true);
    // A tab page does not ask its labels how tall they are at their width:
    // the hint keeps the height its wrapped lines need, or the last are cut.
    m_hint->installEventFilter(this);
    m_list->setMaximumHeight(fontMetrics().height() * 5);
    fillInterfaces();

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_groupLabel, 0, 0);
    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(m_group, 1);
    groupRow->addWidget(m_join);
    groupRow->addWidget(m_leave);
    grid->addLayout(groupRow, 0, 1);
    grid->addWidget(m_interfaceLabel, 1, 0);
    grid->addWidget(m_interface, 1, 1);
    grid->addWidget(m_ttlLabel, 2, 0);
    auto *ttlRow = new QHBoxLayout;
    ttlRow->addWidget(m_ttl);
    ttlRow->addWidget(m_loopback);
    ttlRow->addStretch(1);
    grid->addLayout(ttlRow, 2, 1);
    grid->addWidget(m_joinedLabel, 3, 0, Qt::AlignTop);
    grid->addWidget(m_list, 3, 1);
    grid->addWidget(m_hint, 4, 0, 1, 2);
    grid->setRowStretch(5, 1);

    connect(m_join, &QPushButton::clicked, this,
            [this] { emit joinRequested(m_group->text().trimmed(), interfaceName()); });
    connect(m_group, &QLineEdit::returnPressed, m_join, &QPushButton::click);
    connect(m_leave, &QPushButton::clicked, this, &MulticastBox::leaveSelected);
    connect(m_interface, &QComboBox::currentIndexChanged, this,
            [this] { emit interfaceChanged(interfaceName()); });
    connect(m_ttl, &QSpinBox::valueChanged, this, &MulticastBox::ttlChanged);
    connect(m_loopback, &QCheckBox::toggled, this, &MulticastBox::loopbackChanged);
    retranslateUi();
}

void MulticastBox::attach(net::UdpMulticast *multicast)
{
    m_multicast = multicast;
    connect(this, &MulticastBox::joinRequested, multicast, &net::UdpMulticast::join);
    connect(this, &MulticastBox::leaveRequested, multicast, &net::UdpMulticast::leave);
    connect(this, &MulticastBox::interfaceChanged, multicast, &net::UdpMulticast::setInterface);
    connect(this, &MulticastBox::ttlChanged, multicast, &net::UdpMulticast::setTtl);
    connect(this, &MulticastBox::loopbackChanged, multicast, &net::UdpMulticast::setLoopback);
    connect(multicast, &net::UdpMulticast::changed, this, [this, multicast] {
        QStringList groups;
        QStringList interfaces;
        for (const net::UdpMulticast::Group &g : multicast->members()) {
            groups << g.text;
            interfaces << g.interface;
        }
        setJoined(groups, interfaces);
    });
}

void MulticastBox::apply(const QStringList &groups, const QString &interface, int ttl,
                         bool loopback)
{
    setInterfaceName(interface);
    setTtl(ttl);
    setLoopback(loopback);
    if (!m_multicast)
        return;
    m_multicast->setInterface(interface);
    m_multicast->setTtl(ttl);
    m_multicast->setLoopback(loopback);
    for (const QString &group : m_multicast->groups())
        m_multicast->leave(group);
    for (const QString &group : groups)
        m_multicast->join(group, interface);
}

void MulticastBox::fillInterfaces()
{
    m_interface->addItem(QString(), QString()); // the system's choice; texts set in retranslateUi
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : all) {
        if (iface.flags().testFlag(QNetworkInterface::IsUp))
            m_interface->addItem(QString(), iface.name());
    }
}

void MulticastBox::retranslateUi()
{
    m_groupLabel->setText(tr("Group:"));
    m_group->setToolTip(tr("A multicast group address: IPv4 224.0.0.0 to 239.255.255.255 "
                           "(239.x.y.z stays in your organisation), IPv6 ff00::/8 (ff01:: "
                           "never leaves this machine, ff02:: stays on the link)."));
    m_join->setText(tr("Join"));
    m_join->setToolTip(tr("setsockopt(IPPROTO_IP, IP_ADD_MEMBERSHIP, ...): ask the system to "
                          "deliver the group's datagrams to this socket."));
    m_leave->setText(tr("Leave"));
    m_interfaceLabel->setText(tr("Interface:"));
    m_interface->setItemText(0, tr("(the system's choice)"));
    for (int i = 1; i < m_interface->count(); ++i) {
        const QString name = m_interface->itemData(i).toString();
        const QNetworkInterface iface = QNetworkInterface::interfaceFromName(name);
        QString label = name;
        if (!iface.isValid())
            label = tr("%1 (not on this machine)").arg(name);
        else if (iface.flags().testFlag(QNetworkInterface::IsLoopBack))
            label = tr("%1 (loopback)").arg(name);
        else if (!iface.flags().testFlag(QNetworkInterface::CanMulticast))
            label = tr("%1 (no multicast)").arg(name);
        m_interface->setItemText(i, label);
    }
    m_interface->setToolTip(tr("Where to join the group and send multicast. On a machine "
                               "without network, choose lo."));
    m_ttlLabel->setText(tr("TTL / hops:"));
    m_ttl->setToolTip(tr("IP_MULTICAST_TTL: how many routers a multicast datagram may cross. 1 "
                         "keeps it on the local network, 0 on this machine."));
    m_loopback->setText(tr("Loopback (hear our own datagrams)"));
    m_loopback->setToolTip(tr("IP_MULTICAST_LOOP: datagrams this socket sends to a group are "
                              "also delivered to members on this machine, itself included."));
    m_joinedLabel->setText(tr("Joined:"));
    m_hint->setText(tr("To receive a group's datagrams, bind to 0.0.0.0 (or ::) and the group's "
                       "port, then join. To send to a group, make it the target."));
    if (m_hint->isVisible())
        m_hint->setMinimumHeight(m_hint->heightForWidth(m_hint->width()));
    setJoined(m_joinedGroups, QStringList());
}

bool MulticastBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_hint
        && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        m_hint->setMinimumHeight(m_hint->heightForWidth(m_hint->width()));
    return QWidget::eventFilter(watched, event);
}

void MulticastBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString MulticastBox::interfaceName() const
{
    return m_interface->currentData().toString();
}

void MulticastBox::setInterfaceName(const QString &name)
{
    int index = m_interface->findData(name.trimmed());
    if (index < 0) {
        // Not on this machine (a workspace from elsewhere): keep it, so the error says so.
        m_interface->addItem(tr("%1 (not on this machine)").arg(name.trimmed()), name.trimmed());
        index = m_interface->count() - 1;
    }
    const QSignalBlocker blocker(m_interface);
    m_interface->setCurrentIndex(index);
}

int MulticastBox::ttl() const
{
    return m_ttl->value();
}

void MulticastBox::setTtl(int ttl)
{
    const QSignalBlocker blocker(m_ttl);
    m_ttl->setValue(ttl);
}

bool MulticastBox::loopback() const
{
    return m_loopback->isChecked();
}

void MulticastBox::setLoopback(bool on)
{
    const QSignalBlocker blocker(m_loopback);
    m_loopback->setChecked(on);
}

void MulticastBox::setJoined(const QStringList &groups, const QStringList &interfaces)
{
    m_joinedGroups = groups;
    m_list->clear();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString iface = interfaces.value(i);
        auto *item = new QListWidgetItem(iface.isEmpty() ? groups.at(i)
                                                         : tr("%1 on %2").arg(groups.at(i), iface),
                                         m_list);
        item->setData(Qt::UserRole, groups.at(i));
    }
    m_leave->setEnabled(!groups.isEmpty());
}

void MulticastBox::leaveSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    emit leaveRequested(selected.isEmpty() ? m_group->text().trimmed()
                                           : selected.first()->data(Qt::UserRole).toString());
}

} // namespace swb::widgets
