#include "tests/app/windowtesting.h"

#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/panelmanager.h"
#include "app/teachingtools.h"
#include "app/traffictools.h"
#include "course/lessons/workspace.h"
#include "models/sequencemodel.h"
#include "models/trafficmodel.h"
#include "net/traffic/deferredtext.h"
#include "widgets/common/messagelog.h"
#include "widgets/common/panel.h"
#include "widgets/stream/streamclientpanel.h"

#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using swb::course::PanelType;
using swb::models::TrafficModel;
using swb::widgets::MessageLog;
using swb::widgets::Panel;
using windowtesting::QuietWindow;

// Every word in the student's language: a lesson's panels are named in the
// language shown, in their docks, the traffic table and the sequence
// diagram; rows, log lines and names follow a switch of language, except a
// name the user typed; a recording keeps the words it was made with.
class TestPanelNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lessonFollowsTheLanguage();
    void addedPanelsAreNamedInTheLanguage();
    void logNotesFollowTheLanguage();

private:
    QTemporaryDir m_dir;
};

namespace {

bool portIsFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

QStringList dockTitles(const swb::app::MainWindow &window)
{
    QStringList titles;
    for (const QDockWidget *dock : window.panels()->docks())
        titles << dock->windowTitle();
    return titles;
}

// The panel column and the message of the first row of a kind.
QPair<QString, QString> firstRow(const TrafficModel &traffic, swb::net::EventKind kind)
{
    for (int row = 0; row < traffic.rowCount(); ++row) {
        if (traffic.index(row, 0).data(TrafficModel::KindRole).toInt() == int(kind))
            return {traffic.index(row, TrafficModel::PanelColumn).data().toString(),
                    traffic.index(row, TrafficModel::PreviewColumn).data().toString()};
    }
    return {};
}

QStringList laneTitles(const swb::models::SequenceModel &sequence)
{
    QStringList titles;
    for (int column = 0; column < sequence.laneCount(); ++column) {
        if (sequence.laneAt(column).panelId != 0)
            titles << sequence.laneAt(column).title;
    }
    return titles;
}

} // namespace

void TestPanelNames::initTestCase()
{
    QVERIFY(m_dir.isValid());
    windowtesting::useOwnSettings(m_dir, QStringLiteral("tst_panelnames"));
}

