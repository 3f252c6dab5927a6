#include "tests/net/nettesting.h"

#include "net/stream/localclientendpoint.h"
#include "net/stream/localsocketpath.h"
#include "net/traffic/trafficsink.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using swb::net::EventKind;
using swb::net::LocalClientEndpoint;
using swb::net::LocalSocketPath;
using swb::net::TrafficEvent;
using swb::tests::failureOf;
using swb::tests::RecordingSink;
using swb::tests::peerTimeoutMs;

// The local socket client panel's engine against the notes' AF_UNIX echo
// server in Python: connect(path), send(), recv(), close(), and the ways
// connecting to a path fails.
class TestLocalClientEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sendAndReceiveWithPythonServer();
    void closedByPeer();
    void closeWordSent();
    void noServer();
    void staleFileRefuses();
    void emptyPath();
    void sendWhileDisconnected();

private:
    // Starts unix_echo_server.py on m_path and waits until it listens.
    bool startServer(const QStringList &extra = {});
    bool connectClient();

    QString m_python;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QProcess m_server;
    LocalClientEndpoint *m_client = nullptr;
    std::unique_ptr<RecordingSink> m_sink;
};

namespace {

constexpr int timeoutMs = 5000;

} // namespace

void TestLocalClientEndpoint::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void TestLocalClientEndpoint::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("echo.sock"));
    m_sink = std::make_unique<RecordingSink>();
    m_client = new LocalClientEndpoint;
    m_client->setSink(m_sink.get());
}

void TestLocalClientEndpoint::cleanup()
{
    delete m_client;
    m_client = nullptr;
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished(timeoutMs);
    }
}

bool TestLocalClientEndpoint::startServer(const QStringList &extra)
{
    m_server.setProgram(m_python);
    m_server.setArguments(QStringList{QStringLiteral(SWB_SOURCE_DIR "/tests/peers/unix_echo_server.py"),
                                      m_path}
                          + extra);
    m_server.start();
    return QTest::qWaitFor([this] { return m_server.canReadLine(); }, peerTimeoutMs);
}

bool TestLocalClientEndpoint::connectClient()
{
    m_client->connectTo(m_path);
    return QTest::qWaitFor(
        [this] { return m_client->state() == QAbstractSocket::ConnectedState; }, timeoutMs);
}

void TestLocalClientEndpoint::sendAndReceiveWithPythonServer()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    QVERIFY(startServer());
    QSignalSpy received(m_client, &LocalClientEndpoint::dataReceived);
    QVERIFY(connectClient());
    QCOMPARE(m_client->path(), m_path);
    QVERIFY(m_client->descriptor() >= 0);
    const swb::net::ConnectionInfo info = m_client->info();
    QCOMPARE(info.family, QStringLiteral("AF_UNIX"));
    QCOMPARE(info.remote, m_path);
    QCOMPARE(info.local, QStringLiteral("pid %1").arg(QCoreApplication::applicationPid()));
    // The Connect row says which process serves the path.
    const QList<TrafficEvent> connects = m_sink->ofKind(EventKind::Connect);
    QCOMPARE(connects.size(), 1);
    QVERIFY2(connects.first().text.contains(QStringLiteral("pid %1").arg(m_server.processId())),
             qPrintable(connects.first().text));

    QVERIFY(m_client->send("你好, local server"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, timeoutMs);
    QCOMPARE(received.first().first().toByteArray(),
             QByteArray("received: ") + QStringLiteral("你好, local server").toUtf8());
    QCOMPARE(m_client->info().bytesIn, qint64(received.first().first().toByteArray().size()));

    m_client->disconnectFromPeer();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QCOMPARE(m_sink->ofKind(EventKind::Close).size(), 1);
    QCOMPARE(m_sink->ofKind(EventKind::Close).first().text, QStringLiteral("closed by this client"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.state(), QProcess::NotRunning, peerTimeoutMs);
    QVERIFY2(failureOf(m_server).isEmpty(), qPrintable(failureOf(m_server)));
    // The notes' server removes its socket file when it is done.
    QVERIFY(!QFile::exists(m_path));
}

void TestLocalClientEndpoint::closedByPeer()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    QVERIFY(startServer({QStringLiteral("--once")}));
    QVERIFY(connectClient());
    QSignalSpy errors(m_client, &LocalClientEndpoint::errorOccurred);
    QVERIFY(m_client->send("once"));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), QAbstractSocket::UnconnectedState, peerTimeoutMs);
    QCOMPARE(m_sink->ofKind(EventKind::Recv).size(), 1);
    QCOMPARE(m_sink->ofKind(EventKind::Close).first().text, QStringLiteral("closed by the peer"));
    // An orderly close is not an error.
    QCOMPARE(errors.size(), 0);
}

void TestLocalClientEndpoint::closeWordSent()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    QVERIFY(startServer());
    QVERIFY(connectClient());
    m_client->setCloseWord("q");
    QVERIFY(m_client->send("q\n"));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QCOMPARE(m_sink->ofKind(EventKind::Close).first().text, QStringLiteral("closed by this client"));
}

void TestLocalClientEndpoint::noServer()
{
    QSignalSpy errors(m_client, &LocalClientEndpoint::errorOccurred);
    m_client->connectTo(m_path);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, timeoutMs);
    QCOMPARE(m_client->state(), QAbstractSocket::UnconnectedState);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.startsWith(QStringLiteral("There is no socket file %1").arg(m_path)),
             qPrintable(message));
    QCOMPARE(m_sink->ofKind(EventKind::Error).size(), 1);
    QCOMPARE(m_sink->ofKind(EventKind::Error).first().remote, m_path);
}

void TestLocalClientEndpoint::staleFileRefuses()
{
    // bind() then close() without unlink(): what a crashed server leaves.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(m_path);
    qstrncpy(address.sun_path, encoded.constData(), sizeof address.sun_path);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    ::close(fd);

    QSignalSpy errors(m_client, &LocalClientEndpoint::errorOccurred);
    m_client->connectTo(m_path);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, timeoutMs);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("refused")) && message.contains(QStringLiteral("stale")),
             qPrintable(message));
    QVERIFY(QFile::exists(m_path)); // a client never removes anything
}

void TestLocalClientEndpoint::emptyPath()
{
    QSignalSpy errors(m_client, &LocalClientEndpoint::errorOccurred);
    m_client->connectTo(QStringLiteral("  "));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toString(), LocalSocketPath::emptyPath());
    QCOMPARE(m_client->state(), QAbstractSocket::UnconnectedState);
}

void TestLocalClientEndpoint::sendWhileDisconnected()
{
    QVERIFY(!m_client->send("nobody"));
    QCOMPARE(m_sink->ofKind(EventKind::Send).size(), 0);
}

QTEST_GUILESS_MAIN(TestLocalClientEndpoint)

#include "tst_localclientendpoint.moc"
