#include "course/lessons/lessoncatalog.h"
#include "course/lessons/lessoncheck.h"
#include "course/lessons/lessonguide.h"

#include <QTest>

using swb::net::EventKind;
using swb::course::LessonCheck;
using swb::net::Protocol;
using swb::net::TrafficEvent;

// The lessons' self-checks: scripted traffic for each lesson makes it done,
// too little does not, and a conversation between two panels counts once.
class TestLessonCheck : public QObject
{
    Q_OBJECT

private slots:
    void everyLessonHasACheckAndAGuide();
    void done_data();
    void done();
    void echoNeedsTwoClients();
    void panelsAreCountedOnce();
    void outsideServerCountsAtTheClient();
    void genericFallback();
    void resetForgets();
    void exitMustEndTheConnection();
};

namespace {

const QString Server = QStringLiteral("127.0.0.1:%1");

// A tiny script language for traffic: each call adds one event.
struct Script
{
    QList<TrafficEvent> events;
    Protocol protocol = Protocol::Tcp;
    TrafficEvent &add(EventKind kind, const QString &local, const QString &remote,
                      const QByteArray &data = QByteArray())
    {
        TrafficEvent e;
        e.kind = kind;
        e.protocol = protocol;
        e.local = local;
        e.remote = remote;
        e.data = data;
        events << e;
        return events.last();
    }
    // A server panel on port, a client panel from clientPort: connect, and both sides.
    void conversation(int port, int clientPort, const QByteArray &question, const QByteArray &answer)
    {
        const QString s = Server.arg(port);
        const QString c = Server.arg(clientPort);
        add(EventKind::Connect, c, s);
        add(EventKind::Accept, s, c);
        if (!question.isEmpty()) {
            add(EventKind::Send, c, s, question);
            add(EventKind::Recv, s, c, question);
        }
        if (!answer.isEmpty()) {
            add(EventKind::Send, s, c, answer);
            add(EventKind::Recv, c, s, answer);
        }
    }
};

bool run(LessonCheck &check, const QList<TrafficEvent> &events)
{
    for (const TrafficEvent &e : events)
        check.feed(e);
    return check.isDone();
}

} // namespace

Q_DECLARE_METATYPE(QList<swb::net::TrafficEvent>)

void TestLessonCheck::everyLessonHasACheckAndAGuide()
{
    const QStringList known = LessonCheck::knownLessons();
    const auto lessons = swb::course::LessonCatalog::all();
    QVERIFY(!lessons.isEmpty());
    for (const auto &lesson : lessons) {
        QVERIFY2(known.contains(lesson.id), qPrintable(lesson.id));
        QVERIFY2(!LessonCheck(lesson.id).isGeneric(), qPrintable(lesson.id));
    }
    const swb::Result<void> guides = swb::course::LessonGuides::loaded();
    QVERIFY2(guides.ok(), qPrintable(guides.message()));
    // Every exercise of EXERCISES.md has a guide in both languages.
    const QStringList exercises{
        QStringLiteral("tcp-basics"),      QStringLiteral("udp-basics"),     QStringLiteral("udp-length"),
        QStringLiteral("frontend-backend"), QStringLiteral("echo-prefix"),   QStringLiteral("hi-server"),
        QStringLiteral("reuseaddr"),       QStringLiteral("tcp-chat"),       QStringLiteral("udp-chat"),
        QStringLiteral("udp-time"),        QStringLiteral("welcome"),        QStringLiteral("timestamp-echo"),
        QStringLiteral("threaded-hello"),  QStringLiteral("raw-http"),       QStringLiteral("requests-get"),
        QStringLiteral("socket-anatomy"),  QStringLiteral("local-socket"),   QStringLiteral("ports-table")};
    for (const QString &id : exercises) {
        const auto guide = swb::course::LessonGuides::find(id);
        QVERIFY2(guide, qPrintable(id));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QVERIFY2(!guide->goal.value(language).isEmpty(), qPrintable(id + QLatin1Char(' ') + language));
            QVERIFY2(!guide->watchFor(language).isEmpty(), qPrintable(id + QLatin1Char(' ') + language));
        }
        if (id != QLatin1String("ports-table"))
            QVERIFY2(LessonCheck::knownLessons().contains(id), qPrintable(id));
    }
    QCOMPARE(swb::course::LessonGuides::wellKnownPorts().size(), 9); // FTP has two: 21 and 20
}

