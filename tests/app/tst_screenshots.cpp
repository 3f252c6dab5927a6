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
#include <QDockWidget>
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
// two clients, the sequence diagram filling), in English, in Chinese and at
// 200 % zoom. With SWB_WRITE_SCREENSHOTS=1 they go to docs/ (run it by hand
// after a visible change); otherwise to a temporary folder, so a normal test
// run never touches the tree, and the test only checks they are real pictures.
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void english();
    void chinese();
    void zoomed();

private:
    void save(const QString &name);

    QTemporaryDir m_dir;
    QString m_out;
    std::unique_ptr<swb::app::LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestScreenshots::initTestCase()
{
    QVERIFY(m_dir.isValid());
    windowtesting::useOwnSettings(m_dir, QStringLiteral("tst_screenshots"));
    QSettings().clear();
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

    m_languages = std::make_unique<swb::app::LanguageManager>();
    m_languages->setLanguage(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(m_languages.get());
    m_window->setQuiet(true);
    m_window->resize(1500, 1100);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // The lesson on its own port when free; else the same lesson on port 0.
    auto workspace = swb::course::LessonCatalog::find(QStringLiteral("echo-prefix"));
    QVERIFY(workspace);
    QTcpServer probe;
    const bool free =
        probe.listen(QHostAddress::LocalHost, workspace->panels.first().tcpServer().listen.port);
    probe.close();
    if (free) {
        QVERIFY(m_window->openLesson(QStringLiteral("echo-prefix")).ok());
    } else {
        workspace->panels.first().tcpServer().listen.port = 0;
        const QString path = m_dir.filePath(QStringLiteral("lesson.json"));
        QCOMPARE(swb::course::WorkspaceFile::save(*workspace, path).message(), QString());
        QVERIFY(m_window->openWorkspaceFile(path).ok());
    }
    QList<swb::widgets::TcpClientPanel *> clients;
    for (swb::widgets::Panel *panel : m_window->panels()->panels()) {
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
    // A layout for a picture: panels on the upper half, the lesson and the
    // diagram side by side with the table below.
    QList<QDockWidget *> panelDocks;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->objectName().startsWith(QLatin1String("panel-")))
            panelDocks << dock;
    }
    QDockWidget *lesson = m_window->findChild<QDockWidget *>(QStringLiteral("lesson"));
    QDockWidget *diagram = m_window->teaching()->diagramDock();
    m_window->resizeDocks({panelDocks.first()}, {m_window->height() * 42 / 100}, Qt::Vertical);
    m_window->resizeDocks({lesson, diagram}, {m_window->width() * 44 / 100, m_window->width() * 44 / 100},
                          Qt::Horizontal);
    m_window->resizeDocks({lesson, diagram}, {m_window->height() * 30 / 100, m_window->height() * 34 / 100},
                          Qt::Vertical);
    swb::models::TrafficModel *traffic = m_window->traffic();
    QTRY_VERIFY_WITH_TIMEOUT(traffic->rowCount() >= 20, 10000);
    QTest::qWait(400); // the self-check's update
    // Select an echo, so both views show the link between them.
    for (int row = traffic->rowCount() - 1; row >= 0; --row) {
        if (traffic->event(row).data.startsWith("received: ")) {
            m_window->trafficView()->table()->selectRow(row);
            break;
        }
    }
}

void TestScreenshots::cleanupTestCase()
{
    if (m_window)
        m_window->teaching()->zoom()->setPercent(100);
    m_window.reset();
    m_languages.reset();
}

void TestScreenshots::save(const QString &name)
{
    QTest::qWait(100);
    const QImage image = m_window->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
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

void TestScreenshots::english()
{
    save(QStringLiteral("screenshot-en.png"));
}

void TestScreenshots::chinese()
{
    m_languages->setLanguage(QStringLiteral("zh_CN"));
    QTest::qWait(100);
    save(QStringLiteral("screenshot-zh_CN.png"));
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestScreenshots::zoomed()
{
    // As on a projector: a client and the diagram, twice the size.
    QList<QWidget *> hidden;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        const QString name = dock->objectName();
        if (dock->isVisible() && name != QLatin1String("sequence") && name != QLatin1String("panel-2")) {
            dock->hide();
            hidden << dock;
        }
    }
    m_window->centralWidget()->hide();
    hidden << m_window->centralWidget();
    m_window->teaching()->zoom()->setPercent(200);
    m_window->resize(1500, 1000);
    save(QStringLiteral("screenshot-200.png"));
    m_window->teaching()->zoom()->setPercent(100);
    for (QWidget *widget : std::as_const(hidden))
        widget->show();
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
