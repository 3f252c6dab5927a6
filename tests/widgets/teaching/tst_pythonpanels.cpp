// "Show as Python", run for real: the lessons' own panels are built as the app
// builds them, the script is generated from a panel's current settings (as the
// Show as Python window does), and python3 runs it against the app's other
// panel, both ways round, for the behaviours that talk back: append to a file,
// report each datagram's length, the UDP client's repeated sends, the chat
// with a typed reply to the chosen sender, and the close word.
#include "tests/widgets/paneltesting.h"

#include "tests/course/coursetesting.h"

#include "course/lessons/lessoncatalog.h"
#include "course/python/pythongenerator.h"
#include "models/trafficmodel.h"
#include "models/udppeermodel.h"
#include "net/stream/tcpclientendpoint.h"
#include "net/stream/tcpserverendpoint.h"
#include "net/udp/udpendpoint.h"
#include "widgets/common/messagelog.h"
#include "widgets/common/sendbox.h"
#include "widgets/stream/tcpclientpanel.h"
#include "widgets/stream/tcpserverpanel.h"
#include "widgets/udp/udppanel.h"
#include "widgets/udp/udptargetrow.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace swb;
using namespace paneltesting;
using swb::tests::outcomeOf;
using swb::tests::Outcome;

namespace {

constexpr int timeoutMs = 10000;

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPythonPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void frontendBackendAppendsBothWays();
    void udpLengthBothWays();
    void udpChatTypedReplies();
    void closeWordEndsTheConversation();

private:
    // The lesson's panel called name, as the lesson opens it, on port 0.
    course::PanelConfig lessonPanel(const QString &lesson, const QString &name);
    // Writes the script generated from the panel's current settings.
    QString scriptOf(const widgets::Panel &panel, const QString &fileName);
    // Starts a generated server script; its port from its "port N" line.
    quint16 startServerScript(QProcess &process, const QString &script);
    // Everything the process printed so far, kept across reads.
    QString printed(QProcess &process);

    QTemporaryDir m_dir;
    QString m_python;
    std::unique_ptr<models::TrafficModel> m_model;
    QList<widgets::Panel *> m_panels;
    QHash<QProcess *, QString> m_printed;
};

void TestPythonPanels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void TestPythonPanels::init()
{
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
    m_model = std::make_unique<models::TrafficModel>();
}

void TestPythonPanels::cleanup()
{
    qDeleteAll(m_panels);
    m_panels.clear();
    m_model.reset();
    m_printed.clear();
}

course::PanelConfig TestPythonPanels::lessonPanel(const QString &lesson, const QString &name)
{
    const Result<course::Workspace> workspace = course::LessonCatalog::find(lesson);
    if (!workspace) {
        qWarning("no lesson %s: %s", qPrintable(lesson), qPrintable(workspace.message()));
        return course::PanelConfig();
    }
    for (course::PanelConfig config : workspace->panels) {
        if (config.name == name) {
            // The tests never take the lesson's fixed ports, and start what they need.
            if (config.type() == course::PanelType::TcpServer) {
                config.tcpServer().listen.port = 0;
                config.tcpServer().autoStart = false;
            } else if (config.type() == course::PanelType::Udp) {
                config.udp().port = 0;
                config.udp().autoStart = false;
            }
            return config;
        }
    }
    qWarning("lesson %s has no panel %s", qPrintable(lesson), qPrintable(name));
    return course::PanelConfig();
}

QString TestPythonPanels::scriptOf(const widgets::Panel &panel, const QString &fileName)
{
    const QString path = m_dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(course::PythonGenerator::generate(panel.config()).toUtf8());
    return path;
}

QString TestPythonPanels::printed(QProcess &process)
{
    QString &seen = m_printed[&process];
    seen += QString::fromUtf8(process.readAllStandardOutput());
    return seen;
}

