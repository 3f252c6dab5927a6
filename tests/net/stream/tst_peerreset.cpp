// A peer that resets (SO_LINGER 0, then close: an RST) is not a peer that
// closes: the notes' timestamp server prints 断开的客户端 for the first. The
// server's Close row carries the reset, its log says so, recordings keep it
// and the traffic table shows it.
#include "tests/net/nettesting.h"

#include "models/sequencemodel.h"
#include "models/trafficmodel.h"
#include "models/trafficreader.h"
#include "net/stream/tcpserverendpoint.h"
#include "net/traffic/replayloader.h"
#include "net/traffic/trafficwriter.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace swb;
using namespace swb::net;
using namespace swb::tests;

namespace {
constexpr int timeoutMs = 10000;
}

class TestPeerReset : public QObject
{
    Q_OBJECT

private slots:
    void resetIsNotClose_data();
    void resetIsNotClose();
    void pythonPeerWithLingerZero();
    void recordingsKeepTheReset_data();
    void recordingsKeepTheReset();
    void trafficTableShowsTheReset();
    void diagramShowsTheReset();
};

namespace {

TrafficEvent closeEventOf(const RecordingSink &sink)
{
    const QList<TrafficEvent> closes = sink.ofKind(EventKind::Close);
    return closes.isEmpty() ? TrafficEvent() : closes.last();
}

bool logSays(const QSignalSpy &spy, const QString &words)
{
    for (const QList<QVariant> &args : spy) {
        if (args.at(0).toString().contains(words))
            return true;
    }
    return false;
}

} // namespace

void TestPeerReset::resetIsNotClose_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("orderly close (FIN)") << false;
    QTest::newRow("reset (RST)") << true;
}

void TestPeerReset::resetIsNotClose()
{
    QFETCH(bool, reset);
    RecordingSink sink;
    TcpServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(server.start(TcpServerSettings()));
    QSignalSpy log(&server, &TcpServerEndpoint::logLine);
    QSignalSpy opened(&server, &TcpServerEndpoint::connectionOpened);

    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(server.port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, timeoutMs);
    if (reset) {
        const linger lingerZero{1, 0};
        QCOMPARE(::setsockopt(fd, SOL_SOCKET, SO_LINGER, &lingerZero, sizeof lingerZero), 0);
    }
    ::close(fd);

    QTRY_COMPARE_WITH_TIMEOUT(sink.count(EventKind::Close), 1, timeoutMs);
    const TrafficEvent close = closeEventOf(sink);
    QCOMPARE(close.reset, reset);
    QCOMPARE(close.text.contains(QLatin1String("reset by the peer")), reset);
    QCOMPARE(logSays(log, QStringLiteral("reset by the peer (RST)")), reset);
    QCOMPARE(sink.count(EventKind::Error), 0);
    QCOMPARE(server.connectionCount(), 0);
}

void TestPeerReset::pythonPeerWithLingerZero()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 not found");
    RecordingSink sink;
    TcpServerEndpoint server;
    server.setSink(&sink);
    QVERIFY(server.start(TcpServerSettings()));
    // The notes' client, ended the abrupt way; it waits for the server's
    // greeting-free echo of "hi" so that the server has the connection.
    QVERIFY(server.setBehaviour(withReply(ReplyKind::Echo), TextEncoding::Utf8).ok());
    const QString script = QStringLiteral(
        "import socket, struct, sys\n"
        "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
        "s.settimeout(10)\n"
        "s.connect(('127.0.0.1', int(sys.argv[1])))\n"
        "s.sendall(b'hi')\n"
        "s.recv(1024)\n"
        "s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))\n"
        "s.close()\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, QString::number(server.port())});
    QTRY_COMPARE_WITH_TIMEOUT(sink.count(EventKind::Close), 1, peerTimeoutMs);
    QVERIFY(closeEventOf(sink).reset);
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, peerTimeoutMs);
    QCOMPARE(process.exitCode(), 0);
}

void TestPeerReset::recordingsKeepTheReset_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("JSON Lines") << QStringLiteral("traffic.jsonl");
    QTest::newRow("CSV") << QStringLiteral("traffic.csv");
}

void TestPeerReset::recordingsKeepTheReset()
{
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    TrafficEvent reset;
    reset.seq = 1;
    reset.timeMs = 1796664478000;
    reset.kind = EventKind::Close;
    reset.reset = true;
    reset.remote = QStringLiteral("127.0.0.1:5555");
    TrafficEvent close = reset;
    close.seq = 2;
    close.reset = false;
    {
        TrafficWriter writer;
        QVERIFY(writer.open(path).ok());
        QVERIFY(writer.write(reset).ok());
        QVERIFY(writer.write(close).ok());
        QVERIFY(writer.close().ok());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    if (fileName.endsWith(QLatin1String(".csv")))
        lines.removeFirst();
    QVERIFY(lines.at(0).contains("reset"));
    QVERIFY(!lines.at(1).contains("reset"));
    QHash<QString, int> panelIds;
    for (int i = 0; i < 2; ++i) {
        const Result<TrafficEvent> read = fileName.endsWith(QLatin1String(".csv"))
            ? ReplayLoader::parseCsvLine(lines.at(i))
            : models::TrafficReader::parseLine(lines.at(i), &panelIds);
        QVERIFY2(read.ok(), qPrintable(read.message()));
        QCOMPARE(read->kind, EventKind::Close);
        QCOMPARE(read->reset, i == 0);
    }
}

void TestPeerReset::trafficTableShowsTheReset()
{
    models::TrafficModel model;
    TrafficEvent e;
    e.kind = EventKind::Close;
    e.reset = true;
    model.record(e);
    e.reset = false;
    model.record(e);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, timeoutMs);
    const QModelIndex first = model.index(0, models::TrafficModel::KindColumn);
    const QModelIndex second = model.index(1, models::TrafficModel::KindColumn);
    QCOMPARE(first.data().toString(), models::TrafficModel::resetLabel());
    QCOMPARE(second.data().toString(), models::TrafficModel::kindLabel(EventKind::Close));
    QVERIFY(first.data().toString() != second.data().toString());
}

void TestPeerReset::diagramShowsTheReset()
{
    models::SequenceModel diagram;
    TrafficEvent e;
    e.kind = EventKind::Close;
    e.local = QStringLiteral("127.0.0.1:8001");
    e.remote = QStringLiteral("127.0.0.1:5555");
    e.reset = true;
    diagram.addEvent(e, 0);
    e.reset = false;
    diagram.addEvent(e, 1);
    QCOMPARE(diagram.arrowCount(), 2);
    QCOMPARE(diagram.arrow(0).kind, models::SequenceArrow::Kind::Close);
    QVERIFY(diagram.arrow(0).reset);
    QVERIFY(!diagram.arrow(1).reset);
}

QTEST_GUILESS_MAIN(TestPeerReset)
#include "tst_peerreset.moc"