void TestPanelNames::lessonFollowsTheLanguage()
{
    if (!portIsFree(8003))
        QSKIP("127.0.0.1:8003 is busy on this machine; the echo-prefix lesson needs it");
    QuietWindow w(QStringLiteral("zh_CN"));
    const QString recording = m_dir.filePath(QStringLiteral("zh.jsonl"));
    w.window.setSaveTrafficOnQuit(recording);
    QVERIFY(w.window.openLesson(QStringLiteral("echo-prefix")).ok());
    TrafficModel &traffic = *w.window.traffic();

    // Chinese: docks, the table's panel column and message, the diagram's lanes.
    QCOMPARE(dockTitles(w.window),
             (QStringList{QStringLiteral("回显服务器"), QStringLiteral("客户端 1"),
                          QStringLiteral("客户端 2")}));
    QTRY_VERIFY((traffic.flush(), !firstRow(traffic, swb::net::EventKind::Listen).first.isEmpty()));
    const auto listenZh = firstRow(traffic, swb::net::EventKind::Listen);
    QCOMPARE(listenZh.first, QStringLiteral("回显服务器"));
    QVERIFY2(!listenZh.second.contains(QLatin1String("listening")), qPrintable(listenZh.second));
    QVERIFY2(listenZh.second.contains(QLatin1String("SO_REUSEADDR")), qPrintable(listenZh.second));
    swb::models::SequenceModel &sequence = *w.window.teaching()->sequence();
    QTRY_VERIFY(laneTitles(sequence).contains(QStringLiteral("回显服务器")));
    // Client 1 connects and a socket comes and goes: the client's log and the
    // table say so in Chinese, a close reason inside a close line too.
    auto *clientPanel = qobject_cast<swb::widgets::StreamClientPanel *>(
        w.window.panels()->panels().at(1));
    QVERIFY(clientPanel);
    clientPanel->connectToServer();
    auto *log = clientPanel->findChild<MessageLog *>();
    QVERIFY(log);
    QTRY_VERIFY((log->flushPending(), log->toPlainText().contains(QLatin1String("8003"))));
    const QString logZh = log->toPlainText();
    QVERIFY2(logZh.contains(QStringLiteral("已连接到")), qPrintable(logZh));
    QTcpSocket visitor;
    visitor.connectToHost(QHostAddress::LocalHost, 8003);
    QVERIFY(visitor.waitForConnected(5000));
    QTRY_VERIFY((traffic.flush(), !firstRow(traffic, swb::net::EventKind::Accept).first.isEmpty()));
    visitor.disconnectFromHost();
    QTRY_VERIFY((traffic.flush(), !firstRow(traffic, swb::net::EventKind::Close).first.isEmpty()));
    const QString closeZh = firstRow(traffic, swb::net::EventKind::Close).second;
    QVERIFY2(closeZh.contains(QStringLiteral("对端关闭了连接")), qPrintable(closeZh));

    // A name the user types stays as typed in every language.
    Panel *second = w.window.panels()->panels().at(2);
    w.window.panels()->renamePanel(second, QStringLiteral("我的客户端"));

    // Switched at run time: everything made before the switch reads in English.
    QVERIFY(w.languages.manager.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(dockTitles(w.window),
             (QStringList{QStringLiteral("Echo server"), QStringLiteral("Client 1"),
                          QStringLiteral("我的客户端")}));
    const auto listenEn = firstRow(traffic, swb::net::EventKind::Listen);
    QCOMPARE(listenEn.first, QStringLiteral("Echo server"));
    QCOMPARE(listenEn.second, QStringLiteral("listening, backlog 5, SO_REUSEADDR on"));
    const QString closeEn = firstRow(traffic, swb::net::EventKind::Close).second;
    QVERIFY2(closeEn.startsWith(QLatin1String("Connection from 127.0.0.1:"))
                 && closeEn.endsWith(QLatin1String(" closed (closed by the peer).")),
             qPrintable(closeEn));
    QCOMPARE(traffic.event(0).panel, QStringLiteral("Echo server"));
    QVERIFY(laneTitles(sequence).contains(QStringLiteral("Echo server")));
    QVERIFY(!laneTitles(sequence).contains(QStringLiteral("回显服务器")));
    QTRY_VERIFY2(log->toPlainText().contains(QLatin1String("Connected to 127.0.0.1:8003 from ")),
                 qPrintable(log->toPlainText()));
    QCOMPARE(log->toPlainText().count(QLatin1Char('\n')), logZh.count(QLatin1Char('\n')));
    const Panel *server = w.window.panels()->panels().at(0);
    QCOMPARE(server->config().name, QStringLiteral("Echo server")); // what Show as Python reads

    // Saved: a lesson panel keeps its names per language, a typed name is text.
    const swb::course::Workspace saved = w.window.currentWorkspace();
    QCOMPARE(saved.panels.at(0).names.value(QStringLiteral("zh_CN")), QStringLiteral("回显服务器"));
    QVERIFY(saved.panels.at(2).names.isEmpty());
    QCOMPARE(saved.panels.at(2).name, QStringLiteral("我的客户端"));

    // The recording was made in Chinese and stays Chinese.
    QVERIFY(w.window.trafficTools()->stopRecording().ok());
    QFile file(recording);
    QVERIFY(file.open(QIODevice::ReadOnly));
    bool sawListen = false;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        if (row.value(QLatin1String("kind")).toString() != QLatin1String("listen"))
            continue;
        sawListen = true;
        QCOMPARE(row.value(QLatin1String("panel")).toString(), QStringLiteral("回显服务器"));
        QCOMPARE(row.value(QLatin1String("text")).toString(), listenZh.second);
    }
    QVERIFY(sawListen);
}

void TestPanelNames::addedPanelsAreNamedInTheLanguage()
{
    QuietWindow w(QStringLiteral("zh_CN"));
    Panel *server = w.window.panels()->addPanel(PanelType::TcpServer);
    Panel *local = w.window.panels()->addPanel(PanelType::LocalServer);
    QCOMPARE(server->name(), QStringLiteral("TCP 服务器"));
    QCOMPARE(local->name(), QStringLiteral("本地套接字服务器"));
    Panel *again = w.window.panels()->addPanel(PanelType::TcpServer);
    QCOMPARE(again->name(), QStringLiteral("TCP 服务器 (2)"));

    QVERIFY(w.languages.manager.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(server->name(), QStringLiteral("TCP server"));
    QCOMPARE(local->name(), QStringLiteral("Local server"));
    QCOMPARE(again->name(), QStringLiteral("TCP server (2)"));
    QCOMPARE(w.window.traffic()->panelName(server->id(), QString()), QStringLiteral("TCP server"));
}

void TestPanelNames::logNotesFollowTheLanguage()
{
    QuietWindow w(QStringLiteral("zh_CN"));
    MessageLog log;
    const QString words = swb::net::DeferredText::make(
        "swb::net::StreamClientEndpoint", QT_TRANSLATE_NOOP("swb::net::StreamClientEndpoint",
                                                            "Disconnected from %1."),
        {QStringLiteral("127.0.0.1:8001")});
    log.addNote(words);
    log.addNote(QStringLiteral("typed as is"));
    log.flushPending();
    const QString zh = log.toPlainText();
    QVERIFY2(!zh.contains(QLatin1String("Disconnected")), qPrintable(zh));
    QVERIFY(zh.contains(QLatin1String("127.0.0.1:8001")));

    QVERIFY(w.languages.manager.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(log.toPlainText(), QStringLiteral("\u00b7 Disconnected from 127.0.0.1:8001.\n"
                                               "\u00b7 typed as is"));
}

QTEST_MAIN(TestPanelNames)
#include "tst_panelnames.moc"
