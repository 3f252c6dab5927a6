#include "widgets/stream/tcpserverpanel.h"

#include "widgets/common/combofitter.h"

#include "net/socket/listeningsocket.h"
#include "net/socket/socketerrors.h"
#include "net/stream/tcpserverendpoint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace swb::widgets {

TcpServerPanel::TcpServerPanel(int id, models::TrafficModel *traffic, QWidget *parent)
    : StreamServerPanel(id, course::PanelType::TcpServer, new net::TcpServerEndpoint, traffic, parent)
    , m_addressLabel(new QLabel(this))
    , m_address(new QComboBox(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QLineEdit(QStringLiteral("0"), this))
    , m_backlogLabel(new QLabel(this))
    , m_backlog(new QSpinBox(this))
    , m_reuse(new QCheckBox(QStringLiteral("SO_REUSEADDR"), this))
    , m_exposure(new QLabel(this))
{
    // The whole current item shows in either language and at any zoom.
    new ComboFitter(m_address);
    // The names the tests find these parts by.
    m_port->setObjectName(QStringLiteral("tcpServerPort"));
    m_exposure->setObjectName(QStringLiteral("tcpServerExposure"));
    m_address->setEditable(true);
    m_address->addItems({QStringLiteral("127.0.0.1"), QStringLiteral("0.0.0.0"),
                         QStringLiteral("::1"), QStringLiteral("::")});
    m_port->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    m_port->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000000")));
    m_address->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255__")));
    m_backlog->setRange(0, 4096);
    m_backlog->setValue(5);
    m_reuse->setChecked(true);
    m_exposure->setWordWrap(true);
    m_exposure->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #664d03; padding: 3px; border-radius: 3px;"));

    auto *settingsRow = new QHBoxLayout;
    settingsRow->addWidget(m_addressLabel);
    settingsRow->addWidget(m_address, 1);
    settingsRow->addWidget(m_portLabel);
    settingsRow->addWidget(m_port);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_backlogLabel);
    optionsRow->addWidget(m_backlog);
    optionsRow->addWidget(m_reuse);
    optionsRow->addStretch(1);
    optionsRow->addWidget(startStopButton());
    settingsLayout()->addLayout(settingsRow);
    settingsLayout()->addLayout(optionsRow);
    settingsLayout()->addWidget(m_exposure);

    connect(m_address, &QComboBox::currentTextChanged, this, &TcpServerPanel::updateState);

    retranslateUi();
}

TcpServerPanel::~TcpServerPanel() = default;

net::TcpServerEndpoint *TcpServerPanel::endpoint() const
{
    return static_cast<net::TcpServerEndpoint *>(serverEndpoint());
}

void TcpServerPanel::retranslateUi()
{
    m_addressLabel->setText(tr("Address:"));
    m_address->setToolTip(tr("127.0.0.1: only this machine can connect (the safe default).\n"
                             "0.0.0.0 or ::: every address of this machine, so other machines "
                             "can connect too."));
    m_portLabel->setText(tr("Port:"));
    m_port->setToolTip(tr("0 to 65535; 0 lets the system pick a free port."));
    m_backlogLabel->setText(tr("Backlog:"));
    m_backlog->setToolTip(tr("listen(backlog): how many finished handshakes may wait for "
                             "accept()."));
    m_reuse->setToolTip(tr("setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): lets a "
                           "restarted server bind the port again at once, while old connections "
                           "are still in TIME_WAIT. Without it, a quick restart fails with "
                           "\"address already in use\"."));
    m_exposure->setText(tr("\u26a0 Reachable from other machines: this address listens on every "
                           "network interface. Use 127.0.0.1 to keep the server private."));
    StreamServerPanel::retranslateUi();
}

course::PanelConfig TcpServerPanel::config() const
{
    course::PanelConfig c = baseConfig();
    course::TcpServerConfig &s = c.tcpServer();
    s.listen.address = m_address->currentText().trimmed();
    s.listen.port = quint16(m_port->text().toUInt());
    s.listen.backlog = m_backlog->value();
    s.listen.reuseAddress = m_reuse->isChecked();
    s.autoStart = startsOnOpen();
    s.behaviour = behaviour();
    return c;
}

void TcpServerPanel::applyConfig(const course::PanelConfig &c)
{
    const course::TcpServerConfig &s = c.tcpServer();
    m_address->setCurrentText(s.listen.address);
    m_port->setText(QString::number(s.listen.port));
    m_backlog->setValue(s.listen.backlog);
    m_reuse->setChecked(s.listen.reuseAddress);
    applyBaseConfig(c, s.autoStart, s.behaviour);
}

QString TcpServerPanel::resourceKey() const
{
    const uint port = m_port->text().toUInt();
    return port == 0 ? QString() : QStringLiteral("tcp/%1").arg(port);
}

bool TcpServerPanel::start()
{
    const Result<quint16> port = net::SocketErrors::parsePort(m_port->text());
    if (!port) {
        reportError(port.message());
        return false;
    }
    net::TcpServerSettings settings;
    settings.address = m_address->currentText().trimmed();
    settings.port = *port;
    settings.backlog = m_backlog->value();
    settings.reuseAddress = m_reuse->isChecked();
    if (!endpoint()->start(settings))
        return false;
    showLastingStatus([this] {
        return tr("Listening on %1. Clients connect to this address and port.")
            .arg(endpoint()->localEndpoint());
    });
    return true;
}

void TcpServerPanel::updateSettings(bool listening)
{
    m_address->setEnabled(!listening);
    m_port->setEnabled(!listening);
    m_backlog->setEnabled(!listening);
    m_reuse->setEnabled(!listening);
    const QHostAddress address = net::ListeningSocket::parseAddress(m_address->currentText());
    m_exposure->setVisible(net::ListeningSocket::isReachableFromOtherMachines(address));
}

} // namespace swb::widgets
