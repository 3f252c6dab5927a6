#include "widgets/udp/udppanel.h"

#include "models/trafficmodel.h"
#include "models/udppeermodel.h"
#include "net/platform/unavailablefeature.h"
#include "net/socket/socketerrors.h"
#include "net/text/counttext.h"
#include "net/udp/udpendpoint.h"
#include "widgets/common/columnsizer.h"
#include "widgets/common/messagelog.h"
#include "widgets/common/sendbox.h"
#include "widgets/common/warningcolour.h"
#include "widgets/stream/behavioureditor.h"
#include "widgets/udp/multicastbox.h"
#include "widgets/udp/udpbindrow.h"
#include "widgets/udp/udpburstbar.h"
#include "widgets/udp/udplogfeed.h"
#include "widgets/udp/udptargetrow.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace swb::widgets {

UdpPanel::UdpPanel(int id, models::TrafficModel *traffic, QWidget *parent)
    : Panel(id, course::PanelType::Udp, traffic, parent)
    , m_endpoint(new net::UdpEndpoint(this))
    , m_peers(new models::UdpPeerModel(this))
    , m_bindRow(new UdpBindRow(this))
    , m_targetRow(new UdpTargetRow(this))
    , m_tabs(new QTabWidget(this))
    , m_peerTable(new QTableView(this))
    , m_clearPeers(new QPushButton(this))
    , m_log(new MessageLog(this))
    , m_behaviour(new BehaviourEditor(this))
    , m_behaviourNote(new QLabel(this))
    , m_multicastBox(new MulticastBox(this))
    , m_sendToLabel(new QLabel(this))
    , m_toTarget(new QRadioButton(this))
    , m_toSelected(new QRadioButton(this))
    , m_sendBox(new SendBox(this))
    , m_burstBar(new UdpBurstBar(this))
    , m_socketStatus(new QLabel(this))
    , m_refresh(new QTimer(this))
    , m_logFeed(new UdpLogFeed(m_log, m_peers, this))
{
    // The names the tests find these parts by; the panel has no getters for them.
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_peers->setObjectName(QStringLiteral("peerModel"));
    m_bindRow->setObjectName(QStringLiteral("bindRow"));
    m_targetRow->setObjectName(QStringLiteral("targetRow"));
    m_peerTable->setObjectName(QStringLiteral("peerTable"));
    m_log->setObjectName(QStringLiteral("messageLog"));
    m_behaviour->setObjectName(QStringLiteral("behaviourEditor"));
    m_multicastBox->setObjectName(QStringLiteral("multicastBox"));
    m_toTarget->setObjectName(QStringLiteral("toTargetButton"));
    m_toSelected->setObjectName(QStringLiteral("toSelectedButton"));
    m_sendBox->setObjectName(QStringLiteral("sendBox"));
    m_burstBar->setObjectName(QStringLiteral("burstBar"));
    m_socketStatus->setObjectName(QStringLiteral("socketStatus"));
    m_endpoint->setSink(traffic);
    m_endpoint->setPanel(id, name());
    m_behaviour->setDatagramMode(true);
    m_behaviourNote->setWordWrap(true);
    m_socketStatus->setWordWrap(true);
    m_socketStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toTarget->setChecked(true);
    m_peerTable->setModel(m_peers);
    m_peerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peerTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_peerTable->verticalHeader()->hide();
    // Two senders of one host differ only in the port: it must show whole.
    auto *columns = new ColumnSizer(m_peerTable);
    using models::UdpPeerModel;
    columns->addColumn(UdpPeerModel::NameColumn,
                       [] { return QStringList{QStringLiteral("\u25a0 alex")}; });
    columns->addAddressColumn(UdpPeerModel::AddressColumn);
    for (const int counter : {UdpPeerModel::DatagramsColumn, UdpPeerModel::BytesColumn,
                              UdpPeerModel::RepliesColumn})
        columns->addColumn(counter, [] { return QStringList{QStringLiteral("000000")}; });

    buildLayout();
    wireEndpoint();
    // Peer counters and the kernel's drop counter (a read of /proc/net/udp):
    // one sweep a second, whatever the traffic rate.
    m_refresh->setInterval(1000);
    connect(m_refresh, &QTimer::timeout, this, &UdpPanel::refreshNow);
    m_refresh->start();

    applyBehaviour();
    retranslateUi();
    updateState();
}

UdpPanel::~UdpPanel()
{
    m_endpoint->disconnect(this);
}

