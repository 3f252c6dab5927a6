#include "course/lessons/workspace.h"
#include "course/python/pythongenerator.h"
#include "course/python/pythonliteral.h"
#include "course/python/pythontemplate.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/course/coursetesting.h"

using namespace swb::net;
using namespace swb::course;
using namespace swb::tests;
using swb::Result;

Q_DECLARE_METATYPE(swb::course::PanelConfig)

// "Show as Python": quoting, the template rules, and a script for every panel
// type and behaviour that compiles (python3 -m py_compile). Running them
// against the app's endpoints is tst_pythonpeers.
class TestPythonGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void literals();
    void templateRules();
    void generates_data();
    void generates();
    void compiles();

private:

    swb::tests::ScriptDir m_scripts;
    QStringList m_generated; // by generates(), for compiles()
};

namespace {

constexpr int timeoutMs = 15000;


} // namespace

void TestPythonGenerator::initTestCase()
{
    QVERIFY(m_scripts.dir.isValid());
}

void TestPythonGenerator::literals()
{
    QCOMPARE(PythonLiteral::str(QStringLiteral("it's\r\n")), QStringLiteral("'it\\'s\\r\\n'"));
    QCOMPARE(PythonLiteral::bytes(QByteArray("a\\b\x01\xff", 5)), QStringLiteral("b'a\\\\b\\x01\\xff'"));
    const QByteArray welcome = QStringLiteral("欢迎访问菜鸟教程!\r\n").toUtf8();
    QCOMPARE(PythonLiteral::encoded(welcome, TextEncoding::Utf8, QStringLiteral("ENCODING")),
             QStringLiteral("'欢迎访问菜鸟教程!\\r\\n'.encode(ENCODING)"));
    QCOMPARE(PythonLiteral::encoded("hi", TextEncoding::Utf8, QStringLiteral("E")),
             QStringLiteral("b'hi'"));
    // Not text in this encoding: bytes, exactly.
    QCOMPARE(PythonLiteral::encoded(QByteArray("\xff\xfe", 2), TextEncoding::Utf8, QStringLiteral("E")),
             QStringLiteral("b'\\xff\\xfe'"));
    QVERIFY(PythonLiteral::isIpv6(QStringLiteral("[::1]")));
    QVERIFY(!PythonLiteral::isIpv6(QStringLiteral("localhost")));
}

void TestPythonGenerator::templateRules()
{
    PythonTemplate t;
    t.set(QStringLiteral("a"), QStringLiteral("x\ny")).flag(QStringLiteral("on"));
    const Result<QString> out =
        t.render(QStringLiteral("%if on\n    {{a}}\n%if !on\nno\n%else\nyes\n%endif\n%endif"));
    QVERIFY2(out.ok(), qPrintable(out.message()));
    QCOMPARE(*out, QStringLiteral("    x\n    y\nyes"));
    // A broken template is a failure that names every problem.
    const Result<QString> broken = t.render(QStringLiteral("{{missing}}\n%if on\n%endif\n%endif"));
    QVERIFY(!broken.ok());
    QVERIFY(broken.message().contains(QLatin1String("unknown name {{missing}}")));
    QVERIFY(broken.message().contains(QLatin1String("%endif without %if")));
}

