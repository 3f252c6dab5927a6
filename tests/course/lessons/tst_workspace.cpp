#include "course/lessons/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using swb::net::InputMode;
using swb::course::LessonInfo;
using swb::Result;
using swb::net::LineEnding;
using swb::course::PanelConfig;
using swb::course::PanelType;
using swb::course::TcpServerConfig;
using swb::course::UdpConfig;
using swb::net::ReplyKind;
using swb::net::TextEncoding;
using swb::course::Workspace;
using swb::course::WorkspaceFile;

// Workspace files (docs/workspace.md): what is saved comes back field for
// field, and a broken file is refused whole, with every problem named.
class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void roundTripTcpServer();
    void roundTripTcpClient();
    void roundTripOtherPanelsAndLesson();
    void serializeIsStable();
    void otherTypesKeysAreCheckedNotKept();
    void brokenInput_data();
    void brokenInput();
    void jsonErrorHasItsOffset();
    void everyProblemIsListed();
    void saveAndLoad();
    void loadMissingFile();
    void loadHugeFile();
};

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Workspace roundTrip(const Workspace &workspace)
{
    const Result<Workspace> back = WorkspaceFile::parse(WorkspaceFile::serialize(workspace));
    if (!back) {
        qWarning("parse failed: %s", qPrintable(back.message()));
        return Workspace();
    }
    return *back;
}

// Every server field away from its default, so a field that is not saved shows.
PanelConfig fullServer()
{
    PanelConfig p(PanelType::TcpServer);
    TcpServerConfig &s = p.tcpServer();
    p.name = u("回显 server");
    p.encoding = TextEncoding::Gbk;
    s.listen.address = QStringLiteral("::1");
    s.listen.port = 21566;
    s.listen.backlog = 10;
    s.listen.reuseAddress = false;
    s.autoStart = true;
    s.behaviour.reply = ReplyKind::Template;
    s.behaviour.prefix = QStringLiteral("got: ");
    s.behaviour.timestampFormat = QStringLiteral("%H:%M ");
    s.behaviour.fixedText = QStringLiteral("fixed\\r\\n");
    s.behaviour.templateText = QStringLiteral("Hello, {data}! #{counter}");
    s.behaviour.greeting = u("欢迎\\r\\n");
    s.behaviour.closeAfterGreeting = true;
    s.behaviour.closeAfterFirstReply = true;
    s.behaviour.closeWord = QStringLiteral("exit");
    s.behaviour.replyDelayMs = 1000;
    s.behaviour.appendFile = QStringLiteral("message");
    s.behaviour.reportLength = true;
    p.send.mode = InputMode::Escapes;
    p.send.lineEnding = LineEnding::CrLf;
    p.send.text = QStringLiteral("{time}\\t\"quoted\"");
    p.send.autoIntervalMs = 250;
    p.send.autoCount = 3;
    p.send.autoStart = true;
    return p;
}

QByteArray rootWith(const QJsonArray &panels)
{
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("socket-workbench-workspace")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("panels"), panels}};
    return QJsonDocument(root).toJson();
}

// A valid server panel with one key changed.
QByteArray serverWith(const QString &key, const QJsonValue &value)
{
    QJsonObject panel{{QStringLiteral("type"), QStringLiteral("tcp-server")},
                      {QStringLiteral("port"), 8001}};
    panel.insert(key, value);
    return rootWith(QJsonArray{panel});
}

} // namespace

void TestWorkspace::roundTripTcpServer()
{
    const PanelConfig in = fullServer();
    const Workspace back = roundTrip(Workspace{{in}, std::nullopt, {}, {}});
    QCOMPARE(back.panels.size(), 1);
    const PanelConfig &out = back.panels.first();
    const TcpServerConfig &i = in.tcpServer();
    const TcpServerConfig &o = out.tcpServer();
    QCOMPARE(out.type(), in.type());
    QCOMPARE(out.name, in.name);
    QCOMPARE(out.encoding, in.encoding);
    QCOMPARE(o.listen.address, i.listen.address);
    QCOMPARE(o.listen.port, i.listen.port);
    QCOMPARE(o.listen.backlog, i.listen.backlog);
    QCOMPARE(o.listen.reuseAddress, i.listen.reuseAddress);
    QCOMPARE(o.autoStart, i.autoStart);
    QCOMPARE(o.behaviour.reply, i.behaviour.reply);
    QCOMPARE(o.behaviour.prefix, i.behaviour.prefix);
    QCOMPARE(o.behaviour.timestampFormat, i.behaviour.timestampFormat);
    QCOMPARE(o.behaviour.fixedText, i.behaviour.fixedText);
    QCOMPARE(o.behaviour.templateText, i.behaviour.templateText);
    QCOMPARE(o.behaviour.greeting, i.behaviour.greeting);
    QCOMPARE(o.behaviour.closeAfterGreeting, i.behaviour.closeAfterGreeting);
    QCOMPARE(o.behaviour.closeAfterFirstReply, i.behaviour.closeAfterFirstReply);
    QCOMPARE(o.behaviour.closeWord, i.behaviour.closeWord);
    QCOMPARE(o.behaviour.replyDelayMs, i.behaviour.replyDelayMs);
    QCOMPARE(o.behaviour.appendFile, i.behaviour.appendFile);
    QCOMPARE(o.behaviour.reportLength, i.behaviour.reportLength);
    QCOMPARE(out.send.mode, in.send.mode);
    QCOMPARE(out.send.lineEnding, in.send.lineEnding);
    QCOMPARE(out.send.text, in.send.text);
    QCOMPARE(out.send.autoIntervalMs, in.send.autoIntervalMs);
    QCOMPARE(out.send.autoCount, in.send.autoCount);
    QCOMPARE(out.send.autoStart, in.send.autoStart);
}