void UdpPanel::buildLayout()
{
    auto *sendersPage = new QSplitter(Qt::Vertical, m_tabs);
    auto *sendersBox = new QWidget(sendersPage);
    auto *sendersLayout = new QVBoxLayout(sendersBox);
    sendersLayout->setContentsMargins(0, 0, 0, 0);
    sendersLayout->addWidget(m_peerTable);
    auto *peerButtons = new QHBoxLayout;
    peerButtons->addStretch(1);
    peerButtons->addWidget(m_clearPeers);
    sendersLayout->addLayout(peerButtons);
    sendersPage->addWidget(sendersBox);
    sendersPage->addWidget(m_log);
    auto *behaviourPage = new QWidget(m_tabs);
    auto *behaviourLayout = new QVBoxLayout(behaviourPage);
    behaviourLayout->addWidget(m_behaviourNote);
    behaviourLayout->addWidget(m_behaviour, 1);
    m_tabs->addTab(sendersPage, QString());
    m_tabs->addTab(behaviourPage, QString());
    m_tabs->addTab(m_multicastBox, QString());

    auto *sendToRow = new QHBoxLayout;
    sendToRow->addWidget(m_sendToLabel);
    sendToRow->addWidget(m_toTarget);
    sendToRow->addWidget(m_toSelected);
    sendToRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bindRow);
    layout->addWidget(m_targetRow);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(sendToRow);
    layout->addWidget(m_sendBox);
    layout->addWidget(m_burstBar);
    layout->addWidget(m_socketStatus);
    addStatusLine(layout);
}

void UdpPanel::wireEndpoint()
{
    m_sendBox->setSender([this](const QByteArray &bytes) { return sendFromBox(bytes); });
    connect(m_sendBox, &SendBox::problem, m_endpoint, &net::UdpEndpoint::reportError);
    connect(m_sendBox, &SendBox::encodingChanged, this, &UdpPanel::applyBehaviour);
    connect(m_behaviour, &BehaviourEditor::changed, this, &UdpPanel::applyBehaviour);
    connect(m_bindRow, &UdpBindRow::bindClicked, this, [this] {
        if (m_endpoint->isOpen())
            closeSocket();
        else
            bindSocket();
    });
    connect(m_targetRow, &UdpTargetRow::targetEdited, this, &UdpPanel::applyTarget);
    connect(m_targetRow, &UdpTargetRow::connectToggled, this, [this](bool on) {
        if (on)
            applyTarget();
        m_endpoint->setConnectToTarget(on);
    });
    connect(m_targetRow, &UdpTargetRow::broadcastToggled, m_endpoint,
            &net::UdpEndpoint::setBroadcast);
    connect(m_clearPeers, &QPushButton::clicked, m_endpoint, &net::UdpEndpoint::clearPeers);
    connect(m_peerTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // Choosing a sender means answering it, as the notes' chat server does.
        if (selectedPeer() != 0)
            m_toSelected->setChecked(true);
    });

    m_multicastBox->attach(m_endpoint->multicast());
    m_burstBar->watch(m_endpoint->burst());
    connect(m_burstBar, &UdpBurstBar::startRequested, this, &UdpPanel::startBurst);
    connect(m_burstBar, &UdpBurstBar::stopRequested, m_endpoint, &net::UdpEndpoint::stopBurst);
    connect(m_endpoint->burst(), &net::UdpBurst::finished, this,
            [this](quint64 sent, quint64 total, bool stopped) {
                const QLocale locale;
                const int n = net::CountText::form(qint64(total));
                const QString line = stopped ? tr("Burst stopped: %1 of %2 datagrams sent.", "", n)
                                             : tr("Burst done: %1 of %2 datagrams sent.", "", n);
                m_logFeed->addNote(line.arg(locale.toString(sent), locale.toString(total)));
            });

    connect(m_endpoint, &net::UdpEndpoint::openChanged, this, &UdpPanel::updateState);
    connect(m_endpoint, &net::UdpEndpoint::connectedChanged, this, &UdpPanel::updateState);
    connect(m_endpoint, &net::UdpEndpoint::errorOccurred, this, [this](const QString &m) {
        showError(m);
        m_logFeed->addNote(m);
    });
    // The length of every datagram (udp-length) arrives as fast as datagrams do.
    connect(m_endpoint, &net::UdpEndpoint::logLine, m_logFeed, &UdpLogFeed::addNote);
    connect(m_endpoint, &net::UdpEndpoint::peerAdded, m_peers, &models::UdpPeerModel::add);
    connect(m_endpoint, &net::UdpEndpoint::peerAdded, this, &UdpPanel::updateState);
    connect(m_endpoint, &net::UdpEndpoint::peersCleared, m_peers, &models::UdpPeerModel::clear);
    connect(m_endpoint, &net::UdpEndpoint::datagramReceived, m_logFeed, &UdpLogFeed::addReceived);
    connect(m_endpoint, &net::UdpEndpoint::datagramSent, m_logFeed, &UdpLogFeed::addSent);
}

