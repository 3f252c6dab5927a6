#include "course/lessons/lessoncatalog.h"
#include "net/payload/payloadcomposer.h"
#include "net/reply/replyengine.h"
#include "net/udp/udpendpoint.h"
#include "net/udp/udppeerinfo.h"
#include "course/lessons/workspace.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using swb::course::LessonCatalog;
using swb::course::PanelConfig;
using swb::course::PanelType;
using swb::net::ReplyKind;

// The four UDP lessons of EXERCISES.md as the app loads them: on the notes'
// ports, the receiving side starts with the lesson on 127.0.0.1, the senders
// wait for the student, the behaviours are the exercise's, and the notes'
// Python (fixed for Python 3) still compiles.
class TestUdpLessons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inTheOrderOfTheExercises();
    void texts_data();
    void texts();
    void panels_data();
    void panels();
    void exerciseBehaviours();
    void sharedPortIsExplained();
    void pythonCompiles_data();
    void pythonCompiles();

private:
    const LessonCatalog::Entry *entry(const QString &id) const;

    QList<LessonCatalog::Entry> m_catalog;
};

namespace {

struct Expected
{
    const char *id;
    quint16 port;
};

constexpr Expected UdpLessons[] = {
    {"udp-basics", 8001}, {"udp-length", 8002}, {"udp-chat", 9090}, {"udp-time", 9090}};

void addRows()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<quint16>("port");
    for (const Expected &lesson : UdpLessons)
        QTest::newRow(lesson.id) << QString::fromLatin1(lesson.id) << lesson.port;
}

} // namespace

void TestUdpLessons::initTestCase()
{
    m_catalog = LessonCatalog::all();
    QVERIFY2(!m_catalog.isEmpty(), "no lessons: link the test with swb_resources");
}

const LessonCatalog::Entry *TestUdpLessons::entry(const QString &id) const
{
    for (const LessonCatalog::Entry &e : m_catalog) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

void TestUdpLessons::inTheOrderOfTheExercises()
{
    // EXERCISES.md: tcp-basics, udp-basics, udp-length, ..., tcp-chat, udp-chat, udp-time, welcome.
    const QStringList expected{QStringLiteral("tcp-basics"), QStringLiteral("udp-basics"),
                               QStringLiteral("udp-length"), QStringLiteral("tcp-chat"),
                               QStringLiteral("udp-chat"),   QStringLiteral("udp-time"),
                               QStringLiteral("welcome")};
    QStringList found;
    for (const LessonCatalog::Entry &e : std::as_const(m_catalog)) {
        if (expected.contains(e.id))
            found << e.id;
    }
    QCOMPARE(found, expected);
}

void TestUdpLessons::texts_data()
{
    addRows();
}

void TestUdpLessons::texts()
{
    QFETCH(QString, id);
    QFETCH(quint16, port);
    const LessonCatalog::Entry *e = entry(id);
    QVERIFY2(e, qPrintable(QLatin1String("missing lesson ") + id));
    const swb::course::LessonInfo &lesson = *e->workspace.lesson;
    const QString portText = QString::number(port);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY2(!lesson.title.value(language).trimmed().isEmpty(), qPrintable(language));
        const QString explanation = lesson.explanation.value(language);
        QVERIFY2(explanation.contains(portText), qPrintable(language + QLatin1String(": no port")));
        QVERIFY2(explanation.contains(QLatin1String("UDP")), qPrintable(language));
        QVERIFY2(explanation.contains(QLatin1String("python3")),
                 qPrintable(language + QLatin1String(": does not say how to run the notes' code")));
    }
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    QVERIFY(lesson.title.value(QStringLiteral("zh_CN")).contains(han));
    QVERIFY(lesson.explanation.value(QStringLiteral("zh_CN")).contains(han));
    QVERIFY(lesson.python.contains(QLatin1String("SOCK_DGRAM")));
    QVERIFY(lesson.python.contains(QLatin1String("127.0.0.1")));
    QVERIFY(lesson.python.contains(portText));
    QVERIFY(lesson.python.contains(QLatin1String("# ---- ")));
}

void TestUdpLessons::panels_data()
{
    addRows();
}