void TestWorkspace::roundTripTcpClient()
{
    PanelConfig in(PanelType::TcpClient);
    in.name = QStringLiteral("chat client");
    in.encoding = TextEncoding::Latin1;
    in.tcpClient().host = QStringLiteral("[::1]");
    in.tcpClient().port = 9090;
    in.tcpClient().closeWord = QStringLiteral("q");
    in.send.mode = InputMode::Hex;
    in.send.text = QStringLiteral("68 69");
    in.send.autoIntervalMs = 2000;
    const Workspace back = roundTrip(Workspace{{in}, std::nullopt, {}, {}});
    QCOMPARE(back.panels.size(), 1);
    const PanelConfig &out = back.panels.first();
    QCOMPARE(out.type(), PanelType::TcpClient);
    QCOMPARE(out.name, in.name);
    QCOMPARE(out.encoding, in.encoding);
    QCOMPARE(out.tcpClient().host, in.tcpClient().host);
    QCOMPARE(out.tcpClient().port, in.tcpClient().port);
    QCOMPARE(out.tcpClient().closeWord, in.tcpClient().closeWord);
    QCOMPARE(out.send.mode, in.send.mode);
    QCOMPARE(out.send.text, in.send.text);
    QCOMPARE(out.send.autoIntervalMs, in.send.autoIntervalMs);
}

void TestWorkspace::roundTripOtherPanelsAndLesson()
{
    PanelConfig udp(PanelType::Udp);
    UdpConfig &in = udp.udp();
    in.address = QStringLiteral("0.0.0.0");
    in.port = 9090;
    in.targetHost = QStringLiteral("127.0.0.1");
    in.targetPort = 8002;
    in.options.bind = false;
    in.options.connectToTarget = true;
    in.options.broadcast = true;
    in.options.multicastGroups = {QStringLiteral("239.1.2.3"), QStringLiteral("ff02::1")};
    in.options.multicastInterface = QStringLiteral("lo");
    in.options.multicastTtl = 4;
    in.options.multicastLoopback = false;
    PanelConfig local(PanelType::LocalServer);
    local.localServer().path = QStringLiteral("/run/user/1000/swb.sock");

    LessonInfo lesson;
    lesson.id = QStringLiteral("welcome");
    lesson.title = {{QStringLiteral("en"), QStringLiteral("Welcome")},
                    {QStringLiteral("zh_CN"), u("欢迎")}};
    lesson.explanation = {{QStringLiteral("en"), QStringLiteral("Line one\nline two")}};
    lesson.python = {{QStringLiteral("en"), QStringLiteral("import socket  # welcome\nprint('欢迎')\n")},
                     {QStringLiteral("zh_CN"), u("import socket  # 欢迎\nprint('欢迎')\n")}};

    const Workspace back = roundTrip(Workspace{{udp, local}, lesson, {}, {}});
    QCOMPARE(back.panels.size(), 2);
    QCOMPARE(back.panels.at(0).type(), PanelType::Udp);
    const UdpConfig &out = back.panels.at(0).udp();
    QCOMPARE(out.address, in.address);
    QCOMPARE(out.port, in.port);
    QCOMPARE(out.targetHost, in.targetHost);
    QCOMPARE(out.targetPort, in.targetPort);
    QCOMPARE(out.options.bind, in.options.bind);
    QCOMPARE(out.options.connectToTarget, in.options.connectToTarget);
    QCOMPARE(out.options.broadcast, in.options.broadcast);
    QCOMPARE(out.options.multicastGroups, in.options.multicastGroups);
    QCOMPARE(out.options.multicastInterface, in.options.multicastInterface);
    QCOMPARE(out.options.multicastTtl, in.options.multicastTtl);
    QCOMPARE(out.options.multicastLoopback, in.options.multicastLoopback);
    QCOMPARE(back.panels.at(1).type(), PanelType::LocalServer);
    QCOMPARE(back.panels.at(1).localServer().path, local.localServer().path);

    QVERIFY(back.lesson.has_value());
    QCOMPARE(back.lesson->id, lesson.id);
    QCOMPARE(back.lesson->title, lesson.title);
    QCOMPARE(back.lesson->explanation, lesson.explanation);
    QCOMPARE(back.lesson->python, lesson.python);
    QCOMPARE(LessonInfo::pick(back.lesson->title, QStringLiteral("zh_CN")), u("欢迎"));
    QCOMPARE(LessonInfo::pick(back.lesson->explanation, QStringLiteral("zh_CN")),
             QStringLiteral("Line one\nline two"));
}

