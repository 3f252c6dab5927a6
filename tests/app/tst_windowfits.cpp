#include "app/languagemanager.h"
#include "app/mainmenus.h"
#include "app/mainwindow.h"
#include "app/panelmanager.h"
#include "app/presentationlayout.h"
#include "app/presentationmode.h"
#include "app/teachingtools.h"
#include "app/zoomcontroller.h"
#include "course/lessons/lessoncatalog.h"
#include "tests/app/classroomscreen.h"
#include "tests/app/presentationtesting.h"
#include "tests/app/windowtesting.h"
#include "tests/widgets/httppaneltesting.h"
#include "tests/widgets/httpsplitcheck.h"
#include "tests/widgets/layoutchecker.h"
#include "widgets/teaching/lessonpane.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QScreen>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using swb::app::LanguageManager;
using swb::app::MainWindow;
using swb::tests::LayoutChecker;
using namespace presentationtesting;

// Every lesson opened in a fresh window, in English and in Chinese, on the
// screen this run is given (SWB_SCREEN, e.g. 1366x768, at SWB_ZOOM percent):
// the layout checker finds nothing in the whole window (it fits the screen,
// no dock is squeezed or pushed past its edge, nothing overlaps or is cut).
// On the smallest classroom screen at 100 %, the lesson's goal and self-check
// are in sight without scrolling.
class TestWindowFits final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lessonsFit_data();
    void lessonsFit();
    void coachAndLessonBothReachable();
    void rawHttpSplitInSight_data();
    void rawHttpSplitInSight();
    // Presentation mode (F11) at this run's zoom.
    void lessonsPresent_data() { lessonsFit_data(); }
    void lessonsPresent();
    void presentationPages();
    void presentingAfterThemesZoomsEveryPanelAlike();
    void leavingRestoresTheWindow();
    void pageKeysCycleWhenPanelsDoNotFit();

private:
    QTemporaryDir m_home;
};

namespace {

using windowtesting::zoomPercent;

// The bottom of the text at `position` in the browser, in viewport pixels.
int bottomOf(QTextBrowser *browser, int position)
{
    QTextCursor cursor(browser->document());
    cursor.setPosition(position);
    return browser->cursorRect(cursor).bottom();
}

} // namespace

void TestWindowFits::initTestCase()
{
    windowtesting::useOwnSettings(m_home, QStringLiteral("tst_windowfits"));
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    qInfo("screen %dx%d at %d %%", screen.width(), screen.height(), zoomPercent());
}

void TestWindowFits::lessonsFit_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("language");
    for (const auto &entry : swb::course::LessonCatalog::all()) {
        for (const char *language : {"en", "zh_CN"}) {
            QTest::addRow("%s %s", qPrintable(entry.id), language)
                << entry.id << QString::fromLatin1(language);
        }
    }
}

void TestWindowFits::lessonsFit()
{
    QFETCH(QString, lesson);
    QFETCH(QString, language);
    windowtesting::QuietWindow shown(language, zoomPercent());
    MainWindow &window = shown.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openLesson(lesson).ok());
    swb::tests::settleLayouts();

    const QRect available = window.screen()->availableGeometry();
    const QStringList problems = LayoutChecker(available).check(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    if (available.size() != QSize(1366, 768) || zoomPercent() != 100)
        return;
    auto *browser = window.lessonPane()->findChild<QTextBrowser *>();
    QVERIFY(browser);
    QVERIFY(browser->isVisible());
    QCOMPARE(browser->verticalScrollBar()->value(), 0);
    const QString text = browser->document()->toPlainText();
    // The goal, then the self-check's last item (○ not yet, ✓ done).
    const int goal = int(text.indexOf(language == QLatin1String("en") ? QStringLiteral("Goal")
                                                                      : QStringLiteral("目标")));
    const int lastCheck = int(std::max(text.lastIndexOf(QChar(0x25cb)), text.lastIndexOf(QChar(0x2713))));
    QVERIFY2(goal >= 0 && lastCheck > goal, qPrintable(text.left(400)));
    const int viewport = browser->viewport()->height();
    QVERIFY2(bottomOf(browser, lastCheck) <= viewport,
             qPrintable(QStringLiteral("the self-check ends at %1 px, the lesson pane shows %2 px")
                            .arg(bottomOf(browser, lastCheck))
                            .arg(viewport)));
}

