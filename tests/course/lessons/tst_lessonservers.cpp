// Every lesson whose Python pane has a server that answers: the server.py of
// the pane runs (on a free port instead of the lesson's), the lesson's own
// server panel runs beside it, and a client in the notes' style sends both the
// same bytes. The answers must be the same bytes, the current time aside.
// (tcp-chat and udp-chat answer what a person types at input(); the local
// socket lesson is compared in tst_locallesson; the others' servers only print.)
#include "tests/course/coursetesting.h"
#include "tests/net/nettesting.h"

#include "net/stream/tcpserverendpoint.h"
#include "net/udp/udpendpoint.h"

#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using namespace swb;
using namespace swb::course;
using namespace swb::net;

class TestLessonServers : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsPython_data();
    void sameBytesAsPython();
};

namespace {

constexpr int timeoutMs = 10000;

const PanelConfig *serverPanel(const Workspace &workspace)
{
    for (const PanelConfig &p : workspace.panels) {
        if (p.type() == PanelType::TcpServer || (p.type() == PanelType::Udp && p.udp().options.bind
                                                  && p.udp().port != 0))
            return &p;
    }
    return nullptr;
}

quint16 lessonPort(const PanelConfig &panel)
{
    return panel.type() == PanelType::TcpServer ? panel.tcpServer().listen.port : panel.udp().port;
}

// A TCP client as in the notes: connect, send, recv until the reply is whole
// (complete matches) or the server closes. Retries the connect while the
// server starts; the first connection that succeeds is the one used, since
// some of the notes' servers accept only one.
QByteArray tcpExchange(quint16 port, const QByteArray &send, const QRegularExpression &complete)
{
    QTcpSocket socket;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(1000))
            break;
        socket.abort();
        QTest::qWait(100);
    }
    if (socket.state() != QAbstractSocket::ConnectedState)
        return "(could not connect)";
    if (!send.isEmpty())
        socket.write(send);
    QByteArray reply;
    while (!deadline.hasExpired() && !complete.match(QString::fromUtf8(reply)).hasMatch()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(200)
            && socket.state() != QAbstractSocket::ConnectedState)
            break;
        reply += socket.readAll();
    }
    socket.disconnectFromHost();
    return reply;
}

// The notes' UDP client: sendto, recvfrom; sent again while the server starts.
QByteArray udpExchange(quint16 port, const QByteArray &send)
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    // With the event loop running: the app's socket lives on this thread.
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        socket.writeDatagram(send, QHostAddress::LocalHost, port);
        for (int i = 0; i < 10 && !socket.hasPendingDatagrams(); ++i)
            QTest::qWait(30);
        if (socket.hasPendingDatagrams())
            return socket.receiveDatagram().data();
    }
    return "(no answer)";
}

QString withoutTime(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).replace(
        QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")),
        QStringLiteral("<time>"));
}

} // namespace

void TestLessonServers::sameBytesAsPython_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QByteArray>("send");
    QTest::addColumn<QString>("complete"); // a whole reply matches this

    QTest::newRow("tcp-basics") << QStringLiteral("tcp-basics") << QByteArray("hello") << QStringLiteral("I can see you\\.$");
    QTest::newRow("echo-prefix") << QStringLiteral("echo-prefix") << QByteArray("hello") << QStringLiteral("received: hello$");
    QTest::newRow("hi-server") << QStringLiteral("hi-server") << QByteArray("hello!") << QStringLiteral("hi$");
    QTest::newRow("reuseaddr") << QStringLiteral("reuseaddr") << QByteArray("hello") << QStringLiteral("hi$");
    QTest::newRow("welcome") << QStringLiteral("welcome") << QByteArray() << QStringLiteral("\\r\\n$");
    QTest::newRow("timestamp-echo") << QStringLiteral("timestamp-echo") << QByteArray("你好") << QStringLiteral("\\]:你好$");
    QTest::newRow("threaded-hello") << QStringLiteral("threaded-hello") << QByteArray("Michael")
                                    << QStringLiteral("Hello, Michael!$");
    QTest::newRow("socket-anatomy") << QStringLiteral("socket-anatomy") << QByteArray("hello") << QStringLiteral("hello$");
    // UDP: a fixed format (no clock in it) must be the same to the byte.
    QTest::newRow("udp-time fixed") << QStringLiteral("udp-time")
                                    << QByteArray("%Q|%f|%%|%Y年|%-m|%E|%10Q|%^a|%") << QStringLiteral("");
    QTest::newRow("udp-time clock") << QStringLiteral("udp-time") << QByteArray("%F %T") << QStringLiteral("");
}

void TestLessonServers::sameBytesAsPython()
{
    QFETCH(QString, lesson);
    QFETCH(QByteArray, send);
    QFETCH(QString, complete);
    tests::ScriptDir scripts;
    if (scripts.python.isEmpty())
        QSKIP("python3 not found");
    const LessonCatalog::Entry *entry = tests::lessonEntry(lesson);
    QVERIFY(entry);
    QVERIFY(entry->workspace.lesson.has_value());
    const PanelConfig *panel = serverPanel(entry->workspace);
    QVERIFY(panel);
    const bool udp = panel->type() == PanelType::Udp;

    // The pane's server, side by side with the panel's.
    const quint16 pythonPort = tests::freePort(udp);
    QVERIFY(pythonPort != 0);
    QProcess python;
    python.setWorkingDirectory(scripts.dir.path());
    python.start(scripts.python,
                 {QStringLiteral("-c"),
                  tests::lessonServerScript(tests::lessonPython(*entry->workspace.lesson, QStringLiteral("zh_CN")), lessonPort(*panel), pythonPort)});
    QVERIFY(python.waitForStarted(timeoutMs));
    const auto stop = qScopeGuard([&python] {
        python.kill();
        python.waitForFinished(timeoutMs);
    });

    QByteArray fromPython;
    QByteArray fromApp;
    const QRegularExpression whole(complete);
    if (udp) {
        UdpEndpoint app;
        QVERIFY(app.setBehaviour(panel->udp().behaviour, panel->encoding).ok());
        QVERIFY(app.bind(QStringLiteral("127.0.0.1"), 0, false));
        fromPython = udpExchange(pythonPort, send);
        fromApp = udpExchange(app.localPort(), send);
    } else {
        TcpServerEndpoint app;
        QVERIFY(app.setBehaviour(panel->tcpServer().behaviour, panel->encoding).ok());
        TcpServerSettings settings = panel->tcpServer().listen;
        settings.port = 0;
        QVERIFY(app.start(settings));
        fromPython = tcpExchange(pythonPort, send, whole);
        // The app's server runs on this thread: the exchange spins the event loop.
        QByteArray reply;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, app.port());
        // Written once connected; a greeting server may answer and close first.
        if (!send.isEmpty())
            socket.write(send);
        QTRY_VERIFY_WITH_TIMEOUT((reply += socket.readAll(),
                                  whole.match(QString::fromUtf8(reply)).hasMatch()
                                      || (socket.state() == QAbstractSocket::UnconnectedState
                                          && !reply.isEmpty())),
                                 timeoutMs);
        reply += socket.readAll();
        fromApp = reply;
    }
    QVERIFY2(!fromPython.isEmpty(), qPrintable(QString::fromUtf8(python.readAllStandardError())));
    if (lesson == QLatin1String("udp-time") && !send.contains("%F"))
        QCOMPARE(fromApp, fromPython);
    else
        QCOMPARE(withoutTime(fromApp), withoutTime(fromPython));
}

QTEST_GUILESS_MAIN(TestLessonServers)
#include "tst_lessonservers.moc"
