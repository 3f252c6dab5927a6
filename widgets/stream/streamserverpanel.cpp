#include "widgets/stream/streamserverpanel.h"

#include "models/connectionlistmodel.h"
#include "models/trafficmodel.h"
#include "net/stream/streamserverendpoint.h"
#include "widgets/common/columnsizer.h"
#include "widgets/common/messagelog.h"
#include "widgets/common/sendbox.h"
#include "widgets/stream/behavioureditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace swb::widgets {

StreamServerPanel::StreamServerPanel(int id, course::PanelType type,
                                     net::StreamServerEndpoint *endpoint,
                                     models::TrafficModel *traffic, QWidget *parent)
    : Panel(id, type, traffic, parent)
    , m_endpoint(endpoint)
    , m_connections(new models::ConnectionListModel(this))
    , m_settings(new QVBoxLayout)
    , m_startStop(new QPushButton(this))
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
    // The names the tests find these parts by; the panel has no getters for them.
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_connections->setObjectName(QStringLiteral("connectionModel"));
    m_clientTable->setObjectName(QStringLiteral("connectionTable"));
    m_log->setObjectName(QStringLiteral("messageLog"));
    m_behaviour->setObjectName(QStringLiteral("behaviourEditor"));
    m_sendBox->setObjectName(QStringLiteral("sendBox"));
    m_endpoint->setParent(this);
    m_endpoint->setSink(traffic);
    m_endpoint->setPanel(id, name());
    m_toSelected->setChecked(true);

    m_clientTable->setModel(m_connections);
    m_clientTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clientTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clientTable->verticalHeader()->hide();
    // Two clients of one host differ only in the port: it must show whole.
    auto *columns = new ColumnSizer(m_clientTable);
    using models::ConnectionListModel;
    columns->addAddressColumn(ConnectionListModel::PeerColumn);
    columns->addAddressColumn(ConnectionListModel::LocalColumn);
    columns->addColumn(ConnectionListModel::FamilyColumn,
                       [] { return QStringList{QStringLiteral("AF_UNIX")}; });
    columns->addColumn(ConnectionListModel::SinceColumn,
                       [] { return QStringList{QStringLiteral("00:00:00")}; });
    columns->addColumn(ConnectionListModel::InColumn,
                       [] { return QStringList{QStringLiteral("0000000")}; });

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
    layout->addLayout(m_settings);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(targetRow);
    layout->addWidget(m_sendBox);
    addStatusLine(layout);

    m_sendBox->setSender([this](const QByteArray &bytes) { return sendFromBox(bytes); });
    connect(m_sendBox, &SendBox::problem, m_endpoint, &net::StreamServerEndpoint::reportError);
    connect(m_sendBox, &SendBox::encodingChanged, this, &StreamServerPanel::applyBehaviour);
    connect(m_behaviour, &BehaviourEditor::changed, this, &StreamServerPanel::applyBehaviour);
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_endpoint->isListening())
            stop();
        else
            start();
    });
    connect(m_disconnect, &QPushButton::clicked, this, &StreamServerPanel::disconnectSelected);

    connect(m_endpoint, &net::StreamServerEndpoint::listeningChanged, this,
            &StreamServerPanel::updateState);
    connect(m_endpoint, &net::StreamServerEndpoint::errorOccurred, this, [this](const QString &m) {
        showError(m);
        m_log->addNote(m);
    });
    connect(m_endpoint, &net::StreamServerEndpoint::logLine, m_log, &MessageLog::addNote);
    connect(m_endpoint, &net::StreamServerEndpoint::connectionOpened, m_connections,
            &models::ConnectionListModel::add);
    connect(m_endpoint, &net::StreamServerEndpoint::connectionClosed, m_connections,
            &models::ConnectionListModel::remove);
    connect(m_endpoint, &net::StreamServerEndpoint::dataReceived, this,
            [this](quint64 id, const QByteArray &bytes) { m_log->addReceived(peerOf(id), bytes); });
    connect(m_endpoint, &net::StreamServerEndpoint::dataSent, this,
            [this](quint64 id, const QByteArray &bytes) { m_log->addSent(peerOf(id), bytes); });
    connect(m_endpoint, &net::StreamServerEndpoint::connectionClosed, this,
            &StreamServerPanel::updateState);
    connect(m_endpoint, &net::StreamServerEndpoint::connectionOpened, this,
            &StreamServerPanel::updateState);
    // send.autoStart on a server: nobody to send to until a client comes;
    // then to every client, as no one has chosen one.
    connect(m_endpoint, &net::StreamServerEndpoint::connectionOpened, this, [this] {
        if (!m_autoSendOnClient)
            return;
        m_autoSendOnClient = false;
        m_toAll->setChecked(true);
        m_sendBox->startAutoSend();
    });
    // Byte counters of the client list: one sweep a few times a second.
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this,
            [this] { m_connections->refresh(m_endpoint->connections()); });
    m_refresh->start();

    applyBehaviour();
    // retranslateUi() and updateState() call into the subclass: its constructor calls them.
}

