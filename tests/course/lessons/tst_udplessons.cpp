#include "tests/course/coursetesting.h"

#include "course/lessons/lessoncatalog.h"
#include "course/lessons/workspace.h"
#include "net/payload/payloadcomposer.h"
#include "net/reply/replyengine.h"
#include "net/udp/udpendpoint.h"
#include "net/udp/udppeerinfo.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using swb::course::LessonCatalog;
using swb::course::PanelConfig;
using swb::course::PanelType;
using swb::net::ReplyKind;
using swb::tests::lessonCatalog;
using swb::tests::lessonEntry;
using swb::tests::lessonPython;
using swb::tests::pythonParseProblem;

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
    QVERIFY2(!lessonCatalog().isEmpty(), "no lessons: link the test with swb_resources");
}

void TestUdpLessons::inTheOrderOfTheExercises()
{
    // EXERCISES.md: tcp-basics, udp-basics, udp-length, ..., tcp-chat, udp-chat, udp-time, welcome.
    const QStringList expected{QStringLiteral("tcp-basics"), QStringLiteral("udp-basics"),
                               QStringLiteral("udp-length"), QStringLiteral("tcp-chat"),
                               QStringLiteral("udp-chat"),   QStringLiteral("udp-time"),
                               QStringLiteral("welcome")};
    QStringList found;
    for (const LessonCatalog::Entry &e : lessonCatalog()) {
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
    const LessonCatalog::Entry *e = lessonEntry(id);
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
    QVERIFY(lessonPython(lesson).contains(QLatin1String("SOCK_DGRAM")));
    QVERIFY(lessonPython(lesson).contains(QLatin1String("127.0.0.1")));
    QVERIFY(lessonPython(lesson).contains(portText));
    QVERIFY(lessonPython(lesson).contains(QLatin1String("# ---- ")));
}

void TestUdpLessons::panels_data()
{
    addRows();
}

void TestUdpLessons::panels()
{
    QFETCH(QString, id);
    QFETCH(quint16, port);
    const LessonCatalog::Entry *e = lessonEntry(id);
    QVERIFY2(e, qPrintable(QLatin1String("missing lesson ") + id));
    int receivers = 0;
    int senders = 0;
    for (const PanelConfig &panel : e->workspace.panels) {
        QCOMPARE(panel.type(), PanelType::Udp);
        QVERIFY(!panel.name.trimmed().isEmpty());
        QVERIFY2(!panel.send.autoStart, qPrintable(panel.name + QLatin1String(" auto-sends")));
        const auto composed = swb::net::PayloadComposer::compose(
            panel.send.text, panel.send.mode, panel.encoding, panel.send.lineEnding);
        QVERIFY2(composed.ok(), qPrintable(panel.name + QLatin1String(": ") + composed.message()));
        if (panel.udp().options.bind) {
            // Opening the lesson starts its receiving side, privately, on the notes' port.
            ++receivers;
            QVERIFY2(panel.udp().autoStart,
                     qPrintable(panel.name + QLatin1String(" does not start")));
            QCOMPARE(panel.udp().address, QStringLiteral("127.0.0.1"));
            QCOMPARE(panel.udp().port, port);
            QCOMPARE(panel.udp().targetPort, quint16(0));
        } else {
            ++senders;
            QVERIFY(!panel.udp().autoStart);
            QCOMPARE(panel.udp().targetHost, QStringLiteral("127.0.0.1"));
            QCOMPARE(panel.udp().targetPort, port);
            QVERIFY(!panel.send.text.isEmpty());
        }
        QVERIFY(!panel.udp().options.connectToTarget);
        QVERIFY(!panel.udp().options.broadcast);
        QVERIFY(panel.udp().options.multicastGroups.isEmpty());
        // The same check the endpoint makes before it takes a behaviour.
        swb::net::UdpEndpoint endpoint;
        const QString problem = endpoint.setBehaviour(panel.udp().behaviour, panel.encoding).message();
        QVERIFY2(problem.isEmpty(), qPrintable(panel.name + QLatin1String(": ") + problem));
    }
    QCOMPARE(receivers, 1);
    QVERIFY(senders >= 1);
}

void TestUdpLessons::exerciseBehaviours()
{
    const auto receiverOf = [](const char *id) {
        for (const PanelConfig &p : lessonEntry(QString::fromLatin1(id))->workspace.panels) {
            if (p.udp().options.bind)
                return p;
        }
        return PanelConfig(PanelType::Udp);
    };
    QVERIFY(lessonEntry(QStringLiteral("udp-basics")) && lessonEntry(QStringLiteral("udp-length"))
            && lessonEntry(QStringLiteral("udp-chat")) && lessonEntry(QStringLiteral("udp-time")));
    QCOMPARE(receiverOf("udp-basics").udp().behaviour.reply, ReplyKind::None);
    QVERIFY(receiverOf("udp-length").udp().behaviour.reportLength);
    QCOMPARE(receiverOf("udp-chat").udp().behaviour.reply, ReplyKind::None); // the student types
    QCOMPARE(receiverOf("udp-time").udp().behaviour.reply, ReplyKind::TimeFormat);

    // udp-chat: two senders whose texts carry the notes' names.
    QStringList names;
    for (const PanelConfig &p : lessonEntry(QStringLiteral("udp-chat"))->workspace.panels) {
        if (!p.udp().options.bind)
            names << QString::fromUtf8(swb::net::UdpPeerInfo::chatNameBytes(p.send.text.toUtf8()));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("alex"), QStringLiteral("太白")}));
    // udp-time: the client sends the notes' format every 2 s.
    for (const PanelConfig &p : lessonEntry(QStringLiteral("udp-time"))->workspace.panels) {
        if (!p.udp().options.bind) {
            QCOMPARE(p.send.text, QStringLiteral("%Y-%m-%d %H:%M:%S"));
            QCOMPARE(p.send.autoIntervalMs, 2000);
        }
    }
}

void TestUdpLessons::sharedPortIsExplained()
{
    // udp-chat and udp-time both bind UDP 9090: the later one names the earlier.
    const LessonCatalog::Entry *chat = lessonEntry(QStringLiteral("udp-chat"));
    const LessonCatalog::Entry *time = lessonEntry(QStringLiteral("udp-time"));
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
    const LessonCatalog::Entry *e = lessonEntry(id);
    QVERIFY2(e, qPrintable(QLatin1String("missing lesson ") + id));
    const QString problem = pythonParseProblem(python, lessonPython(*e->workspace.lesson));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestUdpLessons)

#include "tst_udplessons.moc"