void TestLessonCheck::done_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QList<TrafficEvent>>("events");
    Script s;
    s.add(EventKind::Listen, Server.arg(8001), QString());
    s.conversation(8001, 50000, "I can see you.", QByteArray());
    s.add(EventKind::Send, Server.arg(8001), Server.arg(50000), "I can see you.");
    QTest::newRow("tcp-basics") << QStringLiteral("tcp-basics") << s.events;

    s = Script();
    s.add(EventKind::Listen, Server.arg(8898), QString());
    s.conversation(8898, 50001, "hello!", "hi");
    s.add(EventKind::Close, Server.arg(8898), Server.arg(50001));
    QTest::newRow("hi-server") << QStringLiteral("hi-server") << s.events;

    s = Script();
    s.add(EventKind::Listen, Server.arg(9001), QString());
    s.conversation(9001, 50002, QByteArray(), QStringLiteral("欢迎访问菜鸟教程!\r\n").toUtf8());
    s.add(EventKind::Close, Server.arg(9001), Server.arg(50002));
    QTest::newRow("welcome") << QStringLiteral("welcome") << s.events;

    s = Script();
    s.add(EventKind::Listen, Server.arg(9999), QString());
    s.conversation(9999, 50003, "Michael", "Welcome!");
    s.add(EventKind::Send, Server.arg(9999), Server.arg(50003), "Hello, Michael!");
    s.add(EventKind::Recv, Server.arg(9999), Server.arg(50003), "exit");
    s.add(EventKind::Close, Server.arg(9999), Server.arg(50003));
    QTest::newRow("threaded-hello") << QStringLiteral("threaded-hello") << s.events;

    s = Script();
    s.add(EventKind::Listen, Server.arg(21566), QString());
    s.conversation(21566, 50004, "a", "[2024-05-01 14:03:07]:a");
    s.conversation(21566, 50005, "b", QByteArray());
    s.add(EventKind::Send, Server.arg(21566), Server.arg(50005), "[2024-05-01 14:03:08]:b");
    QTest::newRow("timestamp-echo") << QStringLiteral("timestamp-echo") << s.events;

    s = Script();
    s.protocol = Protocol::Udp;
    s.add(EventKind::Listen, Server.arg(9090), QString());
    s.add(EventKind::Send, Server.arg(50010), Server.arg(9090), "%H:%M");
    s.add(EventKind::Recv, Server.arg(9090), Server.arg(50010), "%H:%M");
    s.add(EventKind::Send, Server.arg(9090), Server.arg(50010), "14:03");
    s.add(EventKind::Send, Server.arg(9090), Server.arg(50010), "14:05");
    QTest::newRow("udp-time") << QStringLiteral("udp-time") << s.events;

    s = Script();
    s.protocol = Protocol::Udp;
    s.add(EventKind::Listen, Server.arg(8002), QString());
    for (int i = 0; i < 20; ++i)
        s.add(EventKind::Recv, Server.arg(8002), Server.arg(50011), "x");
    QTest::newRow("udp-length") << QStringLiteral("udp-length") << s.events;

    s = Script();
    s.add(EventKind::Listen, Server.arg(8899), QString());
    s.conversation(8899, 50012, "x", "hi");
    s.add(EventKind::Close, Server.arg(8899), Server.arg(50012));
    s.add(EventKind::Close, Server.arg(8899), QString());
    s.add(EventKind::Listen, Server.arg(8899), QString());
    QTest::newRow("reuseaddr") << QStringLiteral("reuseaddr") << s.events;

    s = Script();
    s.protocol = Protocol::Udp;
    s.add(EventKind::Listen, Server.arg(8001), QString());
    s.add(EventKind::Recv, Server.arg(8001), Server.arg(50013), "I can see you.");
    QTest::newRow("udp-basics") << QStringLiteral("udp-basics") << s.events;

    s = Script();
    s.add(EventKind::Listen, Server.arg(9090), QString());
    s.conversation(9090, 50014, "hello", "hi, who is this?");
    s.add(EventKind::Send, Server.arg(50014), Server.arg(9090), "q");
    s.add(EventKind::Recv, Server.arg(9090), Server.arg(50014), "q");
    QTest::newRow("tcp-chat") << QStringLiteral("tcp-chat") << s.events;

    s = Script();
    s.protocol = Protocol::Udp;
    s.add(EventKind::Listen, Server.arg(9090), QString());
    s.add(EventKind::Recv, Server.arg(9090), Server.arg(50015),
          QStringLiteral("太白 : 你好").toUtf8());
    s.add(EventKind::Send, Server.arg(9090), Server.arg(50015), QStringLiteral("你好").toUtf8());
    QTest::newRow("udp-chat") << QStringLiteral("udp-chat") << s.events;

    // The HTTP panel against the demo server in the same app: counted at the server.
    s = Script();
    s.add(EventKind::Listen, Server.arg(8080), QString());
    s.conversation(8080, 50016, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", QByteArray());
    s.add(EventKind::Send, Server.arg(8080), Server.arg(50016), "HTTP/1.1 200 OK\r\n\r\n");
    QTest::newRow("raw-http") << QStringLiteral("raw-http") << s.events;

    s = Script();
    s.add(EventKind::Listen, Server.arg(8080), QString());
    s.protocol = Protocol::Http;
    s.add(EventKind::Send, Server.arg(50017), Server.arg(8080), "GET / HTTP/1.1");
    s.protocol = Protocol::Tcp;
    s.add(EventKind::Send, Server.arg(8080), Server.arg(50017), "HTTP/1.1 200 OK\r\n\r\n");
    QTest::newRow("requests-get") << QStringLiteral("requests-get") << s.events;

    s = Script();
    s.add(EventKind::Listen, Server.arg(8001), QString());
    s.conversation(8001, 50018, "x", QByteArray());
    s.add(EventKind::Send, Server.arg(8001), Server.arg(50018), "x");
    QTest::newRow("socket-anatomy") << QStringLiteral("socket-anatomy") << s.events;

    s = Script();
    s.protocol = Protocol::Local;
    const QString path = QStringLiteral("/run/user/1000/socket-workbench-demo.sock");
    s.add(EventKind::Listen, path, QString());
    s.add(EventKind::Accept, path, QStringLiteral("#1 (pid 42)"));
    s.add(EventKind::Recv, path, QStringLiteral("#1 (pid 42)"), "over a file");
    QTest::newRow("local-socket") << QStringLiteral("local-socket") << s.events;
}

