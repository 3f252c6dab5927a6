// Drives the local socket (AF_UNIX) server and client panels the way a student
// clicks and types: start a server on a socket file, connect a client panel,
// type with Enter, reply by hand to the selected client, answer the stale-file
// question, and open the local-socket lesson. Socket files live in a temporary
// folder, which also stands in for the runtime folder.
#include "tests/widgets/paneltesting.h"

#include "app/panelfactory.h"
#include "course/lessons/lessoncatalog.h"
#include "models/connectionlistmodel.h"
#include "models/trafficmodel.h"
#include "net/stream/localclientendpoint.h"
#include "net/stream/localserverendpoint.h"
#include "net/stream/localsocketpath.h"
#include "widgets/common/messagelog.h"
#include "widgets/common/sendbox.h"
#include "widgets/stream/behavioureditor.h"
#include "widgets/stream/connectioninfoview.h"
#include "widgets/stream/localclientpanel.h"
#include "widgets/stream/localserverpanel.h"
#include "widgets/stream/socketpathedit.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFrame>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace swb;
using namespace paneltesting;

namespace {

// bind() and close() without unlink(): what a crashed server leaves behind.
bool makeStaleSocketFile(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    qstrncpy(address.sun_path, QFile::encodeName(path).constData(), sizeof address.sun_path);
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return bound;
}

} // namespace

class TestLocalPanels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clientTypesServerReplies();
    void prefixBehaviourFromTheEditor();
    void staleFileAsksFirst();
    void missingFolderIsShown();
    void configRoundTrip();
    void newPanelsUseTheDefaultPath();
    void lessonStartsItsServer();

private:
    void startAndConnect();
    QString socketPath() const { return m_dir->filePath(QStringLiteral("panel.sock")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_savedRuntime;
    models::TrafficModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    widgets::LocalServerPanel *m_server = nullptr;
    widgets::LocalClientPanel *m_client = nullptr;
};

void TestLocalPanels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_savedRuntime = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir->path()));
    m_model = new models::TrafficModel;
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_server = new widgets::LocalServerPanel(1, m_model);
    m_client = new widgets::LocalClientPanel(2, m_model);
    course::PanelConfig server = m_server->config();
    server.name = QStringLiteral("server");
    server.localServer().path = socketPath();
    m_server->applyConfig(server);
    course::PanelConfig client = m_client->config();
    client.name = QStringLiteral("client");
    client.localClient().path = socketPath();
    m_client->applyConfig(client);
    m_server->show();
    m_client->show();
}

void TestLocalPanels::cleanup()
{
    delete m_client;
    delete m_server;
    delete m_tester;
    delete m_model;
    if (m_savedRuntime.isNull())
        qunsetenv("XDG_RUNTIME_DIR");
    else
        qputenv("XDG_RUNTIME_DIR", m_savedRuntime);
}

void TestLocalPanels::startAndConnect()
{
    QVERIFY(m_server->start());
    QVERIFY(m_server->isRunning());
    QVERIFY(m_server->statusText().contains(socketPath()));
    m_client->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(probe(m_client).endpoint()->state(), QAbstractSocket::ConnectedState,
                              5000);
    QTRY_COMPARE_WITH_TIMEOUT(probe(m_server).connectionModel()->rowCount(), 1, 5000);
}

