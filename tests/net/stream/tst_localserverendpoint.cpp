#include "tests/net/nettesting.h"

#include "net/platform/processlookup.h"
#include "net/reply/serverbehaviour.h"
#include "net/stream/localserverendpoint.h"
#include "net/stream/localsocketpath.h"
#include "net/traffic/trafficsink.h"

#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <memory>
#include <vector>

#include <sys/stat.h>

using swb::net::EventKind;
using swb::net::LocalServerEndpoint;
using swb::net::LocalSocketPath;
using swb::net::ReplyKind;
using swb::net::ServerBehaviour;
using swb::net::TextEncoding;
using swb::net::TrafficEvent;

using StartResult = LocalServerEndpoint::StartResult;
using StalePolicy = LocalServerEndpoint::StalePolicy;
using swb::tests::RecordingSink;
using swb::tests::peerTimeoutMs;
using swb::tests::withReply;

// The local socket server the way a student uses it: real AF_UNIX peers (Python
// scripts in the style of the notes) on a socket file in a temporary folder,
// and every way a path can be unusable, stale files above all.
class TestLocalServerEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void prefixEchoWithPythonClient();
    void severalClientsAtOnce();
    void appendToFileLikeTcp();
    void peerIsNamedByItsProcess();
    void stopRemovesTheFile();
    void staleFileIsReportedAndKept();
    void staleFileRemovedOnRequest();
    void liveServerIsLeftAlone();
    void notASocketIsLeftAlone();
    void missingFolder();
    void pathTooLong();

private:
    void startPeer(QProcess &process, const QString &script, const QStringList &args) const;
    // A Python server on path, killed before it could remove its file: a crash.
    bool leaveStaleFile(const QString &path);
    QString socketPath(const QString &name = QStringLiteral("s.sock")) const;

    QString m_python;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

constexpr int timeoutMs = 5000;

ino_t inodeOf(const QString &path)
{
    struct stat status {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_ino : 0;
}

bool isSocketFile(const QString &path)
{
    struct stat status {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 && S_ISSOCK(status.st_mode);
}

bool startWith(LocalServerEndpoint &server, const ServerBehaviour &behaviour, const QString &path)
{
    const QString problem = server.setBehaviour(behaviour, TextEncoding::Utf8).message();
    if (!problem.isEmpty()) {
        qWarning("setBehaviour: %s", qPrintable(problem));
        return false;
    }
    return server.start(path) == StartResult::Listening;
}

} // namespace

void TestLocalServerEndpoint::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void TestLocalServerEndpoint::init()
{
    // A fresh folder per test: no test sees another's socket files.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestLocalServerEndpoint::socketPath(const QString &name) const
{
    return m_dir->filePath(name);
}

void TestLocalServerEndpoint::startPeer(QProcess &process, const QString &script,
                                        const QStringList &args) const
{
    process.setProgram(m_python);
    process.setArguments(QStringList{QStringLiteral(SWB_SOURCE_DIR "/tests/peers/") + script} + args);
    process.start();
}

bool TestLocalServerEndpoint::leaveStaleFile(const QString &path)
{
    QProcess server;
    startPeer(server, QStringLiteral("unix_echo_server.py"), {path});
    if (!QTest::qWaitFor([&server] { return server.canReadLine(); }, peerTimeoutMs))
        return false;
    server.kill();
    server.waitForFinished(timeoutMs);
    return isSocketFile(path);
}

void TestLocalServerEndpoint::prefixEchoWithPythonClient()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    RecordingSink sink;
    LocalServerEndpoint server;
    server.setSink(&sink);
    const QString path = socketPath();
    QVERIFY(startWith(server, withReply(ReplyKind::Prefix), path));
    QVERIFY(server.isListening());
    QCOMPARE(server.path(), path);
    QCOMPARE(server.localEndpoint(), path);
    QVERIFY(isSocketFile(path));
    // Only the user may connect.
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther
                                                | QFile::WriteOther),
             QFile::Permissions());
    QCOMPARE(sink.ofKind(EventKind::Listen).size(), 1);
    QCOMPARE(sink.ofKind(EventKind::Listen).first().local, path);

    QSignalSpy closed(&server, &LocalServerEndpoint::connectionClosed);
    QProcess client;
    startPeer(client, QStringLiteral("unix_echo_client.py"), {path, QStringLiteral("3")});
    QVERIFY(client.waitForStarted(timeoutMs));
    const qint64 clientPid = client.processId();
    SWB_WAIT_PEER_OK(client);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, timeoutMs);

    const QList<TrafficEvent> accepts = sink.ofKind(EventKind::Accept);
    QCOMPARE(accepts.size(), 1);
    QCOMPARE(accepts.first().protocol, swb::net::Protocol::Local);
    QCOMPARE(accepts.first().local, path);
    // Python's accept() gives '' for the unnamed client; the panel names it by number and pid.
    QCOMPARE(accepts.first().remote, QStringLiteral("#1 (pid %1)").arg(clientPid));
    QCOMPARE(sink.ofKind(EventKind::Recv).size(), 3);
    QCOMPARE(sink.ofKind(EventKind::Send).size(), 3);
    for (const TrafficEvent &e : sink.ofKind(EventKind::Send))
        QVERIFY2(e.data.startsWith("received: message "), e.data.constData());
    QCOMPARE(sink.ofKind(EventKind::Close).size(), 1);
}

