#include "net/udp/udpchannel.h"

#include "net/errors/systemerrortext.h"
#include "net/platform/receivebufferforcing.h"
#include "net/platform/udperrorqueue.h"
#include "net/socket/listeningsocket.h"
#include "net/traffic/trafficevent.h"
#include "net/udp/udpmessages.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QUdpSocket>

#include <cerrno>

namespace swb::net {

UdpChannel::UdpChannel(QObject *parent)
    : QObject(parent)
    , m_buffer(65536, Qt::Uninitialized) // the largest datagram there is, read into one buffer
    , m_receive(DatagramBatch::create(batchSize))
{
    m_resume.setSingleShot(true);
    m_resume.setInterval(0);
    connect(&m_resume, &QTimer::timeout, this, &UdpChannel::readPending);
}

UdpChannel::~UdpChannel()
{
    if (m_socket)
        m_socket->disconnect(this);
}

qintptr UdpChannel::descriptor() const
{
    return m_socket ? m_socket->socketDescriptor() : -1;
}

QHostAddress UdpChannel::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

quint16 UdpChannel::localPort() const
{
    return m_socket ? m_socket->localPort() : 0;
}

QString UdpChannel::localText() const
{
    return m_socket ? formatEndpoint(m_socket->localAddress(), m_socket->localPort()) : QString();
}

Result<void> UdpChannel::open(const QHostAddress &address, quint16 port, bool shareAddress)
{
    close();
    const Result<qintptr> opened = ListeningSocket::openDatagram(address, port, shareAddress);
    const int errorNumber = opened ? attach(int(*opened)) : opened.failure().errorNumber;
    if (errorNumber != 0)
        return Failure{UdpMessages::bindFailed(errorNumber, address.toString(), port), errorNumber};
    return {};
}

Result<void> UdpChannel::openAny(bool ipv6)
{
    return open(QHostAddress(ipv6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4), 0, false);
}

int UdpChannel::attach(int fd)
{
    m_family = UdpSocketCalls::family(fd);
    m_receiveBuffer = ReceiveBufferForcing::system().enlarge(fd, wantedReceiveBuffer);
    UdpErrorQueue::system().enable(fd, m_family);
    m_inode = UdpSocketCalls::inode(fd);
    auto *socket = new QUdpSocket(this);
    if (!socket->setSocketDescriptor(fd, QAbstractSocket::BoundState)) {
        delete socket; // closes fd
        return EBADF;
    }
    // Qt turns SO_BROADCAST on for every UDP socket it adopts; a Python socket
    // has it off, and the panel's Broadcast box is what should turn it on.
    UdpSocketCalls::setBroadcast(fd, false);
    m_socket = socket;
    connect(socket, &QUdpSocket::readyRead, this, &UdpChannel::readPending);
    connect(socket, &QUdpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::ConnectionRefusedError)
            drainErrors();
        else if (error != QAbstractSocket::TemporaryError && m_socket)
            emit failed(SystemErrorText::forSocket(error, m_socket->errorString()));
    });
    return 0;
}

void UdpChannel::close()
{
    if (!m_socket)
        return;
    m_resume.stop();
    m_socket->disconnect(this);
    m_socket->abort(); // closes the descriptor, which also leaves every group
    // Later: close() may be called from a slot of this very socket.
    m_socket->deleteLater();
    m_socket = nullptr;
    m_inode = 0;
    m_connectedPort = 0;
    m_icmpShown.clear();
}