void TestLocalPanels::clientTypesServerReplies()
{
    startAndConnect();
    // What print(sock) would show for an AF_UNIX client.
    const QString repr = probe(m_client).infoView()->pythonRepr();
    QVERIFY2(repr.contains(QStringLiteral("family=AddressFamily.AF_UNIX")), qPrintable(repr));
    QVERIFY2(repr.contains(QStringLiteral("raddr=%1>").arg(socketPath())), qPrintable(repr));
    QVERIFY(!repr.contains(QStringLiteral("laddr")));
    QVERIFY(probe(m_client).infoView()->summary().contains(QStringLiteral("AF_UNIX")));
    // The server's list names the client by number and process.
    const QString peer = probe(m_server).connectionModel()
                             ->index(0, models::ConnectionListModel::PeerColumn)
                             .data()
                             .toString();
    QCOMPARE(peer, QStringLiteral("#1 (pid %1)").arg(QCoreApplication::applicationPid()));

    typeAndEnter(lineOf(probe(m_client).sendBox()), QStringLiteral("你好, local server"));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 1).size(), 1, 5000);
    const net::TrafficEvent recv = eventsOf(*m_model, net::EventKind::Recv, 1).first();
    QCOMPARE(recv.data, QStringLiteral("你好, local server").toUtf8());
    QCOMPARE(recv.protocol, net::Protocol::Local);
    QCOMPARE(recv.local, socketPath());
    QVERIFY(lineOf(probe(m_client).sendBox())->text().isEmpty());

    // Manual reply: select the client row, type, Enter.
    probe(m_server).connectionTable()->selectRow(0);
    typeAndEnter(lineOf(probe(m_server).sendBox()), QStringLiteral("I can see you."));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 2).size(), 1, 5000);
    QCOMPARE(eventsOf(*m_model, net::EventKind::Recv, 2).first().data, QByteArray("I can see you."));
    probe(m_client).messageLog()->flushPending();
    QVERIFY(probe(m_client).messageLog()->toPlainText().contains(QStringLiteral("I can see you.")));
    probe(m_server).messageLog()->flushPending();
    QVERIFY(
        probe(m_server).messageLog()->toPlainText().contains(QStringLiteral("你好, local server")));

    // Disconnect from the client panel: both sides see it.
    m_client->disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(probe(m_server).connectionModel()->rowCount(), 0, 5000);
    QCOMPARE(probe(m_client).endpoint()->state(), QAbstractSocket::UnconnectedState);
    // Stopping removes the socket file.
    m_server->stop();
    QVERIFY(!QFile::exists(socketPath()));
}

void TestLocalPanels::prefixBehaviourFromTheEditor()
{
    net::ServerBehaviour behaviour;
    behaviour.reply = net::ReplyKind::Prefix;
    behaviour.prefix = QStringLiteral("received: ");
    applyAsUser(probe(m_server).behaviourEditor(), behaviour);
    startAndConnect();
    typeAndEnter(lineOf(probe(m_client).sendBox()), QStringLiteral("ping"));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 2).size(), 1, 5000);
    QCOMPARE(eventsOf(*m_model, net::EventKind::Recv, 2).first().data, QByteArray("received: ping"));
}

void TestLocalPanels::staleFileAsksFirst()
{
    QVERIFY(makeStaleSocketFile(socketPath()));
    struct stat before {};
    QCOMPARE(::lstat(QFile::encodeName(socketPath()).constData(), &before), 0);

    QVERIFY(!m_server->start());
    QVERIFY(!m_server->isRunning());
    QVERIFY(!probe(m_server).staleBar()->isHidden());
    QVERIFY2(m_server->statusText().contains(QStringLiteral("stale")), qPrintable(m_server->statusText()));
    QVERIFY(!eventsOf(*m_model, net::EventKind::Error, 1).isEmpty());
    // Nothing was removed behind the user's back.
    struct stat after {};
    QCOMPARE(::lstat(QFile::encodeName(socketPath()).constData(), &after), 0);
    QCOMPARE(after.st_ino, before.st_ino);

    // The user's choice: remove it and listen.
    QTest::mouseClick(probe(m_server).removeStaleButton(), Qt::LeftButton);
    QVERIFY(m_server->isRunning());
    QVERIFY(probe(m_server).staleBar()->isHidden());
    m_client->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(probe(m_server).connectionModel()->rowCount(), 1, 5000);
}

void TestLocalPanels::missingFolderIsShown()
{
    const QString path = m_dir->filePath(QStringLiteral("missing/panel.sock"));
    auto *edit = probe(m_server).pathEdit()->lineEdit();
    edit->setText(path);
    QTest::keyClick(edit, Qt::Key_Return); // Enter in the path box starts the server
    QVERIFY(!m_server->isRunning());
    QVERIFY(probe(m_server).staleBar()->isHidden());
    QCOMPARE(m_server->statusText(), net::LocalSocketPath::noFolder(path));
    // The client says there is no server there.
    probe(m_client).pathEdit()->setText(path);
    m_client->connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(*m_model, net::EventKind::Error, 2).isEmpty(), 5000);
    QVERIFY(m_client->statusText().contains(path));
}