void TestLocalServerEndpoint::severalClientsAtOnce()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    constexpr int clients = 4;
    RecordingSink sink;
    LocalServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(startWith(server, withReply(ReplyKind::Prefix), socketPath()));
    QSignalSpy closed(&server, &LocalServerEndpoint::connectionClosed);

    std::vector<std::unique_ptr<QProcess>> peers;
    for (int i = 0; i < clients; ++i) {
        peers.push_back(std::make_unique<QProcess>());
        startPeer(*peers.back(), QStringLiteral("unix_echo_client.py"),
                  {socketPath(), QStringLiteral("2"), QStringLiteral("--go")});
    }
    // Every client connected at the same time, each its own row.
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), clients, peerTimeoutMs);
    QSet<QString> remotes;
    for (const auto &info : server.connections()) {
        QCOMPARE(info.family, QStringLiteral("AF_UNIX"));
        remotes.insert(info.remote);
    }
    QCOMPARE(remotes.size(), clients);
    for (const auto &peer : peers) {
        peer->write("go\n");
        peer->closeWriteChannel();
    }
    for (const auto &peer : peers)
        SWB_WAIT_PEER_OK(*peer);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), clients, timeoutMs);
    QCOMPARE(sink.ofKind(EventKind::Send).size(), clients * 2);
}

void TestLocalServerEndpoint::appendToFileLikeTcp()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    ServerBehaviour b; // reply none: the backend only appends
    b.appendFile = m_dir->filePath(QStringLiteral("message"));
    LocalServerEndpoint server;
    QVERIFY(startWith(server, b, socketPath()));
    QSignalSpy closed(&server, &LocalServerEndpoint::connectionClosed);

    const QByteArray lines = QByteArray("first line\n") + QByteArray("你好\n")
        + QByteArray("tabs\tand \"quotes\"\n");
    QProcess frontend;
    startPeer(frontend, QStringLiteral("unix_frontend.py"), {socketPath()});
    frontend.write(lines);
    frontend.closeWriteChannel();
    SWB_WAIT_PEER_OK(frontend);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, timeoutMs);

    QFile file(b.appendFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), lines);
}

void TestLocalServerEndpoint::peerIsNamedByItsProcess()
{
    LocalServerEndpoint server;
    QVERIFY(startWith(server, ServerBehaviour(), socketPath()));
    QSignalSpy opened(&server, &LocalServerEndpoint::connectionOpened);
    QLocalSocket first;
    QLocalSocket second;
    first.connectToServer(socketPath());
    second.connectToServer(socketPath());
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, timeoutMs);
    const auto connections = server.connections();
    const QString pid = QStringLiteral("(pid %1)").arg(QCoreApplication::applicationPid());
    // Two clients of one process: told apart by their number, matched by their pid.
    QCOMPARE(connections.at(0).remote, QStringLiteral("#%1 %2").arg(connections.at(0).id).arg(pid));
    QCOMPARE(connections.at(1).remote, QStringLiteral("#%1 %2").arg(connections.at(1).id).arg(pid));
}

void TestLocalServerEndpoint::stopRemovesTheFile()
{
    LocalServerEndpoint server;
    QVERIFY(startWith(server, ServerBehaviour(), socketPath()));
    QLocalSocket client;
    client.connectToServer(socketPath());
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 1, timeoutMs);
    QSignalSpy listening(&server, &LocalServerEndpoint::listeningChanged);
    server.stop();
    QCOMPARE(listening.size(), 1);
    QVERIFY(!server.isListening());
    QVERIFY(!QFileInfo::exists(socketPath()));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::UnconnectedState, timeoutMs);
    // A clean stop leaves nothing stale behind: starting again needs no choice.
    QCOMPARE(server.start(socketPath()), StartResult::Listening);
}

void TestLocalServerEndpoint::staleFileIsReportedAndKept()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    const QString path = socketPath();
    QVERIFY2(leaveStaleFile(path), "the killed Python server left no socket file");
    const ino_t inode = inodeOf(path);

    RecordingSink sink;
    LocalServerEndpoint server;
    server.setSink(&sink);
    QSignalSpy errors(&server, &LocalServerEndpoint::errorOccurred);
    QCOMPARE(server.start(path), StartResult::StaleFile);
    QVERIFY(!server.isListening());
    // Said clearly, and left for the user to decide: the same file is still there.
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QCOMPARE(message, LocalSocketPath::staleFile(path));
    QVERIFY(message.contains(QStringLiteral("stale")));
    QVERIFY(message.contains(path));
    QCOMPARE(sink.ofKind(EventKind::Error).size(), 1);
    QCOMPARE(inodeOf(path), inode);
    // Asking again changes nothing either.
    QCOMPARE(server.start(path, StalePolicy::Ask), StartResult::StaleFile);
    QCOMPARE(inodeOf(path), inode);
}

