#include "net/udp/udpendpoint.h"

#include "net/platform/udpkernelcounters.h"
#include "net/reply/appendfile.h"
#include "net/reply/replyengine.h"
#include "net/socket/listeningsocket.h"
#include "net/socket/socketerrors.h"
#include "net/traffic/deferredtext.h"
#include "net/udp/udpchannel.h"
#include "net/udp/udpmessages.h"
#include "net/udp/udpsocketcalls.h"
#include "net/udp/udptarget.h"

#include <QDateTime>
#include <QTimer>

#include <cerrno>
#include <sys/socket.h>

namespace swb::net {

UdpEndpoint::UdpEndpoint(QObject *parent)
    : Endpoint(Protocol::Udp, parent)
    , m_channel(new UdpChannel(this))
    , m_target(new UdpTarget(this))
    , m_burst(new UdpBurst(this))
    , m_multicast(new UdpMulticast(m_channel, this))
    , m_engine(std::make_shared<ReplyEngine>())
{
    connect(m_channel, &UdpChannel::datagramArrived, this, &UdpEndpoint::onDatagram);
    connect(m_channel, &UdpChannel::icmpReported, this, &UdpEndpoint::onIcmp);
    connect(m_channel, &UdpChannel::failed, this, &UdpEndpoint::reportProblem);
    connect(m_target, &UdpTarget::resolved, this, &UdpEndpoint::onTargetResolved);
    connect(m_target, &UdpTarget::failed, this, &UdpEndpoint::onTargetFailed);
    connect(m_multicast, &UdpMulticast::problem, this, &UdpEndpoint::reportProblem);
    connect(m_multicast, &UdpMulticast::note, this, &UdpEndpoint::logLine);
}

UdpEndpoint::~UdpEndpoint()
{
    m_channel->disconnect(this);
}

bool UdpEndpoint::isOpen() const { return m_channel->isOpen(); }
quint16 UdpEndpoint::localPort() const { return m_channel->localPort(); }
qintptr UdpEndpoint::descriptor() const { return m_channel->descriptor(); }
int UdpEndpoint::receiveBufferSize() const { return m_channel->receiveBufferSize(); }
QString UdpEndpoint::targetText() const { return m_target->text(); }

std::optional<UdpSocketStats> UdpEndpoint::kernelStats() const
{
    return m_channel->isOpen() ? UdpKernelCounters::system().forSocket(m_channel->inode()) : std::nullopt;
}

bool UdpEndpoint::bind(const QString &addressText, quint16 port, bool shareAddress)
{
    const QHostAddress address = ListeningSocket::parseAddress(addressText);
    if (address.isNull()) {
        reportError(SocketErrors::notAnAddress(addressText.trimmed()));
        return false;
    }
    close();
    // As the stream servers do: the append file opens when the server starts,
    // so a workspace that names one does nothing to it until then.
    if (m_appendFile && !m_appendFile->isOpen()) {
        if (Result<void> file = m_appendFile->open(); !file) {
            recordError(QString(), QString(), file.message());
            return false;
        }
    }
    return opened(m_channel->open(address, port, shareAddress), true);
}

bool UdpEndpoint::ensureSocket(const QHostAddress &to)
{
    if (m_channel->isOpen())
        return true;
    // Like Python's first sendto(): bind to a free port, so that replies have
    // somewhere to come back to. For a loopback target the loopback address is
    // enough, and unlike the any-address (Python's choice) it does not open the
    // port to every network the machine is on.
    const bool v6 = UdpSocketCalls::isIPv6Only(to);
    if (to.isLoopback())
        return opened(m_channel->open(v6 ? QHostAddress(QHostAddress::LocalHostIPv6)
                                         : QHostAddress(QHostAddress::LocalHost),
                                      0, false),
                      false);
    return opened(m_channel->openAny(v6), false);
}

bool UdpEndpoint::opened(const Result<void> &open, bool listening)
{
    if (!open) {
        recordError(QString(), QString(), open.message());
        return false;
    }
    m_listening = listening;
    m_local = m_channel->localText();
    const int kib = m_channel->receiveBufferSize() / 1024;
    const QString line = DeferredText::make(
        staticMetaObject.className(),
        listening ? QT_TR_NOOP("Bound to %1 (receive buffer %2 KiB).")
                  : QT_TR_NOOP("Bound to %1 by the first send, as sendto() does in Python, so "
                               "replies can come back (receive buffer %2 KiB)."),
        {m_local, QString::number(kib)});
    record(listening ? EventKind::Listen : EventKind::Info, m_local, QString(), QByteArray(), line);
    emit logLine(line);
    if (m_broadcast)
        setBroadcast(true);
    m_multicast->applyToSocket();
    emit openChanged(true);
    applyConnection();
    return true;
}

void UdpEndpoint::close()
{
    stopBurst();
    if (!m_channel->isOpen())
        return;
    m_channel->close();
    m_listening = false;
    if (m_connected) {
        m_connected = false;
        emit connectedChanged(false);
    }
    const QString line =
        DeferredText::make(staticMetaObject.className(), QT_TR_NOOP("Closed %1."), {m_local});
    record(EventKind::Close, m_local, QString(), QByteArray(), line);
    emit logLine(line);
    m_local.clear();
    emit openChanged(false);
}

Result<void> UdpEndpoint::setBehaviour(const ServerBehaviour &behaviour, TextEncoding encoding)
{
    ServerBehaviour b = behaviour;
    // A datagram socket has no connection to greet or to close.
    b.greeting.clear();
    b.closeAfterGreeting = false;
    b.closeAfterFirstReply = false;
    b.closeWord.clear();
    auto engine = std::make_shared<ReplyEngine>(b, encoding);
    if (Result<void> usable = engine->validate(); !usable)
        return usable;
    std::shared_ptr<AppendFile> appendFile;
    if (!b.appendFile.isEmpty()) {
        if (m_appendFile && m_appendFile->path() == AppendFile(b.appendFile).path()) {
            appendFile = m_appendFile;
        } else {
            appendFile = std::make_shared<AppendFile>(b.appendFile);
            // Opened now only for a server already bound; otherwise by bind().
            if (m_listening && m_channel->isOpen()) {
                if (Result<void> opened = appendFile->open(); !opened)
                    return opened;
            }
        }
    }
    m_engine = std::move(engine);
    m_appendFile = std::move(appendFile);
    m_encoding = encoding;
    return {};
}

ServerBehaviour UdpEndpoint::behaviour() const
{
    return m_engine->behaviour();
}

void UdpEndpoint::onDatagram(const QHostAddress &from, quint16 port, const QByteArray &bytes)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool added = false;
    UdpPeerInfo *peer = m_peers.find(from, port, now, &added);
    quint64 peerId = 0;
    QString remote;
    if (peer) {
        ++peer->datagramsIn;
        peer->bytesIn += bytes.size();
        peer->lastMs = now;
        const QByteArray name = UdpPeerInfo::chatNameBytes(bytes);
        if (!name.isEmpty() && name != peer->nameBytes) {
            peer->nameBytes = name;
            peer->name = TextCodec::decode(name, m_encoding);
        }
        peerId = peer->id;
        remote = peer->address;
        if (added)
            emit peerAdded(*peer);
    } else {
        remote = formatEndpoint(from, port);
    }
    record(EventKind::Recv, m_local, remote, bytes);
    const std::shared_ptr<const ReplyEngine> engine = m_engine;
    const ServerBehaviour &b = engine->behaviour();
    if (b.reportLength) // the notes' print(len(data)), one line per datagram
        emit logLine(DeferredText::make(staticMetaObject.className(),
                                        QT_TR_N_NOOP("%n byte(s) from %1"), {remote},
                                        int(bytes.size())));
    if (m_appendFile && m_appendFile->isOpen()) {
        if (const Result<void> kept = m_appendFile->append(bytes); !kept)
            recordError(m_local, remote, kept.message());
    }
    emit datagramReceived(peerId, remote, bytes);
    if (b.reply != ReplyKind::None && m_channel->isOpen())
        reply(from, port, remote, bytes);
}

