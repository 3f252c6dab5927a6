#include "widgets/stream/tcpclientpanel.h"

#include "net/socket/socketerrors.h"
#include "net/stream/tcpclientendpoint.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace swb::widgets {

TcpClientPanel::TcpClientPanel(int id, models::TrafficModel *traffic, QWidget *parent)
    : StreamClientPanel(id, course::PanelType::TcpClient, new net::TcpClientEndpoint, traffic, parent)
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(QStringLiteral("127.0.0.1"), this))
    , m_portLabel(new QLabel(this))
    , m_port(new QLineEdit(QStringLiteral("8001"), this))
{
    m_port->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    m_port->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000000")));
    targetLayout()->addWidget(m_hostLabel);
    targetLayout()->addWidget(m_host, 1);
    targetLayout()->addWidget(m_portLabel);
    targetLayout()->addWidget(m_port);
    targetLayout()->addWidget(connectButton());

    connect(m_host, &QLineEdit::returnPressed, this, &TcpClientPanel::connectToServer);
    connect(m_port, &QLineEdit::returnPressed, this, &TcpClientPanel::connectToServer);

    retranslateUi();
}

TcpClientPanel::~TcpClientPanel() = default;

net::TcpClientEndpoint *TcpClientPanel::endpoint() const
{
    return static_cast<net::TcpClientEndpoint *>(clientEndpoint());
}

void TcpClientPanel::retranslateUi()
{
    m_hostLabel->setText(tr("Host:"));
    m_host->setToolTip(tr("A host name (localhost), an IPv4 address (127.0.0.1) or an IPv6 "
                          "address (::1)."));
    m_portLabel->setText(tr("Port:"));
    StreamClientPanel::retranslateUi();
}

course::PanelConfig TcpClientPanel::config() const
{
    course::PanelConfig c = baseConfig();
    course::TcpClientConfig &s = c.tcpClient();
    s.host = m_host->text().trimmed();
    s.port = quint16(m_port->text().toUInt());
    s.closeWord = closeWord();
    s.autoConnect = autoConnects();
    return c;
}

void TcpClientPanel::applyConfig(const course::PanelConfig &c)
{
    const course::TcpClientConfig &s = c.tcpClient();
    m_host->setText(s.host);
    m_port->setText(QString::number(s.port));
    applyBaseConfig(c, s.closeWord, s.autoConnect);
}

void TcpClientPanel::connectToServer()
{
    const Result<quint16> port = net::SocketErrors::parsePort(m_port->text());
    if (!port) {
        endpoint()->reportError(port.message());
        return;
    }
    if (m_host->text().trimmed().isEmpty()) {
        endpoint()->reportError(tr("Type the server's host name or address, e.g. 127.0.0.1."));
        return;
    }
    showStatus(QString());
    endpoint()->connectTo(m_host->text(), *port);
}

void TcpClientPanel::updateTarget(bool idle)
{
    m_host->setEnabled(idle);
    m_port->setEnabled(idle);
}

} // namespace swb::widgets