void TestPythonGenerator::generates_data()
{
    QTest::addColumn<PanelConfig>("config");
    const ReplyKind kinds[] = {ReplyKind::None, ReplyKind::Echo, ReplyKind::Prefix,
                               ReplyKind::Timestamp, ReplyKind::Fixed, ReplyKind::Template,
                               ReplyKind::TimeFormat};
    for (const ReplyKind kind : kinds) {
        const PanelConfig tcp = server(kind);
        const QString reply = ServerBehaviour::replyName(kind);
        QTest::newRow(qPrintable(QLatin1String("tcp-server ") + reply)) << tcp;
        PanelConfig local(PanelType::LocalServer);
        local.name = tcp.name;
        local.localServer().path = QStringLiteral("{runtime}/demo.sock");
        local.localServer().behaviour = tcp.tcpServer().behaviour;
        QTest::newRow(qPrintable(QLatin1String("local-server ") + reply)) << local;
        PanelConfig udp(PanelType::Udp);
        udp.name = tcp.name;
        udp.udp().targetPort = 9090;
        udp.udp().behaviour = tcp.tcpServer().behaviour;
        QTest::newRow(qPrintable(QLatin1String("udp ") + reply)) << udp;
    }
    PanelConfig all = server(ReplyKind::Template);
    all.tcpServer().listen.address = QStringLiteral("::1");
    all.tcpServer().listen.reuseAddress = false;
    all.tcpServer().listen.backlog = 10;
    all.tcpServer().behaviour.templateText =
        QStringLiteral("{counter} {peer} {date} {datetime} {time} {data}");
    all.tcpServer().behaviour.greeting = QStringLiteral("欢迎访问菜鸟教程!\\r\\n");
    all.tcpServer().behaviour.closeAfterGreeting = true;
    all.tcpServer().behaviour.closeWord = QStringLiteral("exit");
    all.tcpServer().behaviour.replyDelayMs = 1000;
    all.tcpServer().behaviour.appendFile = QStringLiteral("message");
    all.tcpServer().behaviour.closeAfterFirstReply = true;
    all.encoding = TextEncoding::Gbk;
    QTest::newRow("tcp-server everything") << all;
    PanelConfig length = server(ReplyKind::None);
    length.tcpServer().behaviour.reportLength = true;
    QTest::newRow("tcp-server length") << length;

    QTest::newRow("tcp-client interactive") << client(8001, QString());
    PanelConfig c = client(8003, QStringLiteral("{time} #{counter}"));
    c.tcpClient().closeWord = QStringLiteral("q");
    QTest::newRow("tcp-client template") << c;
    c = client(8001, QStringLiteral("68 65 6c"));
    c.send.mode = InputMode::Hex;
    c.send.autoCount = 5;
    QTest::newRow("tcp-client hex x5") << c;
    c = client(8001, QStringLiteral("GET\\r\\n"));
    c.send.mode = InputMode::Escapes;
    c.tcpClient().host = QStringLiteral("[::1]");
    c.send.autoStart = true;
    QTest::newRow("tcp-client escapes forever") << c;
    PanelConfig local(PanelType::LocalClient);
    local.name = c.name;
    local.send = c.send;
    local.localClient().path = QStringLiteral("/tmp/x.sock");
    QTest::newRow("local-client") << local;

    PanelConfig u(PanelType::Udp);
    u.name = QStringLiteral("UDP");
    u.udp().options.bind = false;
    u.udp().targetPort = 8002;
    u.send.text = QStringLiteral("x");
    u.send.autoCount = 100;
    u.udp().options.broadcast = true;
    u.udp().options.connectToTarget = true;
    QTest::newRow("udp sender") << u;
    u.udp().options.bind = true;
    u.udp().options.multicastGroups = {QStringLiteral("239.1.2.3"), QStringLiteral("ff02::1")};
    u.send.text.clear();
    QTest::newRow("udp multicast interactive") << u;
    u.udp().options.bind = false;
    u.udp().targetPort = 0;
    QTest::newRow("udp idle") << u;

    PanelConfig h(PanelType::Http);
    h.name = QStringLiteral("HTTP");
    h.http().options.headers = {{QStringLiteral("Accept"), QStringLiteral("text/html")}};
    h.http().options.method = QStringLiteral("POST");
    h.http().options.body = QStringLiteral("a=1");
    h.http().options.ignoreCertificateErrors = true;
    QTest::newRow("http fetch") << h;
    h.http().options.mode = HttpOptions::Mode::Raw;
    QTest::newRow("http raw") << h;
}

void TestPythonGenerator::generates()
{
    QFETCH(PanelConfig, config);
    const QString script = PythonGenerator::generate(config);
    QVERIFY2(!script.contains(QLatin1String("{{")), qPrintable(script));
    QVERIFY(script.contains(QLatin1String("import ")));
    const QString path =
        m_scripts.write(QStringLiteral("compile%1.py").arg(m_generated.size()), script);
    QVERIFY(!path.isEmpty());
    m_generated << path;
}

void TestPythonGenerator::compiles()
{
    if (m_scripts.python.isEmpty())
        QSKIP("python3 not found");
    if (m_generated.isEmpty())
        QSKIP("generates() writes the scripts: run it first");
    QVERIFY(m_generated.size() > 20);
    // One interpreter for all of them: python3 -m py_compile, file by file.
    QProcess p;
    p.start(m_scripts.python, QStringList{QStringLiteral("-c"),
                                  QStringLiteral("import py_compile, sys\n"
                                                 "for f in sys.argv[1:]:\n"
                                                 "    py_compile.compile(f, doraise=True)\n")}
                          + m_generated);
    QVERIFY(p.waitForFinished(timeoutMs));
    const Outcome result = outcomeOf(p);
    QVERIFY2(result.ok(), qPrintable(result.describe()));
}

QTEST_GUILESS_MAIN(TestPythonGenerator)
#include "tst_pythongenerator.moc"