void UdpEndpoint::reply(const QHostAddress &to, quint16 port, const QString &remote,
                        const QByteArray &bytes)
{
    const std::shared_ptr<const ReplyEngine> engine = m_engine;
    const ReplyEngine::Action action =
        engine->onMessage(bytes, remote, ++m_counter, QDateTime::currentDateTime());
    if (!action.reply)
        return;
    const int delay = engine->behaviour().replyDelayMs;
    if (delay <= 0) {
        trySend(to, port, action.bytes, remote, false, false);
        return;
    }
    QTimer::singleShot(delay, this, [this, to, port, remote, reply = action.bytes] {
        if (m_channel->isOpen())
            trySend(to, port, reply, remote, false, false);
    });
}

void UdpEndpoint::setTarget(const QString &host, quint16 port)
{
    if (!m_target->set(host, port))
        return;
    m_waiting.clear();
    m_waitingBurst.reset();
    applyConnection();
}

bool UdpEndpoint::sendToTarget(const QByteArray &bytes)
{
    if (!m_target->isSet()) {
        reportError(UdpMessages::noTarget());
        return false;
    }
    if (!m_target->isResolved()) {
        if (m_waiting.size() >= size_t(maxQueuedWhileResolving))
            return false;
        m_waiting.push_back(bytes);
        m_target->resolve(); // again, if an earlier lookup failed
        return true;
    }
    return trySend(m_target->address(), m_target->port(), bytes, m_target->text(), m_connected,
                   false)
        == UdpBurst::Outcome::Sent;
}

bool UdpEndpoint::sendTo(const QHostAddress &address, quint16 port, const QByteArray &bytes)
{
    return trySend(address, port, bytes, formatEndpoint(address, port), false, false)
        == UdpBurst::Outcome::Sent;
}

bool UdpEndpoint::sendToPeer(quint64 peerId, const QByteArray &bytes)
{
    const UdpPeerInfo *peer = m_peers.byId(peerId);
    if (!peer)
        return false;
    const UdpPeerInfo copy = *peer; // the send may add to the table
    return trySend(copy.host, copy.port, bytes, copy.address, false, false)
        == UdpBurst::Outcome::Sent;
}

