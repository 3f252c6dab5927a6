#include "widgets/udp/udpbindrow.h"

#include "widgets/common/combofitter.h"

#include "net/socket/listeningsocket.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace swb::widgets {

UdpBindRow::UdpBindRow(QWidget *parent)
    : QWidget(parent)
    , m_receive(new QCheckBox(this))
    , m_address(new QComboBox(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QLineEdit(QStringLiteral("0"), this))
    , m_share(new QCheckBox(this))
    , m_button(new QPushButton(this))
    , m_exposure(new QLabel(this))
{
    // The whole current item shows in either language and at any zoom.
    new ComboFitter(m_address);
    // The names the tests find these parts by.
    m_port->setObjectName(QStringLiteral("udpBindPort"));
    m_button->setObjectName(QStringLiteral("udpBindButton"));
    m_receive->setChecked(true);
    m_address->setEditable(true);
    m_address->addItems({QStringLiteral("127.0.0.1"), QStringLiteral("0.0.0.0"),
                         QStringLiteral("::1"), QStringLiteral("::")});
    m_address->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255__")));
    m_port->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    m_port->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000000")));
    m_exposure->setWordWrap(true);
    m_exposure->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #664d03; padding: 3px; border-radius: 3px;"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_receive);
    row->addWidget(m_address, 1);
    row->addWidget(m_portLabel);
    row->addWidget(m_port);
    row->addWidget(m_share);
    row->addWidget(m_button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_exposure);

    connect(m_button, &QPushButton::clicked, this, &UdpBindRow::bindClicked);
    connect(m_address, &QComboBox::currentTextChanged, this, &UdpBindRow::updateExposure);
    connect(m_receive, &QCheckBox::toggled, this, &UdpBindRow::updateExposure);
    connect(m_address, &QComboBox::currentTextChanged, this, &UdpBindRow::changed);
    connect(m_port, &QLineEdit::textChanged, this, &UdpBindRow::changed);
    connect(m_receive, &QCheckBox::toggled, this, &UdpBindRow::changed);
    retranslateUi();
    setBound(false);
}

void UdpBindRow::retranslateUi()
{
    m_receive->setText(tr("Receive on"));
    m_receive->setToolTip(tr("bind() to this address and port so that datagrams sent there "
                             "arrive here (a UDP \"server\"). Off: the first send binds a free "
                             "port, as Python's sendto() does, and replies still come back."));
    m_address->setToolTip(tr("127.0.0.1: only this machine can send here (the safe default).\n"
                             "0.0.0.0 or ::: every address of this machine, so other machines "
                             "can send too; needed to receive broadcast and multicast."));
    m_portLabel->setText(tr("Port:"));
    m_port->setToolTip(tr("0 to 65535; 0 lets the system pick a free port."));
    m_share->setText(tr("Share address"));
    m_share->setToolTip(tr("setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): several "
                           "sockets that all set it may bind the same UDP port (each multicast "
                           "or broadcast datagram reaches all of them; a unicast one only the "
                           "last)."));
    m_exposure->setText(tr("\u26a0 Reachable from other machines: this address receives on "
                           "every network interface. Use 127.0.0.1 to keep the socket private."));
    setBound(m_bound);
}

void UdpBindRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool UdpBindRow::receives() const { return m_receive->isChecked(); }
void UdpBindRow::setReceives(bool on) { m_receive->setChecked(on); }
QString UdpBindRow::address() const { return m_address->currentText().trimmed(); }
void UdpBindRow::setAddress(const QString &address) { m_address->setCurrentText(address); }
QString UdpBindRow::portText() const { return m_port->text(); }
void UdpBindRow::setPortText(const QString &port) { m_port->setText(port); }
bool UdpBindRow::sharesAddress() const { return m_share->isChecked(); }
void UdpBindRow::setSharesAddress(bool on) { m_share->setChecked(on); }

void UdpBindRow::setBound(bool bound)
{
    m_bound = bound;
    m_button->setText(bound ? tr("Close") : tr("Bind"));
    m_receive->setEnabled(!bound);
    m_address->setEnabled(!bound);
    m_port->setEnabled(!bound);
    m_share->setEnabled(!bound);
    updateExposure();
}

void UdpBindRow::updateExposure()
{
    const QHostAddress address = net::ListeningSocket::parseAddress(m_address->currentText());
    m_exposure->setVisible(m_receive->isChecked()
                           && net::ListeningSocket::isReachableFromOtherMachines(address));
}

} // namespace swb::widgets
