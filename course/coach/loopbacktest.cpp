#include "course/coach/loopbacktest.h"

#include "net/errors/systemerrortext.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace swb::course {

LoopbackTest::LoopbackTest(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(timeoutMs);
    connect(m_timer, &QTimer::timeout, this,
            [this] { fail(tr("no answer within %1 ms").arg(timeoutMs)); });
}

LoopbackTest::~LoopbackTest()
{
    cleanUp();
}

void LoopbackTest::start()
{
    if (isRunning())
        return;
    m_report.clear();
    m_ipv4Ok = false;
    begin(Step::Ipv4);
}

void LoopbackTest::cleanUp()
{
    m_timer->stop();
    if (m_client) {
        m_client->disconnect(this);
        m_client->abort();
        m_client->deleteLater();
        m_client = nullptr;
    }
    if (m_server) {
        m_server->disconnect(this);
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void LoopbackTest::begin(Step step)
{
    m_step = step;
    const QHostAddress address =
        step == Step::Ipv4 ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(QHostAddress::LocalHostIPv6);
    m_server = new QTcpServer(this);
    if (!m_server->listen(address, 0)) {
        fail(tr("cannot listen: %1")
                 .arg(net::SystemErrorText::forSocket(m_server->serverError(),
                                                      m_server->errorString())));
        return;
    }
    m_elapsed.start();
    m_timer->start();
    // The server side echoes the byte back, like the smallest echo server.
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *accepted = m_server->nextPendingConnection()) {
            connect(accepted, &QTcpSocket::readyRead, accepted,
                    [accepted] { accepted->write(accepted->readAll()); });
            connect(accepted, &QTcpSocket::disconnected, accepted, &QObject::deleteLater);
        }
    });
    m_client = new QTcpSocket(this);
    connect(m_client, &QTcpSocket::connected, this, [this] { m_client->write("x", 1); });
    connect(m_client, &QTcpSocket::readyRead, this, &LoopbackTest::onReadyRead);
    connect(m_client, &QTcpSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                fail(net::SystemErrorText::forSocket(error, m_client->errorString()));
            });
    m_client->connectToHost(address, m_server->serverPort());
}

void LoopbackTest::onReadyRead()
{
    if (m_client->readAll() != "x")
        return;
    const double ms = m_elapsed.nsecsElapsed() / 1e6;
    const QString where = m_step == Step::Ipv4 ? QStringLiteral("127.0.0.1")
                                               : QStringLiteral("::1");
    stepDone(true, tr("%1 port %2: connected, one byte there and back in %3 ms.")
                       .arg(where)
                       .arg(m_server->serverPort())
                       .arg(ms, 0, 'f', 1));
}

void LoopbackTest::fail(const QString &why)
{
    if (m_step == Step::Idle)
        return;
    const QString where = m_step == Step::Ipv4 ? QStringLiteral("127.0.0.1")
                                               : QStringLiteral("::1");
    stepDone(false, tr("%1: failed, %2.").arg(where, why));
}

void LoopbackTest::stepDone(bool ok, const QString &line)
{
    const Step step = m_step;
    cleanUp();
    m_report << (ok ? QStringLiteral("\u2713 ") : QStringLiteral("\u2717 ")) + line;
    if (step == Step::Ipv4) {
        m_ipv4Ok = ok;
        begin(Step::Ipv6);
        return;
    }
    if (!ok)
        m_report << tr("IPv6 loopback (::1) is missing: then \"localhost\" can only mean "
                       "127.0.0.1. Not a fault by itself.");
    m_report.prepend(m_ipv4Ok ? tr("Loopback works: this machine can talk to itself.")
                              : tr("Loopback does not work: no program on this machine can "
                                   "reach another over 127.0.0.1. Check the firewall rules "
                                   "for the interface lo."));
    m_step = Step::Idle;
    emit finished(m_ipv4Ok, m_report.join(QLatin1Char('\n')));
}

} // namespace swb::course
