// The client panel's print(sock) line says what Python says for a socket made
// as socket(AF_INET, SOCK_STREAM) and connected to the same server: family,
// type, proto=0, laddr and raddr, field by field (the client's own port and
// fd differ by nature and are compared as shapes).
#include "tests/widgets/paneltesting.h"

#include "models/trafficmodel.h"
#include "net/stream/tcpclientendpoint.h"
#include "net/stream/tcpserverendpoint.h"
#include "widgets/stream/connectioninfoview.h"
#include "widgets/stream/tcpclientpanel.h"
#include "widgets/stream/tcpserverpanel.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace swb;
using namespace paneltesting;

class TestSocketRepr : public QObject
{
    Q_OBJECT

private slots:
    void matchesPython_data();
    void matchesPython();
};

namespace {

// fd, family, type, proto, laddr (its port as N), raddr. Python 3.11 prints
// family=2 and type=1 where older ones print the names; both read as names.
QMap<QString, QString> fieldsOf(const QString &repr)
{
    static const QRegularExpression field(
        QStringLiteral("(fd|family|type|proto|laddr|raddr)=(\\([^)]*\\)|[^,>]*)"));
    static const QMap<QString, QString> names{{QStringLiteral("2"), QStringLiteral("AF_INET")},
                                              {QStringLiteral("10"), QStringLiteral("AF_INET6")},
                                              {QStringLiteral("1"), QStringLiteral("SOCK_STREAM")}};
    QMap<QString, QString> fields;
    for (const QRegularExpressionMatch &m : field.globalMatch(repr)) {
        QString value = m.captured(2).section(QLatin1Char('.'), -1);
        if (m.captured(1) == QLatin1String("family") || m.captured(1) == QLatin1String("type"))
            value = names.value(value, value);
        fields.insert(m.captured(1), value);
    }
    if (fields.contains(QStringLiteral("fd")))
        fields[QStringLiteral("fd")] = QStringLiteral("F");
    if (fields.contains(QStringLiteral("laddr")))
        fields[QStringLiteral("laddr")].replace(QRegularExpression(QStringLiteral(", \\d+")),
                                                QStringLiteral(", N"));
    return fields;
}

const char *PythonClient = R"(import socket, sys
family = socket.AF_INET6 if ':' in sys.argv[1] else socket.AF_INET
s = socket.socket(family, socket.SOCK_STREAM)
s.connect((sys.argv[1], int(sys.argv[2])))
print(repr(s))
s.close()
)";

} // namespace

void TestSocketRepr::matchesPython_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv6") << QStringLiteral("::1");
}

void TestSocketRepr::matchesPython()
{
    QFETCH(QString, address);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 not found");
    models::TrafficModel model;
    widgets::TcpServerPanel server(1, &model);
    widgets::TcpClientPanel client(2, &model);
    course::PanelConfig s(course::PanelType::TcpServer);
    s.tcpServer().listen.address = address;
    s.tcpServer().listen.port = 0;
    server.applyConfig(s);
    if (!server.start())
        QSKIP("this machine has no such loopback address");
    const quint16 port = probe(&server).endpoint()->port();

    course::PanelConfig c(course::PanelType::TcpClient);
    c.tcpClient().host = address;
    c.tcpClient().port = port;
    client.applyConfig(c);
    client.connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(probe(&client).endpoint()->state(), QAbstractSocket::ConnectedState,
                              5000);

    QProcess process;
    process.start(python, {QStringLiteral("-c"), QString::fromLatin1(PythonClient), address,
                           QString::number(port)});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QString pythonRepr = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    const QString appRepr = probe(&client).infoView()->pythonRepr();
    const QMap<QString, QString> expected = fieldsOf(pythonRepr);
    QCOMPARE(expected.keys(), QStringList({QStringLiteral("family"), QStringLiteral("fd"),
                                           QStringLiteral("laddr"), QStringLiteral("proto"),
                                           QStringLiteral("raddr"), QStringLiteral("type")}));
    QCOMPARE(fieldsOf(appRepr), expected);
    QVERIFY(appRepr.startsWith(QLatin1String("<socket.socket fd=")));
}

QTEST_MAIN(TestSocketRepr)
#include "tst_socketrepr.moc"