void TestUdpLessons::panels()
{
    QFETCH(QString, id);
    QFETCH(quint16, port);
    const LessonCatalog::Entry *e = entry(id);
    QVERIFY2(e, qPrintable(QLatin1String("missing lesson ") + id));
    int receivers = 0;
    int senders = 0;
    for (const PanelConfig &panel : e->workspace.panels) {
        QCOMPARE(panel.type, PanelType::Udp);
        QVERIFY(!panel.name.trimmed().isEmpty());
        QVERIFY2(!panel.send.autoStart, qPrintable(panel.name + QLatin1String(" auto-sends")));
        const auto composed = swb::net::PayloadComposer::compose(
            panel.send.text, panel.send.mode, panel.encoding, panel.send.lineEnding);
        QVERIFY2(composed.ok(), qPrintable(panel.name + QLatin1String(": ") + composed.message()));
        if (panel.udp.bind) {
            // Opening the lesson starts its receiving side, privately, on the notes' port.
            ++receivers;
            QVERIFY2(panel.autoStart, qPrintable(panel.name + QLatin1String(" does not start")));
            QCOMPARE(panel.server.address, QStringLiteral("127.0.0.1"));
            QCOMPARE(panel.server.port, port);
            QCOMPARE(panel.targetPort, quint16(0));
        } else {
            ++senders;
            QVERIFY(!panel.autoStart);
            QCOMPARE(panel.host, QStringLiteral("127.0.0.1"));
            QCOMPARE(panel.targetPort, port);
            QVERIFY(!panel.send.text.isEmpty());
        }
        QVERIFY(!panel.udp.connectToTarget);
        QVERIFY(!panel.udp.broadcast);
        QVERIFY(panel.udp.multicastGroups.isEmpty());
        // The same check the endpoint makes before it takes a behaviour.
        swb::net::UdpEndpoint endpoint;
        const QString problem = endpoint.setBehaviour(panel.behaviour, panel.encoding).message();
        QVERIFY2(problem.isEmpty(), qPrintable(panel.name + QLatin1String(": ") + problem));
    }
    QCOMPARE(receivers, 1);
    QVERIFY(senders >= 1);
}

void TestUdpLessons::exerciseBehaviours()
{
    const auto receiverOf = [this](const char *id) {
        for (const PanelConfig &p : entry(QString::fromLatin1(id))->workspace.panels) {
            if (p.udp.bind)
                return p;
        }
        return PanelConfig();
    };
    QVERIFY(entry(QStringLiteral("udp-basics")) && entry(QStringLiteral("udp-length"))
            && entry(QStringLiteral("udp-chat")) && entry(QStringLiteral("udp-time")));
    QCOMPARE(receiverOf("udp-basics").behaviour.reply, ReplyKind::None);
    QVERIFY(receiverOf("udp-length").behaviour.reportLength);
    QCOMPARE(receiverOf("udp-chat").behaviour.reply, ReplyKind::None); // the student types
    QCOMPARE(receiverOf("udp-time").behaviour.reply, ReplyKind::TimeFormat);

    // udp-chat: two senders whose texts carry the notes' names.
    QStringList names;
    for (const PanelConfig &p : entry(QStringLiteral("udp-chat"))->workspace.panels) {
        if (!p.udp.bind)
            names << QString::fromUtf8(swb::net::UdpPeerInfo::chatNameBytes(p.send.text.toUtf8()));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("alex"), QStringLiteral("太白")}));
    // udp-time: the client sends the notes' format every 2 s.
    for (const PanelConfig &p : entry(QStringLiteral("udp-time"))->workspace.panels) {
        if (!p.udp.bind) {
            QCOMPARE(p.send.text, QStringLiteral("%Y-%m-%d %H:%M:%S"));
            QCOMPARE(p.send.autoIntervalMs, 2000);
        }
    }
}

void TestUdpLessons::sharedPortIsExplained()
{
    // udp-chat and udp-time both bind UDP 9090: the later one names the earlier.
    const LessonCatalog::Entry *chat = entry(QStringLiteral("udp-chat"));
    const LessonCatalog::Entry *time = entry(QStringLiteral("udp-time"));
    QVERIFY(chat && time);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString title = chat->workspace.lesson->title.value(language);
        QVERIFY2(time->workspace.lesson->explanation.value(language).contains(title),
                 qPrintable(language + QLatin1String(": udp-time does not name ") + title));
    }
}

void TestUdpLessons::pythonCompiles_data()
{
    addRows();
}

void TestUdpLessons::pythonCompiles()
{
    QFETCH(QString, id);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const LessonCatalog::Entry *e = entry(id);
    QVERIFY2(e, qPrintable(QLatin1String("missing lesson ") + id));
    QProcess process;
    process.start(python, {QStringLiteral("-c"),
                           QStringLiteral("import ast,sys; ast.parse(sys.stdin.buffer.read())")});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    process.write(e->workspace.lesson->python.toUtf8());
    process.closeWriteChannel();
    QVERIFY2(process.waitForFinished(30000), "python3 did not finish");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromUtf8(process.readAllStandardError())));
}

QTEST_GUILESS_MAIN(TestUdpLessons)

#include "tst_udplessons.moc"
