#include "tests/app/appprocesstesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// The real executable on the two HTTP lessons with --quit-after and
// --save-traffic: the lesson's workspace as shipped, with only the HTTP
// panel's "autoStart" turned on so that the request goes out without a click.
// The saved JSONL must hold the HTTP panel's rows ("proto":"http") next to the
// demo server's ("proto":"tcp").
class TestHttpLessonProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lessonSavesHttpRows_data();
    void lessonSavesHttpRows();

private:
    QTemporaryDir m_home;
};

using namespace appprocesstesting;

void TestHttpLessonProcess::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SWB_APP_PATH)).isExecutable(),
             "build the socket-workbench target first");
    QVERIFY(prepareHome(m_home));
}

void TestHttpLessonProcess::lessonSavesHttpRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("response"); // how the panel's recv row starts
    // Both modes record the bytes as received: the demo server's own status line.
    QTest::newRow("raw-http") << QStringLiteral("14-raw-http.json")
                              << QByteArray("HTTP/1.1 200 OK\r\n");
    QTest::newRow("requests-get") << QStringLiteral("15-requests-get.json")
                                  << QByteArray("HTTP/1.1 200 OK\r\n");
}

void TestHttpLessonProcess::lessonSavesHttpRows()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, response);
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 8080))
            QSKIP("port 8080 is busy: the HTTP lessons' demo server needs it");
    }
    QFile lesson(QStringLiteral(SWB_SOURCE_DIR "/resources/lessons/") + file);
    QVERIFY(lesson.open(QIODevice::ReadOnly));
    QJsonObject workspace = QJsonDocument::fromJson(lesson.readAll()).object();
    QJsonArray panels = workspace.value(QLatin1String("panels")).toArray();
    int httpPanels = 0;
    for (qsizetype i = 0; i < panels.size(); ++i) {
        QJsonObject panel = panels.at(i).toObject();
        if (panel.value(QLatin1String("type")).toString() != QLatin1String("http"))
            continue;
        QVERIFY2(!panel.value(QLatin1String("autoStart")).toBool(),
                 "built-in lessons leave the HTTP panel's autoStart off");
        panel.insert(QStringLiteral("autoStart"), true);
        panels[i] = panel;
        ++httpPanels;
    }
    QCOMPARE(httpPanels, 1);
    workspace.insert(QStringLiteral("panels"), panels);
    const QString path = m_home.filePath(file);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(workspace).toJson());
    out.close();

    const QString traffic = m_home.filePath(file + QStringLiteral(".jsonl"));
    QProcess app;
    useHome(app, m_home);
    app.start(QStringLiteral(SWB_APP_PATH),
              {QStringLiteral("--lang"), QStringLiteral("en"), path, QStringLiteral("--quit-after"),
               QStringLiteral("4"), QStringLiteral("--save-traffic"), traffic});
    QVERIFY2(app.waitForStarted(5000), qPrintable(app.errorString()));
    if (!app.waitForFinished(30000)) {
        app.kill();
        app.waitForFinished(5000);
        QFAIL("the app did not quit after --quit-after");
    }
    QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
             qPrintable(describe(app)));

    QFile saved(traffic);
    QVERIFY2(saved.open(QIODevice::ReadOnly), qPrintable(traffic + QLatin1String(" was not written")));
    int httpSends = 0, httpRecvs = 0, httpInfos = 0, serverRecvs = 0;
    QStringList kinds;
    for (const QByteArray &line : saved.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject row = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        const QString proto = row.value(QLatin1String("proto")).toString();
        const QString kind = row.value(QLatin1String("kind")).toString();
        const QByteArray data =
            QByteArray::fromBase64(row.value(QLatin1String("data")).toString().toLatin1());
        kinds << proto + u'/' + kind;
        QVERIFY2(kind != QLatin1String("error"), line.constData());
        if (proto == QLatin1String("http")) {
            QVERIFY2(line.contains("\"proto\":\"http\""), line.constData());
            httpSends += kind == QLatin1String("send") && data.startsWith("GET / HTTP/1.1\r\n");
            httpRecvs += kind == QLatin1String("recv") && data.startsWith(response);
            httpInfos += kind == QLatin1String("info")
                && row.value(QLatin1String("text")).toString().contains(QStringLiteral("\u2192 200 OK"));
        } else if (proto == QLatin1String("tcp") && kind == QLatin1String("recv")) {
            serverRecvs += data.startsWith("GET / HTTP/1.1\r\n");
        }
    }
    const QByteArray seen = kinds.join(u' ').toUtf8();
    QCOMPARE(httpSends, 1);
    QVERIFY2(httpRecvs >= 1, seen.constData());
    QVERIFY2(httpInfos == 1, seen.constData()); // the summary "GET … → 200 OK, N bytes, … ms"
    QVERIFY2(serverRecvs == 1, seen.constData());
}

QTEST_MAIN(TestHttpLessonProcess)

#include "tst_httplessonprocess.moc"
