#include "widgets/tcpclientpanel.h"

#include "models/trafficmodel.h"
#include "net/socketerrors.h"
#include "net/tcpclientendpoint.h"
#include "net/textcodec.h"
#include "widgets/connectioninfoview.h"
#include "widgets/messagelog.h"
#include "widgets/sendbox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace swb::widgets {

TcpClientPanel::TcpClientPanel(int id, models::TrafficModel *traffic, QWidget *parent)
    : Panel(id, net::PanelType::TcpClient, traffic, parent)
    , m_endpoint(new net::TcpClientEndpoint(this))
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(QStringLiteral("127.0.0.1"), this))
    , m_portLabel(new QLabel(this))
    , m_port(new QLineEdit(QStringLiteral("8001"), this))
    , m_connect(new QPushButton(this))
    , m_info(new ConnectionInfoView(this))
    , m_closeOnWord(new QCheckBox(this))
    , m_closeWord(new QLineEdit(this))
    , m_log(new MessageLog(this))
    , m_sendBox(new SendBox(this))
{
    m_endpoint->setSink(traffic);
    m_endpoint->setPanel(id, name());
    m_port->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    m_port->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000000")));
    m_closeWord->setMaximumWidth(120);

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_hostLabel);
    targetRow->addWidget(m_host, 1);
    targetRow->addWidget(m_portLabel);
    targetRow->addWidget(m_port);
    targetRow->addWidget(m_connect);
    auto *wordRow = new QHBoxLayout;
    wordRow->addWidget(m_closeOnWord);
    wordRow->addWidget(m_closeWord);
    wordRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(targetRow);
    layout->addWidget(m_info);
    layout->addLayout(wordRow);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_sendBox);
    addStatusLine(layout);

    m_sendBox->setSender([this](const QByteArray &bytes) {
        if (m_endpoint->send(bytes))
            return true;
        m_endpoint->reportError(tr("Not connected: press Connect first, then send."));
        return false;
    });
    connect(m_sendBox, &SendBox::problem, m_endpoint, &net::TcpClientEndpoint::reportError);
    connect(m_sendBox, &SendBox::encodingChanged, this, &TcpClientPanel::applyCloseWord);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_endpoint->state() == QAbstractSocket::UnconnectedState)
            connectToServer();
        else
            disconnectFromServer();
    });
    connect(m_host, &QLineEdit::returnPressed, this, &TcpClientPanel::connectToServer);
    connect(m_port, &QLineEdit::returnPressed, this, &TcpClientPanel::connectToServer);
    connect(m_closeOnWord, &QCheckBox::toggled, this, &TcpClientPanel::applyCloseWord);
    connect(m_closeWord, &QLineEdit::textEdited, this, &TcpClientPanel::applyCloseWord);

    connect(m_endpoint, &net::TcpClientEndpoint::stateChanged, this, &TcpClientPanel::updateState);
    connect(m_endpoint, &net::TcpClientEndpoint::errorOccurred, this, [this](const QString &m) {
        showError(m);
        m_log->addNote(m);
    });
    connect(m_endpoint, &net::TcpClientEndpoint::logLine, m_log, &MessageLog::addNote);
    connect(m_endpoint, &net::TcpClientEndpoint::dataReceived, this,
            [this](const QByteArray &bytes) { m_log->addReceived(m_endpoint->info().remote, bytes); });
    connect(m_endpoint, &net::TcpClientEndpoint::dataSent, this,
            [this](const QByteArray &bytes) { m_log->addSent(m_endpoint->info().remote, bytes); });

    retranslateUi();
    updateState();
}

TcpClientPanel::~TcpClientPanel() = default;

void TcpClientPanel::retranslateUi()
{
    m_hostLabel->setText(tr("Host:"));
    m_host->setToolTip(tr("A host name (localhost), an IPv4 address (127.0.0.1) or an IPv6 "
                          "address (::1)."));
    m_portLabel->setText(tr("Port:"));
    m_closeOnWord->setText(tr("Close after sending or receiving:"));
    m_closeWord->setPlaceholderText(tr("e.g. q"));
    m_closeOnWord->setToolTip(tr("As in the notes' chat: typing q, or receiving q, ends the "
                                 "conversation."));
    updateState();
}

void TcpClientPanel::onNameChanged()
{
    m_endpoint->setPanel(id(), name());
}

net::PanelConfig TcpClientPanel::config() const
{
    net::PanelConfig c;
    c.type = net::PanelType::TcpClient;
    c.name = name();
    c.encoding = m_sendBox->encoding();
    c.host = m_host->text().trimmed();
    c.port = quint16(m_port->text().toUInt());
    c.closeWord = m_closeOnWord->isChecked() ? m_closeWord->text() : QString();
    c.send = m_sendBox->settings();
    return c;
}

void TcpClientPanel::applyConfig(const net::PanelConfig &c)
{
    setName(c.name);
    m_host->setText(c.host);
    m_port->setText(QString::number(c.port));
    m_closeOnWord->setChecked(!c.closeWord.isEmpty());
    m_closeWord->setText(c.closeWord);
    m_sendBox->setEncoding(c.encoding);
    m_sendBox->setSettings(c.send);
    applyCloseWord();
}

void TcpClientPanel::shutdown()
{
    m_sendBox->stopAutoSend();
    m_endpoint->disconnectFromPeer();
}

void TcpClientPanel::connectToServer()
{
    QString problem;
    const auto port = net::SocketErrors::parsePort(m_port->text(), &problem);
    if (!port) {
        m_endpoint->reportError(problem);
        return;
    }
    if (m_host->text().trimmed().isEmpty()) {
        m_endpoint->reportError(tr("Type the server's host name or address, e.g. 127.0.0.1."));
        return;
    }
    showStatus(QString());
    m_endpoint->connectTo(m_host->text(), *port);
}

void TcpClientPanel::disconnectFromServer()
{
    m_sendBox->stopAutoSend();
    m_endpoint->disconnectFromPeer();
}

void TcpClientPanel::applyCloseWord()
{
    m_log->setEncoding(m_sendBox->encoding());
    m_closeWord->setEnabled(m_closeOnWord->isChecked());
    m_endpoint->setCloseWord(m_closeOnWord->isChecked()
                                 ? net::TextCodec::encode(m_closeWord->text(), m_sendBox->encoding())
                                 : QByteArray());
}

void TcpClientPanel::updateState()
{
    const QAbstractSocket::SocketState state = m_endpoint->state();
    const bool idle = state == QAbstractSocket::UnconnectedState;
    m_connect->setText(idle ? tr("Connect") : tr("Disconnect"));
    m_host->setEnabled(idle);
    m_port->setEnabled(idle);
    m_info->setState(state, m_endpoint->info(), m_endpoint->descriptor());
    m_sendBox->setPeerText(m_endpoint->info().remote);
    if (state == QAbstractSocket::ConnectedState)
        showStatus(tr("Connected to %1.").arg(m_endpoint->info().remote));
    else if (idle && !m_endpoint->info().remote.isEmpty())
        showStatus(tr("Disconnected."));
    if (idle)
        m_sendBox->stopAutoSend();
}

} // namespace swb::widgets