void TestWorkspace::serializeIsStable()
{
    // Saving what was loaded changes nothing: no churn in files under version control.
    const Workspace workspace{{fullServer(), PanelConfig()}, std::nullopt, {}, {}};
    const QByteArray once = WorkspaceFile::serialize(workspace);
    QCOMPARE(WorkspaceFile::serialize(roundTrip(workspace)), once);
}

void TestWorkspace::otherTypesKeysAreCheckedNotKept()
{
    // A client with server keys loads, and saving drops them (docs/workspace.md).
    const QJsonObject client{{u("type"), u("tcp-client")}, {u("autoStart"), true},
                             {u("address"), u("0.0.0.0")}, {u("path"), u("/tmp/x.sock")}};
    const Result<Workspace> loaded = WorkspaceFile::parse(rootWith(QJsonArray{client}));
    QVERIFY2(loaded, qPrintable(loaded.message()));
    const PanelConfig &panel = loaded->panels.first();
    QCOMPARE(panel.tcpClient().port, quint16(8001));
    const QJsonObject saved = panel.toJson();
    for (const char *key : {"autoStart", "address", "path", "backlog", "behaviour", "targetHost"})
        QVERIFY2(!saved.contains(QLatin1String(key)), key);
    // Their types are still checked.
    QJsonObject wrong = client;
    wrong.insert(u("backlog"), u("many"));
    const Result<Workspace> refused = WorkspaceFile::parse(rootWith(QJsonArray{wrong}));
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(u("\"backlog\"")), qPrintable(refused.message()));
    // A UDP panel without targetHost sends to its "host".
    const QJsonObject udp{{u("type"), u("udp")}, {u("host"), u("10.0.0.7")}};
    const Result<Workspace> udpLoaded = WorkspaceFile::parse(rootWith(QJsonArray{udp}));
    QVERIFY2(udpLoaded, qPrintable(udpLoaded.message()));
    QCOMPARE(udpLoaded->panels.first().udp().targetHost, u("10.0.0.7"));
    QCOMPARE(udpLoaded->panels.first().udp().port, quint16(0));
}

void TestWorkspace::brokenInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringList{u("not a valid JSON")};
    QTest::newRow("empty file") << QByteArray() << QStringList{u("not a valid JSON")};
    QTest::newRow("top level array") << QByteArray("[]") << QStringList{u("not an object")};
    QTest::newRow("wrong format id")
        << QByteArray(R"({"format": "other-app", "version": 1, "panels": []})")
        << QStringList{u("socket-workbench-workspace")};
    QTest::newRow("version 99")
        << QByteArray(R"({"format": "socket-workbench-workspace", "version": 99, "panels": []})")
        << QStringList{u("version 99")};
    QTest::newRow("panels not an array")
        << QByteArray(R"({"format": "socket-workbench-workspace", "version": 1, "panels": {}})")
        << QStringList{u("\"panels\"")};
    QTest::newRow("panel not an object") << rootWith(QJsonArray{42})
                                         << QStringList{u("panel 1 is not an object")};
    QTest::newRow("panel type udp-thing") << serverWith(u("type"), u("udp-thing"))
                                          << QStringList{u("panel 1"), u("\"udp-thing\"")};
    QTest::newRow("port 70000") << serverWith(u("port"), 70000)
                                << QStringList{u("\"port\""), u("65535")};
    QTest::newRow("port abc") << serverWith(u("port"), u("abc")) << QStringList{u("\"port\"")};
    QTest::newRow("port 80.5") << serverWith(u("port"), 80.5) << QStringList{u("\"port\"")};
    QTest::newRow("backlog -1") << serverWith(u("backlog"), -1) << QStringList{u("\"backlog\"")};
    QTest::newRow("reuseAddress \"yes\"") << serverWith(u("reuseAddress"), u("yes"))
                                          << QStringList{u("\"reuseAddress\""), u("true or false")};
    QTest::newRow("reply bogus")
        << serverWith(u("behaviour"), QJsonObject{{u("reply"), u("bogus")}})
        << QStringList{u("\"reply\""), u("\"bogus\"")};
    QTest::newRow("broken fixed escape")
        << serverWith(u("behaviour"),
                      QJsonObject{{u("reply"), u("fixed")}, {u("fixedText"), u("\\x4")}})
        << QStringList{u("panel 1"), u("Fixed reply")};
    QTest::newRow("encoding EBCDIC") << serverWith(u("encoding"), u("EBCDIC"))
                                     << QStringList{u("\"encoding\""), u("\"EBCDIC\"")};
    QTest::newRow("send mode binary")
        << serverWith(u("send"), QJsonObject{{u("mode"), u("binary")}})
        << QStringList{u("panel 1, send"), u("\"binary\"")};
    QTest::newRow("behaviour not an object") << serverWith(u("behaviour"), u("echo"))
                                             << QStringList{u("\"behaviour\"")};
}