// "Why?" opens the error coach beside the lesson, never instead of it: both
// are in sight, and the window still fits.
void TestWindowFits::coachAndLessonBothReachable()
{
    windowtesting::QuietWindow shown(QStringLiteral("en"));
    MainWindow &window = shown.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openLesson(QStringLiteral("echo-prefix")).ok());
    window.menus()->showCoach->trigger();
    QCoreApplication::processEvents();
    auto *coach = window.findChild<QDockWidget *>(QStringLiteral("coach"));
    auto *lesson = window.findChild<QDockWidget *>(QStringLiteral("lesson"));
    QVERIFY(coach && lesson);
    const auto inSight = [&window](const QDockWidget *dock) {
        return dock->isVisible() && !dock->visibleRegion().isEmpty()
            && window.rect().contains(QRect(dock->mapTo(&window, QPoint()), dock->size()));
    };
    QTRY_VERIFY2(inSight(coach), "the error coach is not in sight");
    QVERIFY2(inSight(lesson), "the error coach hides the lesson");
    swb::tests::settleLayouts();
    const QStringList problems = LayoutChecker(window.screen()->availableGeometry()).check(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestWindowFits::rawHttpSplitInSight_data()
{
    windowtesting::addLanguageRows();
}

// The raw-http lesson in the window as it opens, after Send: the header/body
// split in plain sight on the smallest classroom screen and on a projector
// at 200 %.
void TestWindowFits::rawHttpSplitInSight()
{
    QFETCH(QString, language);
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    if (!(screen == QSize(1366, 768) && zoomPercent() == 100)
        && !(screen == QSize(1920, 1080) && zoomPercent() == 200))
        QSKIP("the split is promised at 1366x768 100 % and 1920x1080 200 %");
    windowtesting::QuietWindow shown(language, zoomPercent());
    MainWindow &window = shown.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openLesson(QStringLiteral("raw-http")).ok());
    swb::widgets::HttpPanel *http = nullptr;
    for (swb::widgets::Panel *panel : window.panels()->panels()) {
        if (auto *candidate = qobject_cast<swb::widgets::HttpPanel *>(panel))
            http = candidate;
    }
    QVERIFY(http);
    QVERIFY2(swb::tests::sendAndWait(http), qPrintable(http->statusText()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    const QStringList hidden = swb::tests::splitProblems(http);
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QLatin1Char('\n'))));
}

// F11 on every lesson: the chosen docks (the panels and the diagram) on the
// whole screen at this run's zoom, a few panels at a time when they do not
// all fit, each page passing the layout checker.
void TestWindowFits::lessonsPresent()
{
    QFETCH(QString, lesson);
    QFETCH(QString, language);
    windowtesting::QuietWindow shown(language);
    MainWindow &window = shown.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openLesson(lesson).ok());
    window.teaching()->presentation()->setZoomPercent(zoomPercent());
    window.menus()->presentation->trigger();
    swb::tests::settleLayouts();
    QVERIFY(window.teaching()->presentation()->isActive());
    QCOMPARE(window.teaching()->zoom()->percent(), zoomPercent());
    QVERIFY(dockNames(shownDocks(window)).contains(QStringLiteral("sequence")));
    checkEveryPage(window);
}

// Consecutive panels that fit side by side share a page; a panel wider than
// the room still gets a page of its own.
void TestWindowFits::presentationPages()
{
    using swb::app::PresentationLayout;
    using Pages = QList<QList<int>>;
    QCOMPARE(PresentationLayout::pages(1000, {}), Pages());
    QCOMPARE(PresentationLayout::pages(1000, {400, 400, 400, 900, 1200}),
             Pages({{0, 1}, {2}, {3}, {4}}));
    QCOMPARE(PresentationLayout::pages(1000, {300, 300, 300}), Pages({{0, 1, 2}}));
}

// A theme switch (a style sheet for high contrast, then none) before or while
// presenting: every widget in the docks on show is zoomed alike, none left at
// its 100 % size inside a zoomed panel.
void TestWindowFits::presentingAfterThemesZoomsEveryPanelAlike()
{
    windowtesting::QuietWindow shown(QStringLiteral("en"));
    MainWindow &window = shown.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openLesson(QStringLiteral("echo-prefix")).ok());
    swb::app::MainMenus *menus = window.menus();
    for (QAction *theme : {menus->highContrastTheme, menus->lightTheme, menus->darkTheme,
                           menus->highContrastTheme, menus->lightTheme}) {
        theme->trigger();
        swb::tests::settleLayouts();
    }
    QCOMPARE(window.teaching()->zoom()->percent(), 100);
    const QHash<QWidget *, double> before = fontSizes(window);
    QVERIFY(before.size() > 50);

    menus->presentation->trigger();
    swb::tests::settleLayouts();
    const double factor = swb::app::PresentationMode::defaultZoomPercent / 100.0;
    QStringList wrong = notScaled(window, before, factor);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    for (QAction *theme : {menus->highContrastTheme, menus->darkTheme}) {
        theme->trigger();
        swb::tests::settleLayouts();
        wrong = notScaled(window, before, factor);
        QVERIFY2(wrong.isEmpty(), qPrintable(theme->text() + QLatin1Char('\n')
                                             + wrong.join(QLatin1Char('\n'))));
    }
    menus->presentation->trigger();
    swb::tests::settleLayouts();
    wrong = notScaled(window, before, 1.0);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    menus->lightTheme->trigger();
}

