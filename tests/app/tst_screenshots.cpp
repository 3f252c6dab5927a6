#include "tests/app/classroomscreen.h"
#include "tests/app/windowtesting.h"
#include "tests/widgets/paneltesting.h"

#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/panelmanager.h"
#include "app/teachingtools.h"
#include "app/zoomcontroller.h"
#include "course/lessons/lessoncatalog.h"
#include "models/trafficmodel.h"
#include "net/stream/tcpclientendpoint.h"
#include "widgets/common/sendbox.h"
#include "widgets/stream/tcpclientpanel.h"
#include "widgets/traffic/trafficview.h"

#include <QDir>
#include <QScreen>
#include <QFontDatabase>
#include <QImage>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using swb::app::MainWindow;

// The README's pictures: the main window with a lesson running (echo-prefix,
// two clients, the sequence diagram filling) as the app lays it out on the
// screen this run is given (SWB_SCREEN at SWB_ZOOM: 1366x768 at 100 % and
// 1920x1080 at 200 %), once in a session started in English and once in a
// session started in Chinese, so every row and log line is in that language.
// With SWB_WRITE_SCREENSHOTS=1 they go to docs/ (run it by hand after a
// visible change); otherwise to a temporary folder, so a normal test run
// never touches the tree, and the test only checks they are real pictures.
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lessonRunning_data();
    void lessonRunning();

private:
    void runLesson(MainWindow *window);
    void save(MainWindow *window, const QString &name);

    QTemporaryDir m_dir;
    QString m_out;
};

void TestScreenshots::initTestCase()
{
    QVERIFY(m_dir.isValid());
    windowtesting::useOwnSettings(m_dir, QStringLiteral("tst_screenshots"));
    m_out = qEnvironmentVariable("SWB_WRITE_SCREENSHOTS") == QLatin1String("1")
        ? QStringLiteral(SWB_SOURCE_DIR "/docs")
        : m_dir.filePath(QStringLiteral("docs"));
    QVERIFY(QDir().mkpath(m_out));
    // Chinese must come out as characters, not boxes.
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC"))) {
        QFont font = QApplication::font();
        font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC")});
        QApplication::setFont(font);
    }
}

void TestScreenshots::lessonRunning_data()
{
    windowtesting::addLanguageRows();
}

void TestScreenshots::lessonRunning()
{
    QFETCH(QString, language);
    // The language first, as `--lang` does: nothing is ever shown in another.
    windowtesting::QuietWindow shown(language, windowtesting::zoomPercent());
    MainWindow &window = shown.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    runLesson(&window);
    if (QTest::currentTestFailed())
        return;
    const QRect available = window.screen()->availableGeometry();
    QVERIFY(window.frameGeometry().width() <= available.width());
    QVERIFY(window.frameGeometry().height() <= available.height());
    const QString zoom = windowtesting::zoomPercent() == 100
        ? QString()
        : QStringLiteral("-%1").arg(windowtesting::zoomPercent());
    save(&window, QStringLiteral("screenshot-%1%2.png").arg(language, zoom));
    window.teaching()->zoom()->setPercent(100);
}

void TestScreenshots::runLesson(MainWindow *window)
{
    // The lesson on its own port when free; else the same lesson on port 0.
    auto workspace = swb::course::LessonCatalog::find(QStringLiteral("echo-prefix"));
    QVERIFY(workspace);
    QTcpServer probe;
    const bool free =
        probe.listen(QHostAddress::LocalHost, workspace->panels.first().tcpServer().listen.port);
    probe.close();
    if (free) {
        QVERIFY(window->openLesson(QStringLiteral("echo-prefix")).ok());
    } else {
        workspace->panels.first().tcpServer().listen.port = 0;
        const QString path = m_dir.filePath(QStringLiteral("lesson.json"));
        QCOMPARE(swb::course::WorkspaceFile::save(*workspace, path).message(), QString());
        QVERIFY(window->openWorkspaceFile(path).ok());
    }
    QList<swb::widgets::TcpClientPanel *> clients;
    for (swb::widgets::Panel *panel : window->panels()->panels()) {
        if (auto *client = qobject_cast<swb::widgets::TcpClientPanel *>(panel))
            clients << client;
    }
    QCOMPARE(clients.size(), 2);
    for (swb::widgets::TcpClientPanel *client : clients)
        client->connectToServer();
    for (swb::widgets::TcpClientPanel *client : clients)
        QTRY_COMPARE(paneltesting::probe(client).endpoint()->state(),
                     QAbstractSocket::ConnectedState);
    for (int round = 0; round < 2; ++round) {
        for (swb::widgets::TcpClientPanel *client : clients) {
            paneltesting::probe(client).sendBox()->setText(QStringLiteral("{time}"));
            QVERIFY(paneltesting::probe(client).sendBox()->sendNow());
            QTest::qWait(60);
        }
    }
    // Leave the lesson's text in the send boxes, as a student would see it.
    for (swb::widgets::TcpClientPanel *client : clients)
        paneltesting::probe(client).sendBox()->setText(QStringLiteral("{time}"));
    swb::models::TrafficModel *traffic = window->traffic();
    QTRY_VERIFY_WITH_TIMEOUT(traffic->rowCount() >= 20, 10000);
    QTest::qWait(400); // the self-check's update
    // Select an echo, so both views show the link between them.
    for (int row = traffic->rowCount() - 1; row >= 0; --row) {
        if (traffic->event(row).data.startsWith("received: ")) {
            window->trafficView()->table()->selectRow(row);
            break;
        }
    }
}

void TestScreenshots::save(MainWindow *window, const QString &name)
{
    QTest::qWait(100);
    const QImage image = window->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window->size() * window->devicePixelRatio());
    // A real picture has many colours (text, lines), not an empty or one-colour window.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    const QString path = QDir(m_out).filePath(name);
    QVERIFY2(image.save(path, "PNG"), qPrintable(path));
    QVERIFY(QFileInfo(path).size() > 10000);
    qInfo("wrote %s", qPrintable(path));
}

int main(int argc, char *argv[])
{
    return windowtesting::runOnClassroomScreen<TestScreenshots>(argc, argv);
}

#include "tst_screenshots.moc"