void UdpChannel::readPending()
{
    m_resume.stop();
    drainErrors();
    const QPointer<QUdpSocket> socket = m_socket;
    if (!socket)
        return;
    const qintptr fd = socket->socketDescriptor();
    QElapsedTimer clock;
    clock.start();
    int count = 0;
    // A batch at a time (on Linux one recvmmsg() call), where hasPendingDatagrams()
    // and readDatagram() take two calls per datagram: at 50,000 datagrams a
    // second on a busy machine, that difference decides what the kernel drops.
    for (;;) {
        const int received = m_receive->receive(fd);
        if (received == -ECONNREFUSED)
            reportRefusal(); // what the error queue would have said, where there is none
        for (int i = 0; i < received && socket == m_socket; ++i) {
            quint16 port = 0;
            const QHostAddress from = m_receive->sender(i, &port);
            emit datagramArrived(from, port, m_receive->bytes(i));
        }
        if (socket != m_socket)
            return; // closed by a slot
        if (received < batchSize)
            break; // the kernel has nothing more for now
        count += received;
        if (count >= drainDatagrams || clock.elapsed() >= drainMs) {
            // More is waiting, but the window comes first. A socket that is
            // always readable would keep Qt's event loop from ever running its
            // timers (the traffic table's flush, repaints), so the rest is read
            // from a zero timer, which takes its turn with the other timers.
            // Meanwhile QUdpSocket stays quiet: it emits readyRead again only
            // after a read through it.
            m_resume.start();
            return;
        }
    }
    // One read through Qt closes the turn: it clears QUdpSocket's "data
    // pending" mark and re-arms its readyRead, which our own reads do not.
    // With nothing left it fails with TemporaryError, which is ignored.
    QHostAddress from;
    quint16 port = 0;
    const qint64 size = socket->readDatagram(m_buffer.data(), m_buffer.size(), &from, &port);
    if (size >= 0 && socket == m_socket)
        emit datagramArrived(from, port, QByteArray(m_buffer.constData(), size));
}

void UdpChannel::drainErrors()
{
    if (!m_socket)
        return;
    const qintptr fd = m_socket->socketDescriptor();
    const QList<IcmpReport> reports = UdpErrorQueue::system().read(fd, 256);
    if (reports.isEmpty())
        return;
    UdpSocketCalls::clearPendingError(fd);
    showReports(reports);
}

void UdpChannel::reportRefusal()
{
    // With the error queue the refusal has been read from it already.
    if (UdpErrorQueue::system().available() || m_connectedPort == 0)
        return;
    IcmpReport report;
    report.address = m_connectedAddress;
    report.port = m_connectedPort;
    report.errorNumber = ECONNREFUSED;
    showReports({report});
}

void UdpChannel::showReports(const QList<IcmpReport> &reports)
{
    // A burst to a closed port bounces once per datagram: report each
    // destination at most once a second, with the count.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<QString, std::pair<IcmpReport, int>> grouped;
    for (const IcmpReport &report : reports) {
        auto &entry = grouped[formatEndpoint(report.address, report.port)];
        entry.first = report;
        ++entry.second;
    }
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
        auto &shown = m_icmpShown[it.key()];
        shown.second += it.value().second;
        if (shown.first != 0 && now - shown.first < 1000)
            continue;
        const int repeats = shown.second;
        shown = {now, 0};
        emit icmpReported(it.value().first, repeats);
    }
}

int UdpChannel::send(const QHostAddress &to, quint16 port, const QByteArray &bytes,
                     bool viaConnection)
{
    if (!m_socket)
        return EBADF;
    const qintptr fd = m_socket->socketDescriptor();
    const auto sendOnce = [&] {
        return viaConnection ? UdpSocketCalls::send(fd, bytes.constData(), bytes.size())
                             : UdpSocketCalls::sendTo(fd, m_family, to, port, bytes.constData(),
                                                      bytes.size());
    };
    int error = sendOnce();
    if (error == ECONNREFUSED) {
        // The ICMP answer to an earlier datagram, which kept this one from
        // leaving. Say which datagram bounced, then send this one.
        drainErrors();
        reportRefusal();
        error = sendOnce();
    }
    return error;
}

int UdpChannel::connectTo(const QHostAddress &to, quint16 port)
{
    const int error =
        m_socket ? UdpSocketCalls::connectTo(descriptor(), m_family, to, port) : EBADF;
    if (error == 0) {
        m_connectedAddress = to;
        m_connectedPort = port;
    }
    return error;
}

int UdpChannel::disconnectFromTarget()
{
    m_connectedPort = 0;
    return m_socket ? UdpSocketCalls::disconnect(descriptor()) : EBADF;
}

int UdpChannel::setBroadcast(bool on)
{
    return m_socket ? UdpSocketCalls::setBroadcast(descriptor(), on) : 0;
}

} // namespace swb::net
