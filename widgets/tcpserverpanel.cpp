#include "widgets/tcpserverpanel.h"

#include "models/connectionlistmodel.h"
#include "models/trafficmodel.h"
#include "net/listeningsocket.h"
#include "net/socketerrors.h"
#include "net/tcpserverendpoint.h"
#include "widgets/behavioureditor.h"
#include "widgets/messagelog.h"
#include "widgets/sendbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace swb::widgets {

TcpServerPanel::TcpServerPanel(int id, models::TrafficModel *traffic, QWidget *parent)
    : Panel(id, net::PanelType::TcpServer, traffic, parent)
    , m_endpoint(new net::TcpServerEndpoint(this))
    , m_connections(new models::ConnectionListModel(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QComboBox(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QLineEdit(QStringLiteral("0"), this))
    , m_backlogLabel(new QLabel(this))
    , m_backlog(new QSpinBox(this))
    , m_reuse(new QCheckBox(QStringLiteral("SO_REUSEADDR"), this))
    , m_startStop(new QPushButton(this))
    , m_exposure(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_clientTable(new QTableView(this))
    , m_disconnect(new QPushButton(this))
    , m_log(new MessageLog(this))
    , m_behaviour(new BehaviourEditor(this))
    , m_targetLabel(new QLabel(this))
    , m_toSelected(new QRadioButton(this))
    , m_toAll(new QRadioButton(this))
    , m_sendBox(new SendBox(this))
    , m_refresh(new QTimer(this))
{
    m_endpoint->setSink(traffic);
    m_endpoint->setPanel(id, name());
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
    m_toSelected->setChecked(true);

    m_clientTable->setModel(m_connections);
    m_clientTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clientTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clientTable->verticalHeader()->hide();
    m_clientTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_clientTable->horizontalHeader()->setStretchLastSection(true);

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
    optionsRow->addWidget(m_startStop);

    auto *clientsPage = new QSplitter(Qt::Vertical, m_tabs);
    auto *clientsBox = new QWidget(clientsPage);
    auto *clientsLayout = new QVBoxLayout(clientsBox);
    clientsLayout->setContentsMargins(0, 0, 0, 0);
    clientsLayout->addWidget(m_clientTable);
    auto *clientButtons = new QHBoxLayout;
    clientButtons->addStretch(1);
    clientButtons->addWidget(m_disconnect);
    clientsLayout->addLayout(clientButtons);
    clientsPage->addWidget(clientsBox);
    clientsPage->addWidget(m_log);
    m_tabs->addTab(clientsPage, QString());
    m_tabs->addTab(m_behaviour, QString());

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_targetLabel);
    targetRow->addWidget(m_toSelected);
    targetRow->addWidget(m_toAll);
    targetRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(settingsRow);
    layout->addLayout(optionsRow);
    layout->addWidget(m_exposure);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(targetRow);
    layout->addWidget(m_sendBox);
    addStatusLine(layout);

    m_sendBox->setSender([this](const QByteArray &bytes) { return sendFromBox(bytes); });
    connect(m_sendBox, &SendBox::problem, m_endpoint, &net::TcpServerEndpoint::reportError);
    connect(m_sendBox, &SendBox::encodingChanged, this, &TcpServerPanel::applyBehaviour);
    connect(m_behaviour, &BehaviourEditor::changed, this, &TcpServerPanel::applyBehaviour);
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_endpoint->isListening())
            stop();
        else
            start();
    });
    connect(m_address, &QComboBox::currentTextChanged, this, &TcpServerPanel::updateState);
    connect(m_disconnect, &QPushButton::clicked, this, &TcpServerPanel::disconnectSelected);

    connect(m_endpoint, &net::TcpServerEndpoint::listeningChanged, this, &TcpServerPanel::updateState);
    connect(m_endpoint, &net::TcpServerEndpoint::errorOccurred, this, [this](const QString &m) {
        showError(m);
        m_log->addNote(m);
    });
    connect(m_endpoint, &net::TcpServerEndpoint::logLine, m_log, &MessageLog::addNote);
    connect(m_endpoint, &net::TcpServerEndpoint::connectionOpened, m_connections,
            &models::ConnectionListModel::add);
    connect(m_endpoint, &net::TcpServerEndpoint::connectionClosed, m_connections,
            &models::ConnectionListModel::remove);
    connect(m_endpoint, &net::TcpServerEndpoint::dataReceived, this,
            [this](quint64 id, const QByteArray &bytes) {
                const int row = m_connections->rowOf(id);
                m_log->addReceived(m_connections->index(row, 0).data().toString(), bytes);
            });
    connect(m_endpoint, &net::TcpServerEndpoint::dataSent, this,
            [this](quint64 id, const QByteArray &bytes) {
                const int row = m_connections->rowOf(id);
                m_log->addSent(m_connections->index(row, 0).data().toString(), bytes);
            });
    connect(m_endpoint, &net::TcpServerEndpoint::connectionClosed, this, &TcpServerPanel::updateState);
    connect(m_endpoint, &net::TcpServerEndpoint::connectionOpened, this, &TcpServerPanel::updateState);
    // Byte counters of the client list: one sweep a few times a second.
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this,
            [this] { m_connections->refresh(m_endpoint->connections()); });
    m_refresh->start();

    applyBehaviour();
    retranslateUi();
    updateState();
}