void TestLocalServerEndpoint::staleFileRemovedOnRequest()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    const QString path = socketPath();
    QVERIFY2(leaveStaleFile(path), "the killed Python server left no socket file");

    RecordingSink sink;
    LocalServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(server.setBehaviour(withReply(ReplyKind::Prefix), TextEncoding::Utf8).ok());
    QCOMPARE(server.start(path), StartResult::StaleFile);
    QCOMPARE(server.start(path, StalePolicy::RemoveStale), StartResult::Listening);
    QVERIFY(server.isListening());
    // Python's file got its mode from the umask; ours lets the user alone connect.
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    const QList<TrafficEvent> infos = sink.ofKind(EventKind::Info);
    QVERIFY(!infos.isEmpty());
    QVERIFY(infos.last().text.contains(QStringLiteral("stale")));

    QProcess client;
    startPeer(client, QStringLiteral("unix_echo_client.py"), {path, QStringLiteral("1")});
    SWB_WAIT_PEER_OK(client);
}

void TestLocalServerEndpoint::liveServerIsLeftAlone()
{
    if (m_python.isEmpty())
        QSKIP("python3 not found");
    if (!swb::net::ProcessLookup::system().available())
        QSKIP("the kernel's socket table is not available on this system: the check connects "
              "instead, and a one-shot server takes that for its client");
    const QString path = socketPath();
    // A one-shot server: if checking the path cost it its one client, the
    // real client below would find nobody.
    QProcess python;
    startPeer(python, QStringLiteral("unix_echo_server.py"), {path, QStringLiteral("1")});
    QTRY_VERIFY_WITH_TIMEOUT(python.canReadLine(), peerTimeoutMs);
    const ino_t inode = inodeOf(path);

    LocalServerEndpoint server;
    QSignalSpy errors(&server, &LocalServerEndpoint::errorOccurred);
    QCOMPARE(server.start(path, StalePolicy::RemoveStale), StartResult::Failed);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toString(), LocalSocketPath::liveServer(path));
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("Another program")));
    QCOMPARE(inodeOf(path), inode);

    QLocalSocket client;
    QByteArray reply;
    connect(&client, &QLocalSocket::readyRead, this, [&] { reply += client.readAll(); });
    client.connectToServer(path);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::ConnectedState, timeoutMs);
    client.write("still here?");
    QTRY_COMPARE_WITH_TIMEOUT(reply, QByteArray("received: still here?"), timeoutMs);
    client.disconnectFromServer();
    SWB_WAIT_PEER_OK(python);
}

void TestLocalServerEndpoint::notASocketIsLeftAlone()
{
    const QString path = socketPath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("my notes");
    file.close();
    LocalServerEndpoint server;
    QSignalSpy errors(&server, &LocalServerEndpoint::errorOccurred);
    QCOMPARE(server.start(path, StalePolicy::RemoveStale), StartResult::Failed);
    QCOMPARE(errors.first().first().toString(), LocalSocketPath::notASocket(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my notes"));
}

void TestLocalServerEndpoint::missingFolder()
{
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/s.sock"));
    RecordingSink sink;
    LocalServerEndpoint server;
    server.setSink(&sink);
    QSignalSpy errors(&server, &LocalServerEndpoint::errorOccurred);
    QCOMPARE(server.start(path), StartResult::Failed);
    QVERIFY(!server.isListening());
    const QString message = errors.first().first().toString();
    QCOMPARE(message, LocalSocketPath::noFolder(path));
    QVERIFY(message.contains(m_dir->filePath(QStringLiteral("no/such/folder"))));
    QVERIFY(message.contains(QStringLiteral("mkdir -p")));
    QCOMPARE(sink.ofKind(EventKind::Error).size(), 1);
    // Below the endpoint, bind() itself says ENOENT, with the errno kept.
    const swb::Result<qintptr> opened = LocalSocketPath::openListening(path, 5);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.failure().errorNumber, ENOENT);
    QCOMPARE(opened.message(), LocalSocketPath::bindFailed(ENOENT, path));
    // The panel stays usable: a good path works at once.
    QCOMPARE(server.start(socketPath()), StartResult::Listening);
}

void TestLocalServerEndpoint::pathTooLong()
{
    const QString path = m_dir->filePath(QString(120, QLatin1Char('x')));
    LocalServerEndpoint server;
    QSignalSpy errors(&server, &LocalServerEndpoint::errorOccurred);
    QCOMPARE(server.start(path), StartResult::Failed);
    QCOMPARE(errors.first().first().toString(), LocalSocketPath::tooLong(path));
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("107")));

    QCOMPARE(server.start(QStringLiteral("   ")), StartResult::Failed);
    QCOMPARE(errors.last().first().toString(), LocalSocketPath::emptyPath());
}

QTEST_GUILESS_MAIN(TestLocalServerEndpoint)

#include "tst_localserverendpoint.moc"