void TestWorkspace::brokenInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);

    const Result<Workspace> parsed = WorkspaceFile::parse(json);
    QVERIFY(!parsed);
    const QString error = parsed.message();
    QVERIFY(!error.isEmpty());
    for (const QString &word : std::as_const(mentions))
        QVERIFY2(error.contains(word), qPrintable(error));
}

void TestWorkspace::jsonErrorHasItsOffset()
{
    const QByteArray json = R"({"format": "socket-workbench-workspace", "version": 1,, "panels": []})";
    const Result<Workspace> parsed = WorkspaceFile::parse(json);
    QVERIFY(!parsed);
    // Qt counts the byte after the one it stopped at.
    const qint64 doubleComma = json.indexOf(",,");
    QVERIFY2(parsed.failure().offset > doubleComma && parsed.failure().offset <= doubleComma + 2,
             qPrintable(parsed.message()));
    QVERIFY2(parsed.message().contains(QString::number(parsed.failure().offset)),
             qPrintable(parsed.message()));
    // A file that is JSON but not a good workspace has no offset to give.
    QCOMPARE(WorkspaceFile::parse("[]").failure().offset, qint64(-1));
}

void TestWorkspace::everyProblemIsListed()
{
    const QJsonArray panels{
        QJsonObject{{u("type"), u("tcp-server")}, {u("port"), 70000}},
        QJsonObject{{u("type"), u("tcp-client")}, {u("encoding"), u("EBCDIC")}},
    };
    const Result<Workspace> parsed = WorkspaceFile::parse(rootWith(panels));
    QVERIFY(!parsed);
    const QString error = parsed.message();
    QVERIFY2(error.contains(u("panel 1")) && error.contains(u("\"port\"")), qPrintable(error));
    QVERIFY2(error.contains(u("panel 2")) && error.contains(u("EBCDIC")), qPrintable(error));
    // One line per problem after the heading.
    QCOMPARE(error.count(QLatin1Char('\n')), 2);
}

void TestWorkspace::saveAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u("课程.swb.json"));
    const Workspace workspace{{fullServer()}, std::nullopt, {}, {}};
    const Result<void> saved = WorkspaceFile::save(workspace, path);
    QVERIFY2(saved, qPrintable(saved.message()));
    const Result<Workspace> loaded = WorkspaceFile::load(path);
    QVERIFY2(loaded, qPrintable(loaded.message()));
    QCOMPARE(WorkspaceFile::serialize(*loaded), WorkspaceFile::serialize(workspace));

    const QString unwritable = dir.filePath(u("no-such-folder/x.json"));
    const Result<void> refused = WorkspaceFile::save(workspace, unwritable);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(unwritable), qPrintable(refused.message()));
}

void TestWorkspace::loadMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u("missing.json"));
    const Result<Workspace> loaded = WorkspaceFile::load(path);
    QVERIFY(!loaded);
    const QString error = loaded.message();
    QVERIFY2(error.contains(u("Cannot open")) && error.contains(path), qPrintable(error));
}

void TestWorkspace::loadHugeFile()
{
    // 17 MB: over the 16 MiB limit; refused before parsing, whatever it holds.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(17 * 1000 * 1000));
    file.close();
    const Result<Workspace> loaded = WorkspaceFile::load(path);
    QVERIFY(!loaded);
    const QString error = loaded.message();
    QVERIFY2(error.contains(u("too large")) && error.contains(path), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