void TestLocalPanels::configRoundTrip()
{
    course::PanelConfig config(course::PanelType::LocalServer);
    config.name = QStringLiteral("Local echo");
    config.encoding = net::TextEncoding::Gbk;
    config.localServer().path = QStringLiteral("{runtime}/round-trip.sock");
    config.localServer().autoStart = true;
    config.localServer().behaviour.reply = net::ReplyKind::Template;
    config.localServer().behaviour.templateText = QStringLiteral("Hello, {data}!");
    config.localServer().behaviour.greeting = QStringLiteral("Welcome!");
    config.localServer().behaviour.closeWord = QStringLiteral("exit");
    config.send.lineEnding = net::LineEnding::CrLf;
    m_server->applyConfig(config);
    QCOMPARE(m_server->config().toJson(), config.toJson());
    QVERIFY(m_server->startsOnOpen());
    // The placeholder is kept as typed, and the absolute path is what counts.
    QCOMPARE(probe(m_server).pathEdit()->text(), config.localServer().path);
    const QString absolute = QDir::cleanPath(m_dir->path()) + QStringLiteral("/round-trip.sock");
    QCOMPARE(probe(m_server).pathEdit()->resolvedPath(), absolute);
    QCOMPARE(m_server->resourceKey(), QStringLiteral("local/") + absolute);

    course::PanelConfig client(course::PanelType::LocalClient);
    client.name = QStringLiteral("Local talker");
    client.localClient().path = QStringLiteral("/tmp/elsewhere.sock");
    client.localClient().closeWord = QStringLiteral("q");
    client.send.text = QStringLiteral("hello {counter}");
    m_client->applyConfig(client);
    QCOMPARE(m_client->config().toJson(), client.toJson());
}

void TestLocalPanels::newPanelsUseTheDefaultPath()
{
    std::unique_ptr<widgets::Panel> server(
        app::PanelFactory::create(course::PanelType::LocalServer, 7, m_model));
    std::unique_ptr<widgets::Panel> client(
        app::PanelFactory::create(course::PanelType::LocalClient, 8, m_model));
    QVERIFY(qobject_cast<widgets::LocalServerPanel *>(server.get()));
    QVERIFY(qobject_cast<widgets::LocalClientPanel *>(client.get()));
    course::PanelConfig empty(course::PanelType::LocalServer);
    server->applyConfig(empty);
    QCOMPARE(server->config().localServer().path, net::LocalSocketPath::defaultSetting());
    QCOMPARE(client->config().localClient().path, net::LocalSocketPath::defaultSetting());
}

void TestLocalPanels::lessonStartsItsServer()
{
    const auto lesson = course::LessonCatalog::find(QStringLiteral("local-socket"));
    QVERIFY2(lesson, qPrintable(lesson.message()));
    std::vector<std::unique_ptr<widgets::Panel>> panels;
    int id = 10;
    for (const course::PanelConfig &config : lesson->panels) {
        panels.emplace_back(app::PanelFactory::create(config.type(), id++, m_model));
        panels.back()->applyConfig(config);
    }
    // What the window does when a lesson opens.
    for (const auto &panel : panels) {
        if (panel->startsOnOpen())
            panel->autoStart();
    }
    auto *server = qobject_cast<widgets::LocalServerPanel *>(panels.at(0).get());
    auto *client = qobject_cast<widgets::LocalClientPanel *>(panels.at(1).get());
    QVERIFY(server && client);
    QVERIFY(server->isRunning());
    QCOMPARE(probe(server).endpoint()->path(),
             QDir::cleanPath(m_dir->path()) + QStringLiteral("/socket-workbench-demo.sock"));
    QCOMPARE(probe(client).endpoint()->state(), QAbstractSocket::UnconnectedState);

    client->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(probe(client).endpoint()->state(), QAbstractSocket::ConnectedState,
                              5000);
    QVERIFY(probe(client).sendBox()->sendNow()); // the lesson's "hello"
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 11).size(), 1, 5000);
    QCOMPARE(eventsOf(*m_model, net::EventKind::Recv, 11).first().data, QByteArray("received: hello"));
    for (const auto &panel : panels)
        panel->shutdown();
}

QTEST_MAIN(TestLocalPanels)
#include "tst_localpanels.moc"