UdpBurst::Outcome UdpEndpoint::trySend(const QHostAddress &to, quint16 port,
                                       const QByteArray &bytes, const QString &destination,
                                       bool viaConnection, bool inBurst)
{
    const qsizetype limit = UdpSocketCalls::maxPayload(to);
    if (bytes.size() > limit) {
        recordError(m_local, destination,
                    UdpMessages::tooLarge(bytes.size(), limit, UdpSocketCalls::isIPv6Only(to)));
        return UdpBurst::Outcome::Failed;
    }
    if (!ensureSocket(to))
        return UdpBurst::Outcome::Failed;
    if (m_channel->family() == AF_INET && UdpSocketCalls::isIPv6Only(to)) {
        recordError(m_local, destination, UdpMessages::familyMismatch(m_local, destination));
        return UdpBurst::Outcome::Failed;
    }
    const int error = m_channel->send(to, port, bytes, viaConnection);
    if ((error == EAGAIN || error == ENOBUFS) && inBurst)
        return UdpBurst::Outcome::Busy; // tried again on the next turn
    if (error != 0) {
        recordError(m_local, destination,
                    UdpMessages::sendFailed(error, destination, m_local, m_broadcast));
        return UdpBurst::Outcome::Failed;
    }
    record(EventKind::Send, m_local, destination, bytes);
    m_peers.countSent(to, port, bytes.size());
    emit datagramSent(destination, bytes);
    return UdpBurst::Outcome::Sent;
}

void UdpEndpoint::onTargetResolved()
{
    applyConnection();
    std::deque<QByteArray> waiting;
    waiting.swap(m_waiting);
    for (const QByteArray &bytes : waiting) {
        if (!sendToTarget(bytes))
            break;
    }
    if (m_waitingBurst) {
        auto [count, payload] = std::move(*m_waitingBurst);
        m_waitingBurst.reset();
        startBurst(count, std::move(payload));
    }
}

void UdpEndpoint::onTargetFailed(const QString &host)
{
    const int lost = int(m_waiting.size());
    m_waiting.clear();
    m_waitingBurst.reset();
    QString message = UdpMessages::hostNotFound(host);
    if (lost > 1)
        message += QLatin1Char(' ') + tr("(%n datagram(s) were waiting for it.)", "", lost);
    recordError(m_local, m_target->text(), message);
}

void UdpEndpoint::setConnectToTarget(bool on)
{
    m_connectWanted = on;
    applyConnection();
}

void UdpEndpoint::applyConnection()
{
    const bool want = m_connectWanted && m_target->isSet() && m_target->isResolved();
    if (!want) {
        if (m_connected) {
            m_channel->disconnectFromTarget();
            m_connected = false;
            emit connectedChanged(false);
        }
        return;
    }
    if (!ensureSocket(m_target->address()))
        return;
    const QString target = m_target->text();
    if (const int error = m_channel->connectTo(m_target->address(), m_target->port())) {
        recordError(m_local, target, UdpMessages::sendFailed(error, target, m_local, m_broadcast));
        return;
    }
    // connect() may pick the local address that 0.0.0.0 left open.
    m_local = m_channel->localText();
    const QString line = DeferredText::make(
        staticMetaObject.className(),
        QT_TR_NOOP("connect() to %1: only its datagrams are received now, and an ICMP "
                   "\"port unreachable\" from it is reported."),
        {target});
    record(EventKind::Connect, m_local, target, QByteArray(), line);
    emit logLine(line);
    if (!m_connected) {
        m_connected = true;
        emit connectedChanged(true);
    }
}

void UdpEndpoint::setBroadcast(bool on)
{
    m_broadcast = on;
    if (const int error = m_channel->setBroadcast(on))
        reportProblem(UdpMessages::sendFailed(error, QString(), m_local, on));
}

bool UdpEndpoint::startBurst(quint64 count, Payload payload)
{
    if (!m_target->isSet()) {
        reportError(UdpMessages::noTarget());
        return false;
    }
    if (!m_target->isResolved()) {
        m_waitingBurst.emplace(count, std::move(payload));
        m_target->resolve();
        return true;
    }
    const QHostAddress to = m_target->address();
    const quint16 port = m_target->port();
    const QString destination = m_target->text();
    const bool connected = m_connected;
    m_burst->start(count, [this, to, port, destination, connected, payload](quint64 counter) {
        return trySend(to, port, payload(counter), destination, connected, true);
    });
    return true;
}

void UdpEndpoint::stopBurst()
{
    m_waitingBurst.reset();
    m_burst->stop();
}

void UdpEndpoint::onIcmp(const IcmpReport &report, int repeats)
{
    recordError(m_local, formatEndpoint(report.address, report.port),
                UdpMessages::icmp(report, repeats));
}

void UdpEndpoint::reportProblem(const QString &problem)
{
    if (!problem.isEmpty())
        recordError(m_local, QString(), problem);
}

void UdpEndpoint::clearPeers()
{
    m_peers.clear();
    emit peersCleared();
}

} // namespace swb::net