void TestLessonCheck::done()
{
    QFETCH(QString, lesson);
    QFETCH(QList<TrafficEvent>, events);
    LessonCheck check(lesson);
    QVERIFY(!check.isGeneric());
    // Everything but the last event is not enough.
    QVERIFY(!run(check, events.mid(0, events.size() - 1)));
    QVERIFY(run(check, events.mid(events.size() - 1)));
    for (const LessonCheck::Item &item : check.items())
        QVERIFY2(item.done() && !item.text.isEmpty(), qPrintable(item.text));
}

void TestLessonCheck::echoNeedsTwoClients()
{
    LessonCheck check(QStringLiteral("echo-prefix"));
    Script s;
    s.add(EventKind::Listen, Server.arg(8003), QString());
    for (int i = 0; i < 6; ++i)
        s.conversation(8003, 50020, "12:00:00", "received: 12:00:00");
    QVERIFY(!run(check, s.events));
    QCOMPARE(check.items().at(0).have, 1);
    s.events.clear();
    s.conversation(8003, 50021, "12:00:01", "received: 12:00:01");
    QVERIFY(run(check, s.events));
}

void TestLessonCheck::panelsAreCountedOnce()
{
    // Client and server both in the app: three lines, not six.
    LessonCheck check(QStringLiteral("frontend-backend"));
    Script s;
    s.add(EventKind::Listen, Server.arg(3001), QString());
    s.conversation(3001, 50030, "one\n", QByteArray());
    s.add(EventKind::Send, Server.arg(50030), Server.arg(3001), "two\n");
    s.add(EventKind::Recv, Server.arg(3001), Server.arg(50030), "two\n");
    QVERIFY(!run(check, s.events));
    QCOMPARE(check.items().at(1).have, 2);
}

void TestLessonCheck::outsideServerCountsAtTheClient()
{
    // The notes' echo_server.py runs outside; the app's two clients see the echoes.
    LessonCheck check(QStringLiteral("echo-prefix"));
    Script s;
    for (int client : {50040, 50041}) {
        for (int i = 0; i < 3; ++i) {
            s.add(EventKind::Send, Server.arg(client), Server.arg(8003), "t");
            s.add(EventKind::Recv, Server.arg(client), Server.arg(8003), "received: t");
        }
    }
    QVERIFY(run(check, s.events));
}

void TestLessonCheck::genericFallback()
{
    LessonCheck check(QStringLiteral("no-such-lesson"));
    QVERIFY(check.isGeneric());
    QCOMPARE(check.items().size(), 2);
    Script s;
    s.add(EventKind::Send, Server.arg(50050), Server.arg(7000), "question");
    QVERIFY(!run(check, s.events));
    s.events.clear();
    s.add(EventKind::Recv, Server.arg(50050), Server.arg(7000), "answer");
    QVERIFY(run(check, s.events));
}

// threaded-hello: "exit" alone is not enough, nor a close without it.
void TestLessonCheck::exitMustEndTheConnection()
{
    Script s;
    s.add(EventKind::Listen, Server.arg(9999), QString());
    s.conversation(9999, 50020, "Michael", "Welcome!");
    s.add(EventKind::Send, Server.arg(9999), Server.arg(50020), "Hello, Michael!");
    s.add(EventKind::Recv, Server.arg(9999), Server.arg(50020), "exit\n");
    s.conversation(9999, 50021, "Anna", QByteArray());
    s.add(EventKind::Close, Server.arg(9999), Server.arg(50021)); // not after exit
    LessonCheck check(QStringLiteral("threaded-hello"));
    QVERIFY(!run(check, s.events));
    QVERIFY(run(check, {s.add(EventKind::Close, Server.arg(9999), Server.arg(50020))}));
}

void TestLessonCheck::resetForgets()
{
    LessonCheck check(QStringLiteral("generic"));
    Script s;
    s.add(EventKind::Send, Server.arg(1), Server.arg(2), "a");
    s.add(EventKind::Recv, Server.arg(1), Server.arg(2), "b");
    QVERIFY(run(check, s.events));
    check.reset();
    QVERIFY(!check.isDone());
}

QTEST_GUILESS_MAIN(TestLessonCheck)
#include "tst_lessoncheck.moc"