void UdpPanel::retranslateUi()
{
    m_tabs->setTabText(1, tr("Behaviour"));
    m_tabs->setTabText(2, tr("Multicast"));
    m_clearPeers->setText(tr("Clear list"));
    m_behaviourNote->setText(tr("Each datagram is one message: the reply goes back to its "
                                "sender. UDP has no connection, so there is nothing to greet or "
                                "to close; those options are not shown."));
    m_sendToLabel->setText(tr("Send box sends to:"));
    m_toTarget->setText(tr("the target"));
    m_toSelected->setText(tr("the selected sender"));
    m_toSelected->setToolTip(tr("Reply to the sender selected in the list, like the notes' "
                                "server answering addr from recvfrom()."));
    m_peers->retranslate();
    updateState();
}

void UdpPanel::onNameChanged()
{
    m_endpoint->setPanel(id(), name());
}

course::PanelConfig UdpPanel::config() const
{
    course::PanelConfig c(course::PanelType::Udp);
    c.name = name();
    c.encoding = m_sendBox->encoding();
    c.send = m_sendBox->settings();
    course::UdpConfig &u = c.udp();
    u.address = m_bindRow->address();
    u.port = quint16(m_bindRow->portText().toUInt());
    u.reuseAddress = m_bindRow->sharesAddress();
    u.autoStart = m_autoStart;
    u.behaviour = m_behaviour->behaviour();
    u.targetHost = m_targetRow->host();
    u.targetPort = quint16(m_targetRow->portText().toUInt());
    u.options.bind = m_bindRow->receives();
    u.options.connectToTarget = m_targetRow->connects();
    u.options.broadcast = m_targetRow->broadcasts();
    u.options.multicastGroups = m_endpoint->multicast()->groups();
    u.options.multicastInterface = m_multicastBox->interfaceName();
    u.options.multicastTtl = m_multicastBox->ttl();
    u.options.multicastLoopback = m_multicastBox->loopback();
    return c;
}

void UdpPanel::applyConfig(const course::PanelConfig &c)
{
    const course::UdpConfig &u = c.udp();
    const course::UdpOptions &o = u.options;
    setName(c.name);
    m_bindRow->setAddress(u.address);
    m_bindRow->setPortText(QString::number(u.port));
    m_bindRow->setSharesAddress(u.reuseAddress);
    m_bindRow->setReceives(o.bind);
    m_autoStart = u.autoStart;
    m_targetRow->setHost(u.targetHost);
    m_targetRow->setPortText(QString::number(u.targetPort));
    m_targetRow->setConnects(o.connectToTarget);
    m_targetRow->setBroadcasts(o.broadcast);
    // A panel with no target port is a receiver: its send box answers senders.
    (u.targetPort == 0 ? m_toSelected : m_toTarget)->setChecked(true);
    m_endpoint->setBroadcast(o.broadcast);
    m_multicastBox->apply(o.multicastGroups, o.multicastInterface, o.multicastTtl,
                          o.multicastLoopback);
    m_sendBox->setEncoding(c.encoding);
    m_sendBox->setSettings(c.send);
    m_behaviour->setBehaviour(u.behaviour);
    applyBehaviour();
    if (u.targetPort != 0)
        applyTarget();
    m_endpoint->setConnectToTarget(o.connectToTarget);
    updateState();
}

void UdpPanel::autoStart()
{
    if (m_autoStart && m_bindRow->receives())
        bindSocket();
    // send.autoStart: queued, so that a receiver later in the workspace is
    // bound before the first datagram leaves.
    if (m_sendBox->startsOnOpen())
        QTimer::singleShot(0, m_sendBox, &SendBox::startAutoSend);
}

bool UdpPanel::startsOnOpen() const
{
    return m_autoStart || m_sendBox->startsOnOpen();
}

void UdpPanel::shutdown()
{
    m_sendBox->stopAutoSend();
    m_endpoint->close();
}

QString UdpPanel::resourceKey() const
{
    const uint port = m_bindRow->portText().toUInt();
    return port == 0 || !m_bindRow->receives() ? QString() : QStringLiteral("udp/%1").arg(port);
}

bool UdpPanel::isRunning() const
{
    return m_endpoint->isListening();
}

void UdpPanel::reportError(const QString &message)
{
    m_endpoint->reportError(message);
}

bool UdpPanel::bindSocket()
{
    const Result<quint16> port = net::SocketErrors::parsePort(m_bindRow->portText());
    if (!port) {
        m_endpoint->reportError(port.message());
        return false;
    }
    if (!m_endpoint->bind(m_bindRow->address(), *port, m_bindRow->sharesAddress()))
        return false;
    showLastingStatus([this] {
        return tr("Bound to %1. Senders send their datagrams to this address and port.")
            .arg(m_endpoint->localEndpoint());
    });
    return true;
}