// F11, a page on, a zoom step, Esc: the window is where and as it was, with
// the same docks in the same places, the same zoom, the bars back.
void TestWindowFits::leavingRestoresTheWindow()
{
    windowtesting::QuietWindow shown(QStringLiteral("zh_CN"), zoomPercent());
    MainWindow &window = shown.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openLesson(QStringLiteral("frontend-backend")).ok());
    window.menus()->showCoach->trigger();
    swb::tests::settleLayouts();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QRect geometry = window.geometry();
    const QHash<QString, DockPlace> places = dockPlaces(window);
    const QStringList visible = dockNames(shownDocks(window));
    QVERIFY(visible.contains(QStringLiteral("lesson")));
    QVERIFY(visible.contains(QStringLiteral("coach")));
    const auto *presentation = window.teaching()->presentation();

    for (const Qt::Key leave : {Qt::Key_F11, Qt::Key_Escape}) {
        QTest::keyClick(&window, Qt::Key_F11);
        swb::tests::settleLayouts();
        QVERIFY(presentation->isActive());
        QVERIFY(!window.menuBar()->isVisible());
        QTest::keyClick(&window, Qt::Key_PageDown);
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        swb::tests::settleLayouts();
        QTest::keyClick(&window, leave);
        swb::tests::settleLayouts();
        QVERIFY(!presentation->isActive());
        QCOMPARE(window.geometry(), geometry);
        QCOMPARE(window.teaching()->zoom()->percent(), zoomPercent());
        QCOMPARE(dockNames(shownDocks(window)), visible);
        const QStringList wrong = moved(places, dockPlaces(window));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QVERIFY(window.menuBar()->isVisible());
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(window.centralWidget()->isVisible());
    }
    // Outside presentation the page keys and Esc are the panels' own.
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!presentation->isActive());
}

// More panels than fit side by side: a few at a time, Page Down and Page Up
// step through them round and round, and a small label says which page.
void TestWindowFits::pageKeysCycleWhenPanelsDoNotFit()
{
    QSettings().clear();
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.setQuiet(true);
    window.teaching()->zoom()->setPercent(zoomPercent());
    for (int i = 0; i < 6; ++i)
        window.panels()->addPanel(swb::course::PanelType::TcpClient);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *presentation = window.teaching()->presentation();
    presentation->setZoomPercent(zoomPercent());
    QTest::keyClick(&window, Qt::Key_F11);
    swb::tests::settleLayouts();
    const int pages = presentation->pageCount();
    QVERIFY2(pages > 1, "six panels fit side by side: make the test add more");
    auto *indicator = window.findChild<QLabel *>(QStringLiteral("presentationPage"));
    QVERIFY(indicator && indicator->isVisible());
    QVERIFY2(indicator->text().startsWith(QStringLiteral("1 / %1").arg(pages)),
             qPrintable(indicator->text()));

    const auto panelsShown = [&window] {
        QStringList names = dockNames(shownDocks(window));
        names.removeIf([](const QString &n) { return !n.startsWith(QLatin1String("panel-")); });
        return names;
    };
    const QStringList first = panelsShown();
    QVERIFY(!first.isEmpty());
    QTest::keyClick(&window, Qt::Key_PageDown);
    swb::tests::settleLayouts();
    QCOMPARE(presentation->page(), 1);
    QVERIFY2(indicator->text().startsWith(QStringLiteral("2 / %1").arg(pages)),
             qPrintable(indicator->text()));
    const QStringList second = panelsShown();
    QVERIFY(!second.isEmpty());
    for (const QString &name : second)
        QVERIFY2(!first.contains(name), qPrintable(name + QStringLiteral(" is on two pages")));
    QTest::keyClick(&window, Qt::Key_PageUp);
    swb::tests::settleLayouts();
    QCOMPARE(presentation->page(), 0);
    QCOMPARE(panelsShown(), first);
    QTest::keyClick(&window, Qt::Key_PageUp);
    swb::tests::settleLayouts();
    QCOMPARE(presentation->page(), pages - 1);
    QTest::keyClick(&window, Qt::Key_PageDown);
    swb::tests::settleLayouts();
    QCOMPARE(presentation->page(), 0);
    checkEveryPage(window);

    QTest::keyClick(&window, Qt::Key_F11);
    swb::tests::settleLayouts();
    QVERIFY(!indicator->isVisible());
    QCOMPARE(panelsShown().size(), qsizetype(6));
}

int main(int argc, char *argv[])
{
    return windowtesting::runOnClassroomScreen<TestWindowFits>(argc, argv);
}

#include "tst_windowfits.moc"