TcpServerPanel::~TcpServerPanel() = default;

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
    m_tabs->setTabText(0, tr("Clients"));
    m_tabs->setTabText(1, tr("Behaviour"));
    m_disconnect->setText(tr("Disconnect selected"));
    m_targetLabel->setText(tr("Send to:"));
    m_toSelected->setText(tr("selected client"));
    m_toAll->setText(tr("all clients"));
    m_exposure->setText(tr("\u26a0 Reachable from other machines: this address listens on every "
                           "network interface. Use 127.0.0.1 to keep the server private."));
    m_connections->retranslate();
    updateState();
}

void TcpServerPanel::onNameChanged()
{
    m_endpoint->setPanel(id(), name());
}

net::PanelConfig TcpServerPanel::config() const
{
    net::PanelConfig c;
    c.type = net::PanelType::TcpServer;
    c.name = name();
    c.encoding = m_sendBox->encoding();
    c.server.address = m_address->currentText().trimmed();
    c.server.port = quint16(m_port->text().toUInt());
    c.server.backlog = m_backlog->value();
    c.server.reuseAddress = m_reuse->isChecked();
    c.autoStart = m_autoStart;
    c.behaviour = m_behaviour->behaviour();
    c.send = m_sendBox->settings();
    return c;
}

void TcpServerPanel::applyConfig(const net::PanelConfig &c)
{
    setName(c.name);
    m_address->setCurrentText(c.server.address);
    m_port->setText(QString::number(c.server.port));
    m_backlog->setValue(c.server.backlog);
    m_reuse->setChecked(c.server.reuseAddress);
    m_autoStart = c.autoStart;
    m_sendBox->setEncoding(c.encoding);
    m_sendBox->setSettings(c.send);
    m_behaviour->setBehaviour(c.behaviour);
    applyBehaviour();
}

void TcpServerPanel::autoStart()
{
    if (m_autoStart)
        start();
}

void TcpServerPanel::shutdown()
{
    m_sendBox->stopAutoSend();
    m_endpoint->stop();
}

QString TcpServerPanel::resourceKey() const
{
    const uint port = m_port->text().toUInt();
    return port == 0 ? QString() : QStringLiteral("tcp/%1").arg(port);
}

bool TcpServerPanel::isRunning() const
{
    return m_endpoint->isListening();
}

void TcpServerPanel::reportError(const QString &message)
{
    m_endpoint->reportError(message);
}

bool TcpServerPanel::start()
{
    QString problem;
    const auto port = net::SocketErrors::parsePort(m_port->text(), &problem);
    if (!port) {
        m_endpoint->reportError(problem);
        return false;
    }
    net::TcpServerSettings settings;
    settings.address = m_address->currentText().trimmed();
    settings.port = *port;
    settings.backlog = m_backlog->value();
    settings.reuseAddress = m_reuse->isChecked();
    if (!m_endpoint->start(settings))
        return false;
    showStatus(tr("Listening on %1. Clients connect to this address and port.")
                   .arg(m_endpoint->localEndpoint()));
    return true;
}

void TcpServerPanel::stop()
{
    m_endpoint->stop();
    showStatus(tr("Stopped."));
}

void TcpServerPanel::applyBehaviour()
{
    m_log->setEncoding(m_sendBox->encoding());
    const QString problem = m_endpoint->setBehaviour(m_behaviour->behaviour(), m_sendBox->encoding());
    m_behaviour->setProblem(problem);
}

quint64 TcpServerPanel::selectedConnection() const
{
    const QModelIndexList rows = m_clientTable->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return m_connections->idAt(rows.first().row());
    // With one client there is nothing to choose.
    return m_connections->rowCount() == 1 ? m_connections->idAt(0) : 0;
}

bool TcpServerPanel::sendFromBox(const QByteArray &bytes)
{
    if (!m_endpoint->isListening() && m_endpoint->connectionCount() == 0) {
        m_endpoint->reportError(tr("The server is not running and has no clients: start it, "
                                   "wait for a client, then send."));
        return false;
    }
    if (m_toAll->isChecked()) {
        const int sent = m_endpoint->sendToAll(bytes);
        if (sent == 0)
            m_endpoint->reportError(tr("No client is connected, so nothing was sent."));
        return sent > 0;
    }
    const quint64 id = selectedConnection();
    if (id == 0) {
        m_endpoint->reportError(m_connections->rowCount() == 0
                                    ? tr("No client is connected, so nothing was sent.")
                                    : tr("Select a client in the list first, or choose \"all "
                                         "clients\"."));
        return false;
    }
    if (!m_endpoint->sendTo(id, bytes)) {
        m_endpoint->reportError(tr("Could not send: the connection is closing."));
        return false;
    }
    return true;
}

void TcpServerPanel::disconnectSelected()
{
    const QModelIndexList rows = m_clientTable->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_endpoint->disconnectClient(m_connections->idAt(rows.first().row()));
}

void TcpServerPanel::updateState()
{
    const bool listening = m_endpoint->isListening();
    m_startStop->setText(listening ? tr("Stop") : tr("Start"));
    m_address->setEnabled(!listening);
    m_port->setEnabled(!listening);
    m_backlog->setEnabled(!listening);
    m_reuse->setEnabled(!listening);
    const QHostAddress address = net::ListeningSocket::parseAddress(m_address->currentText());
    m_exposure->setVisible(net::ListeningSocket::isReachableFromOtherMachines(address));
    m_disconnect->setEnabled(m_connections->rowCount() > 0);
    m_sendBox->setPeerText(listening ? m_endpoint->localEndpoint() : QString());
    if (listening)
        m_tabs->setTabText(0, tr("Clients (%1)").arg(m_connections->rowCount()));
    else
        m_tabs->setTabText(0, tr("Clients"));
}

} // namespace swb::widgets