void UdpPanel::closeSocket()
{
    m_endpoint->close();
    showLastingStatus([] { return tr("Closed."); });
}

bool UdpPanel::applyTarget()
{
    const Result<quint16> port = net::SocketErrors::parsePort(m_targetRow->portText());
    if (!port) {
        m_endpoint->reportError(port.message());
        return false;
    }
    m_endpoint->setTarget(m_targetRow->host(), *port);
    m_sendBox->setPeerText(m_endpoint->targetText());
    return true;
}

quint64 UdpPanel::selectedPeer() const
{
    const QModelIndexList rows = m_peerTable->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return m_peers->idAt(rows.first().row());
    // With one sender there is nothing to choose.
    return m_peers->rowCount() == 1 ? m_peers->idAt(0) : 0;
}

bool UdpPanel::sendFromBox(const QByteArray &bytes)
{
    if (!m_toSelected->isChecked())
        return applyTarget() && m_endpoint->sendToTarget(bytes);
    const quint64 peer = selectedPeer();
    if (peer == 0) {
        m_endpoint->reportError(m_peers->rowCount() == 0
                                    ? tr("Nobody has sent anything to this socket yet, so there "
                                         "is no sender to answer. Choose \"the target\".")
                                    : tr("Select a sender in the list first."));
        return false;
    }
    return m_endpoint->sendToPeer(peer, bytes);
}

bool UdpPanel::startBurst(int count)
{
    if (!applyTarget())
        return false;
    const Result<QByteArray> first = m_sendBox->compose(1);
    if (!first) {
        m_endpoint->reportError(first.message());
        return false;
    }
    const QByteArray fixed = *first;
    // Tokens such as {counter} are filled per datagram; plain text is composed once.
    net::UdpEndpoint::Payload payload = [fixed](quint64) { return fixed; };
    if (m_sendBox->settings().text.contains(QLatin1Char('{'))) {
        payload = [this, fixed](quint64 counter) { return m_sendBox->compose(counter).valueOr(fixed); };
    }
    if (!m_endpoint->startBurst(quint64(count), std::move(payload)))
        return false;
    m_burstBar->setRunning(m_endpoint->burst()->isRunning());
    return true;
}

void UdpPanel::applyBehaviour()
{
    m_log->setEncoding(m_sendBox->encoding());
    m_behaviour->setProblem(
        m_endpoint->setBehaviour(m_behaviour->behaviour(), m_sendBox->encoding()).message());
}

void UdpPanel::refreshNow()
{
    m_peers->refresh(m_endpoint->peers());
    updateSocketStatus();
}

void UdpPanel::updateState()
{
    m_bindRow->setBound(m_endpoint->isOpen());
    m_tabs->setTabText(0, m_peers->rowCount() > 0 ? tr("Senders (%1)").arg(m_peers->rowCount())
                                                  : tr("Senders"));
    m_sendBox->setPeerText(m_endpoint->targetText());
    updateSocketStatus();
}

void UdpPanel::updateSocketStatus()
{
    const QLocale locale;
    if (!m_endpoint->isOpen()) {
        m_socketStatus->setStyleSheet(QString());
        m_socketStatus->setText(tr("No socket yet: Bind to receive, or send and the first "
                                   "datagram binds a free port."));
        return;
    }
    QString text = tr("Socket %1 \u00b7 receive buffer %2 KiB")
                       .arg(m_endpoint->localEndpoint(),
                            locale.toString(m_endpoint->receiveBufferSize() / 1024));
    if (m_endpoint->isConnectedToTarget())
        text += QStringLiteral(" \u00b7 ") + tr("connected to %1").arg(m_endpoint->targetText());
    const auto stats = m_endpoint->kernelStats();
    m_drops = stats ? stats->drops : -1;
    if (!stats)
        text += QStringLiteral(" \u00b7 ") + net::UnavailableFeature::about(tr("kernel drops"));
    else
        text += QStringLiteral(" \u00b7 ") + tr("kernel drops: %1").arg(locale.toString(stats->drops));
    m_socketStatus->setText(text);
    // Drops are the lesson: UDP loses data when the reader is slower than the sender.
    WarningColour::set(m_socketStatus, m_drops > 0);
    m_socketStatus->setToolTip(
        tr("Kernel drops: datagrams that arrived while the receive buffer was full, read from "
           "/proc/net/udp. UDP does not resend them, and the sender is never told."));
}

} // namespace swb::widgets