quint16 TestPythonPanels::startServerScript(QProcess &process, const QString &script)
{
    process.start(m_python, {QStringLiteral("-u"), script});
    const QRegularExpression portLine(QStringLiteral("port (\\d+)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        const auto match = portLine.match(printed(process));
        if (match.hasMatch())
            return quint16(match.captured(1).toUInt());
    }
    qWarning("the script did not print its port: %s %s", qPrintable(printed(process)),
             process.readAllStandardError().constData());
    return 0;
}

// frontend-backend: the backend appends every message to a file, whichever
// side is Python.
void TestPythonPanels::frontendBackendAppendsBothWays()
{
    // The app's backend, the generated frontend typing two lines and an empty one.
    course::PanelConfig backendConfig = lessonPanel(QStringLiteral("frontend-backend"),
                                                 QStringLiteral("Backend"));
    QVERIFY(!backendConfig.tcpServer().behaviour.appendFile.isEmpty());
    const QString appFile = m_dir.filePath(QStringLiteral("message-app"));
    backendConfig.tcpServer().behaviour.appendFile = appFile;
    auto *backend = new widgets::TcpServerPanel(1, m_model.get());
    m_panels << backend;
    backend->applyConfig(backendConfig);
    QVERIFY(backend->start());
    course::PanelConfig frontendConfig = lessonPanel(QStringLiteral("frontend-backend"),
                                                  QStringLiteral("Frontend"));
    frontendConfig.tcpClient().port = probe(backend).endpoint()->port();
    auto *frontend = new widgets::TcpClientPanel(2, m_model.get());
    m_panels << frontend;
    frontend->applyConfig(frontendConfig);
    QProcess python;
    python.start(m_python, {QStringLiteral("-u"), scriptOf(*frontend, QStringLiteral("frontend.py"))});
    QVERIFY(python.waitForStarted(timeoutMs));
    python.write(QStringLiteral("hello\n你好\n\n").toUtf8());
    python.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(python.state(), QProcess::NotRunning, timeoutMs);
    const Outcome typed = outcomeOf(python);
    QVERIFY2(typed.ok(), qPrintable(typed.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(fileContents(appFile), QStringLiteral("hello\n你好\n").toUtf8(),
                              timeoutMs);

    // The generated backend, the app's frontend typing with Enter.
    const QString scriptFile = m_dir.filePath(QStringLiteral("message-py"));
    backendConfig.tcpServer().behaviour.appendFile = scriptFile;
    backend->applyConfig(backendConfig);
    QProcess server;
    const quint16 port = startServerScript(server, scriptOf(*backend, QStringLiteral("backend.py")));
    QVERIFY(port != 0);
    frontendConfig.tcpClient().port = port;
    frontend->applyConfig(frontendConfig);
    frontend->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(probe(frontend).endpoint()->state(), QAbstractSocket::ConnectedState,
                              timeoutMs);
    typeAndEnter(probe(frontend).sendBox(), QStringLiteral("from the app"));
    typeAndEnter(probe(frontend).sendBox(), QStringLiteral("再来一行"));
    QTRY_COMPARE_WITH_TIMEOUT(fileContents(scriptFile),
                              QStringLiteral("from the app\n再来一行\n").toUtf8(), timeoutMs);
    server.kill();
    server.waitForFinished(timeoutMs);
}

// udp-length: the server prints each datagram's length; the client sends
// "message {counter}" again and again (here three times).
void TestPythonPanels::udpLengthBothWays()
{
    // The app's length server, the generated client.
    auto *lengthServer = new widgets::UdpPanel(1, m_model.get());
    m_panels << lengthServer;
    lengthServer->applyConfig(lessonPanel(QStringLiteral("udp-length"), QStringLiteral("Length server")));
    QVERIFY(lengthServer->bindSocket());
    course::PanelConfig clientConfig = lessonPanel(QStringLiteral("udp-length"), QStringLiteral("Client"));
    clientConfig.udp().targetPort = probe(lengthServer).endpoint()->localPort();
    clientConfig.send.autoCount = 3;
    clientConfig.send.autoIntervalMs = 20;
    auto *client = new widgets::UdpPanel(2, m_model.get());
    m_panels << client;
    client->applyConfig(clientConfig);
    QProcess python;
    python.start(m_python, {QStringLiteral("-u"), scriptOf(*client, QStringLiteral("udp_client.py"))});
    // The server does not answer: the script waits its RECV_TIMEOUT after each send.
    QTRY_COMPARE_WITH_TIMEOUT(python.state(), QProcess::NotRunning, 3 * timeoutMs);
    const Outcome sent = outcomeOf(python);
    QVERIFY2(sent.ok(), qPrintable(sent.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 1).size(), 3, timeoutMs);
    const auto received = eventsOf(*m_model, net::EventKind::Recv, 1);
    QCOMPARE(received.at(0).data, QByteArray("message 1"));
    QCOMPARE(received.at(2).data, QByteArray("message 3"));
    // The log writes waiting lines on its own timer.
    QTRY_COMPARE(probe(lengthServer).messageLog()->toPlainText().count(QRegularExpression(
                     QStringLiteral("9 byte(?:s|\\(s\\)) from 127\\.0\\.0\\.1:\\d+"))),
                 3);

    // The generated length server, the app's client typing.
    QProcess server;
    const quint16 port =
        startServerScript(server, scriptOf(*lengthServer, QStringLiteral("udp_server.py")));
    QVERIFY(port != 0);
    clientConfig.udp().targetPort = port;
    client->applyConfig(clientConfig);
    typeAndEnter(probe(client).sendBox(), QStringLiteral("12345"));
    typeAndEnter(probe(client).sendBox(), QStringLiteral("你好")); // 6 bytes in UTF-8
    QTRY_VERIFY2_WITH_TIMEOUT(printed(server).contains(QLatin1String("5 byte(s) from"))
                                  && printed(server).contains(QLatin1String("6 byte(s) from")),
                              qPrintable(printed(server)), timeoutMs);
    server.kill();
    server.waitForFinished(timeoutMs);
}

// udp-chat: whoever is the server answers by hand, to the one who wrote.
void TestPythonPanels::udpChatTypedReplies()
{
    // The app's chat server answers the generated alex.
    auto *chat = new widgets::UdpPanel(1, m_model.get());
    m_panels << chat;
    chat->applyConfig(lessonPanel(QStringLiteral("udp-chat"), QStringLiteral("Chat server")));
    QVERIFY(chat->bindSocket());
    course::PanelConfig alexConfig = lessonPanel(QStringLiteral("udp-chat"), QStringLiteral("alex"));
    alexConfig.udp().targetPort = probe(chat).endpoint()->localPort();
    auto *alex = new widgets::UdpPanel(2, m_model.get());
    m_panels << alex;
    alex->applyConfig(alexConfig);
    QProcess python;
    python.start(m_python, {QStringLiteral("-u"), scriptOf(*alex, QStringLiteral("alex.py"))});
    QTRY_COMPARE_WITH_TIMEOUT(probe(chat).peerModel()->rowCount(), 1, timeoutMs);
    QCOMPARE(eventsOf(*m_model, net::EventKind::Recv, 1).first().data,
             QStringLiteral("alex : 我要退学").toUtf8());
    probe(chat).peerTable()->selectRow(0);
    typeAndEnter(probe(chat).sendBox(), QStringLiteral("别退学"));
    QTRY_COMPARE_WITH_TIMEOUT(python.state(), QProcess::NotRunning, timeoutMs);
    const Outcome answered = outcomeOf(python);
    QVERIFY2(answered.ok() && answered.out.contains(QStringLiteral(": 别退学")),
             qPrintable(answered.describe()));

    // The generated chat server answers the app's 太白, typed at its input().
    QProcess server;
    const quint16 port = startServerScript(server, scriptOf(*chat, QStringLiteral("chat.py")));
    QVERIFY(port != 0);
    course::PanelConfig taibaiConfig = lessonPanel(QStringLiteral("udp-chat"), QStringLiteral("太白"));
    taibaiConfig.udp().targetPort = port;
    auto *taibai = new widgets::UdpPanel(3, m_model.get());
    m_panels << taibai;
    taibai->applyConfig(taibaiConfig);
    typeAndEnter(probe(taibai).sendBox(), QStringLiteral("太白 : 你好"));
    QTRY_VERIFY2_WITH_TIMEOUT(printed(server).contains(QStringLiteral("太白 : 你好")),
                              qPrintable(printed(server)), timeoutMs);
    server.write(QStringLiteral("你好, 太白\n").toUtf8());
    QTRY_VERIFY2_WITH_TIMEOUT(eventsOf(*m_model, net::EventKind::Recv, 3).size() == 1,
                              qPrintable(printed(server) + server.readAllStandardError()),
                              timeoutMs);
    QCOMPARE(eventsOf(*m_model, net::EventKind::Recv, 3).first().data,
             QStringLiteral("你好, 太白").toUtf8());
    server.kill();
    server.waitForFinished(timeoutMs);
}

// threaded-hello's server ends a connection on "exit"; tcp-chat's client
// ends on "q". Both as generated scripts, the app on the other side.
void TestPythonPanels::closeWordEndsTheConversation()
{
    auto *hello = new widgets::TcpServerPanel(1, m_model.get());
    m_panels << hello;
    hello->applyConfig(lessonPanel(QStringLiteral("threaded-hello"), QStringLiteral("Hello server")));
    QVERIFY(!hello->config().tcpServer().behaviour.closeWord.isEmpty());
    QProcess server;
    const quint16 port = startServerScript(server, scriptOf(*hello, QStringLiteral("hello.py")));
    QVERIFY(port != 0);
    course::PanelConfig clientConfig = lessonPanel(QStringLiteral("threaded-hello"), QStringLiteral("Client"));
    clientConfig.tcpClient().port = port;
    auto *client = new widgets::TcpClientPanel(2, m_model.get());
    m_panels << client;
    client->applyConfig(clientConfig);
    client->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(probe(client).endpoint()->state(), QAbstractSocket::ConnectedState,
                              timeoutMs);
    typeAndEnter(probe(client).sendBox(), QStringLiteral("Michael"));
    // The answer first, so that "exit" arrives in a read of its own.
    const auto answered = [this] {
        QByteArray all;
        for (const net::TrafficEvent &e : eventsOf(*m_model, net::EventKind::Recv, 2))
            all += e.data;
        return all.contains("Hello, Michael!");
    };
    QTRY_VERIFY2_WITH_TIMEOUT(answered(), qPrintable(printed(server) + server.readAllStandardError()),
                              timeoutMs);
    typeAndEnter(probe(client).sendBox(), QStringLiteral("exit"));
    QTRY_VERIFY2_WITH_TIMEOUT(
        probe(client).endpoint()->state() == QAbstractSocket::UnconnectedState,
        qPrintable(printed(server) + server.readAllStandardError()), timeoutMs);
    QVERIFY(!eventsOf(*m_model, net::EventKind::Close, 2).isEmpty());
    server.kill();
    server.waitForFinished(timeoutMs);

    // tcp-chat: the generated client leaves after typing "q"; the app's server sees it go.
    auto *chat = new widgets::TcpServerPanel(3, m_model.get());
    m_panels << chat;
    chat->applyConfig(lessonPanel(QStringLiteral("tcp-chat"), QStringLiteral("Chat server")));
    QVERIFY(chat->start());
    course::PanelConfig chatClient = lessonPanel(QStringLiteral("tcp-chat"), QStringLiteral("Client"));
    QCOMPARE(chatClient.tcpClient().closeWord, QStringLiteral("q"));
    chatClient.tcpClient().port = probe(chat).endpoint()->port();
    auto *chatter = new widgets::TcpClientPanel(4, m_model.get());
    m_panels << chatter;
    chatter->applyConfig(chatClient);
    QProcess python;
    python.start(m_python, {QStringLiteral("-u"), scriptOf(*chatter, QStringLiteral("chat_client.py"))});
    QVERIFY(python.waitForStarted(timeoutMs));
    python.write("hello\nq\nnever sent\n");
    QTRY_COMPARE_WITH_TIMEOUT(python.state(), QProcess::NotRunning, timeoutMs);
    const Outcome left = outcomeOf(python);
    QVERIFY2(left.ok(), qPrintable(left.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(*m_model, net::EventKind::Close, 3).isEmpty(), timeoutMs);
    QByteArray heard;
    for (const net::TrafficEvent &e : eventsOf(*m_model, net::EventKind::Recv, 3))
        heard += e.data;
    QCOMPARE(heard, QByteArray("helloq"));
}

QTEST_MAIN(TestPythonPanels)

#include "tst_pythonpanels.moc"
