// The HTTP panel laid out for the raw-http lesson: at the size it gets at
// 1366×768 (100 %) and with the font doubled (the 200 % zoom), in English and
// Chinese, after a real exchange with the built-in demo site, the whole
// request (through its last \r\n) and the marked response from the status
// line through the blank line and the first body line show without
// scrolling, the split sentence is in view and whole, and the layout checker
// finds nothing in either mode.
#include "tests/widgets/httppaneltesting.h"
#include "tests/widgets/httpsplitcheck.h"
#include "tests/widgets/layoutchecker.h"
#include "tests/widgets/paneltesting.h"

#include "app/languagemanager.h"
#include "app/zoomcontroller.h"
#include "models/trafficmodel.h"
#include "net/stream/tcpserverendpoint.h"
#include "widgets/http/httppanel.h"
#include "widgets/http/httprequesteditor.h"
#include "widgets/httpresponse/httprawview.h"
#include "widgets/httpresponse/httpresponseview.h"

#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>

#include <memory>

using namespace swb;
using paneltesting::probe;


class TestHttpPanelLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rawLessonShowsTheSplit_data();
    void rawLessonShowsTheSplit();
    void minimumSizeIsModest_data();
    void minimumSizeIsModest();

private:
    void showPanel(const QSize &size);
    QStringList problems() const;

    QTemporaryDir m_dir;
    std::unique_ptr<app::LanguageManager> m_languages;
    std::unique_ptr<app::ZoomController> m_zoom;
    std::unique_ptr<models::TrafficModel> m_model;
    std::unique_ptr<widgets::HttpPanel> m_panel;
    std::unique_ptr<net::TcpServerEndpoint> m_demo;
};

void TestHttpPanelLayout::initTestCase()
{
    // The zoom is remembered in the settings: never in the user's own.
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SocketWorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_httppanellayout"));
    m_languages = std::make_unique<app::LanguageManager>();
    m_zoom = std::make_unique<app::ZoomController>();
}

void TestHttpPanelLayout::init()
{
    m_model = std::make_unique<models::TrafficModel>();
    m_demo = std::make_unique<net::TcpServerEndpoint>();
    QCOMPARE(tests::startDemoSite(m_demo.get()), QString());
}

void TestHttpPanelLayout::cleanup()
{
    if (m_panel)
        m_panel->shutdown();
    m_panel.reset();
    m_demo->stop();
    m_demo.reset();
    m_model.reset();
    m_zoom->setPercent(100);
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestHttpPanelLayout::showPanel(const QSize &size)
{
    m_panel = std::make_unique<widgets::HttpPanel>(3, m_model.get());
    m_panel->setName(QStringLiteral("HTTP (raw)"));
    m_panel->setRawMode(true);
    m_panel->setUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_demo->port()));
    m_panel->resize(size);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

QStringList TestHttpPanelLayout::problems() const
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // The room given is the panel's size; the window frame around it is not ours.
    const QSize frame = m_panel->frameGeometry().size() - m_panel->size();
    return tests::LayoutChecker(QRect(QPoint(0, 0), m_panel->size() + frame)).check(m_panel.get());
}

void TestHttpPanelLayout::rawLessonShowsTheSplit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("zoom");
    QTest::addColumn<QSize>("size");
    // The lesson's share of 1366×768 at 100 %, and of 1920×1080 at the app's 200 % zoom
    // (which doubles the fonts, not the pixels).
    QTest::newRow("en 100 %") << QStringLiteral("en") << 100 << QSize(900, 560);
    QTest::newRow("zh_CN 100 %") << QStringLiteral("zh_CN") << 100 << QSize(900, 560);
    QTest::newRow("en 200 %") << QStringLiteral("en") << 200 << QSize(1260, 760);
    QTest::newRow("zh_CN 200 %") << QStringLiteral("zh_CN") << 200 << QSize(1260, 760);
}

void TestHttpPanelLayout::rawLessonShowsTheSplit()
{
    QFETCH(QString, language);
    QFETCH(int, zoom);
    QFETCH(QSize, size);
    QVERIFY(m_languages->setLanguage(language));
    m_zoom->setPercent(zoom);
    showPanel(size);
    QCOMPARE(m_panel->size(), size);
    QVERIFY2(tests::sendAndWait(m_panel.get()), qPrintable(m_panel->statusText()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QTest::qWait(50);

    widgets::HttpRawView *raw = probe(m_panel.get()).rawView();
    QCOMPARE(raw->editor()->toPlainText(), widgets::HttpRequestEditor::defaultRequest());
    const QStringList hidden = tests::splitProblems(m_panel.get());
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QLatin1Char('\n'))));

    QStringList found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    // "?" unfolds the whole explanation under the request, and folds it again.
    auto *more = raw->findChild<QToolButton *>(QStringLiteral("requestHintMore"));
    auto *explanation = raw->findChild<QLabel *>(QStringLiteral("requestExplanation"));
    QVERIFY(more && explanation);
    QVERIFY(!explanation->isVisible());
    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(explanation->isVisible());
    QVERIFY(explanation->text().contains(QLatin1String("{host}")));
    found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(!explanation->isVisible());

    // Fetch mode, after its own exchange, in the same room.
    m_panel->setRawMode(false);
    QVERIFY2(tests::sendAndWait(m_panel.get()), qPrintable(m_panel->statusText()));
    found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestHttpPanelLayout::minimumSizeIsModest_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("raw");
    QTest::newRow("en raw") << QStringLiteral("en") << true;
    QTest::newRow("en fetch") << QStringLiteral("en") << false;
    QTest::newRow("zh_CN raw") << QStringLiteral("zh_CN") << true;
    QTest::newRow("zh_CN fetch") << QStringLiteral("zh_CN") << false;
}

void TestHttpPanelLayout::minimumSizeIsModest()
{
    // Small enough to sit beside another panel at 100 %.
    QFETCH(QString, language);
    QFETCH(bool, raw);
    QVERIFY(m_languages->setLanguage(language));
    showPanel(QSize(900, 560));
    m_panel->setRawMode(raw);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QSize minimum = m_panel->minimumSizeHint();
    QVERIFY2(minimum.width() <= 560 && minimum.height() <= 420,
             qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
}

QTEST_MAIN(TestHttpPanelLayout)

#include "tst_httppanellayout.moc"