StreamServerPanel::~StreamServerPanel()
{
    // The endpoint outlives this part of the panel (it is a child of QObject);
    // nothing it does on the way out may reach the half-destroyed panel.
    m_endpoint->disconnect(this);
}

void StreamServerPanel::retranslateUi()
{
    m_tabs->setTabText(0, tr("Clients"));
    m_tabs->setTabText(1, tr("Behaviour"));
    m_disconnect->setText(tr("Disconnect selected"));
    m_targetLabel->setText(tr("Send to:"));
    m_toSelected->setText(tr("selected client"));
    m_toAll->setText(tr("all clients"));
    m_connections->retranslate();
    updateState();
}

void StreamServerPanel::onNameChanged()
{
    m_endpoint->setPanel(id(), name());
}

course::PanelConfig StreamServerPanel::baseConfig() const
{
    course::PanelConfig c(type());
    c.name = name();
    c.encoding = m_sendBox->encoding();
    c.send = m_sendBox->settings();
    return c;
}

net::ServerBehaviour StreamServerPanel::behaviour() const
{
    return m_behaviour->behaviour();
}

void StreamServerPanel::applyBaseConfig(const course::PanelConfig &c, bool autoStart,
                                        const net::ServerBehaviour &behaviour)
{
    setName(c.name);
    m_autoStart = autoStart;
    m_sendBox->setEncoding(c.encoding);
    m_sendBox->setSettings(c.send);
    m_behaviour->setBehaviour(behaviour);
    applyBehaviour();
}

void StreamServerPanel::autoStart()
{
    if (m_autoStart)
        start();
    m_autoSendOnClient = m_sendBox->startsOnOpen();
}

bool StreamServerPanel::startsOnOpen() const
{
    return m_autoStart || m_sendBox->startsOnOpen();
}

void StreamServerPanel::shutdown()
{
    m_sendBox->stopAutoSend();
    m_endpoint->stop();
}

bool StreamServerPanel::isRunning() const
{
    return m_endpoint->isListening();
}

void StreamServerPanel::reportError(const QString &message)
{
    m_endpoint->reportError(message);
}

void StreamServerPanel::stop()
{
    m_endpoint->stop();
    showLastingStatus([] { return tr("Stopped."); });
}

void StreamServerPanel::applyBehaviour()
{
    m_log->setEncoding(m_sendBox->encoding());
    const Result<void> applied = m_endpoint->setBehaviour(m_behaviour->behaviour(), m_sendBox->encoding());
    m_behaviour->setProblem(applied.message());
}

QString StreamServerPanel::peerOf(quint64 connectionId) const
{
    const int row = m_connections->rowOf(connectionId);
    return m_connections->index(row, 0).data().toString();
}

quint64 StreamServerPanel::selectedConnection() const
{
    const QModelIndexList rows = m_clientTable->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return m_connections->idAt(rows.first().row());
    // With one client there is nothing to choose.
    return m_connections->rowCount() == 1 ? m_connections->idAt(0) : 0;
}

bool StreamServerPanel::sendFromBox(const QByteArray &bytes)
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

void StreamServerPanel::disconnectSelected()
{
    const QModelIndexList rows = m_clientTable->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_endpoint->disconnectClient(m_connections->idAt(rows.first().row()));
}

void StreamServerPanel::updateState()
{
    const bool listening = m_endpoint->isListening();
    m_startStop->setText(listening ? tr("Stop") : tr("Start"));
    updateSettings(listening);
    m_disconnect->setEnabled(m_connections->rowCount() > 0);
    m_sendBox->setPeerText(listening ? m_endpoint->localEndpoint() : QString());
    if (listening)
        m_tabs->setTabText(0, tr("Clients (%1)").arg(m_connections->rowCount()));
    else
        m_tabs->setTabText(0, tr("Clients"));
}

} // namespace swb::widgets
