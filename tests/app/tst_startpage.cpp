#include "app/helptopics.h"
#include "app/languagemanager.h"
#include "app/lessonsidebar.h"
#include "app/mainmenus.h"
#include "app/mainwindow.h"
#include "app/panelmanager.h"
#include "app/startpagehost.h"
#include "app/teachingtools.h"
#include "app/zoomcontroller.h"
#include "course/lessons/lessoncatalog.h"
#include "course/lessons/lessonguide.h"
#include "tests/app/classroomscreen.h"
#include "tests/app/windowtesting.h"
#include "tests/widgets/layoutchecker.h"
#include "widgets/common/actiontext.h"
#include "widgets/common/helpdialog.h"
#include "widgets/common/verticalbutton.h"
#include "widgets/teaching/lessonpane.h"
#include "widgets/teaching/startpage.h"
#include "widgets/traffic/trafficpane.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QScreen>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using swb::app::LanguageManager;
using swb::app::MainWindow;
using windowtesting::zoomPercent;
using swb::tests::LayoutChecker;

// The window with nothing open, Help's dialogs and the collapsed lesson pane,
// on the classroom screen this run is given (SWB_SCREEN at SWB_ZOOM percent),
// in English and Chinese: what they show, what clicking does, and that the
// layout checker finds nothing wrong with them.
class TestStartPage final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void languages_data();
    void startPageListsEverything_data() { languages_data(); }
    void startPageListsEverything();
    void startPageFollowsWhatIsOpen();
    void helpDialogsFit_data() { languages_data(); }
    void helpDialogsFit();
    void lessonCollapsesToSideBar_data() { languages_data(); }
    void lessonCollapsesToSideBar();

private:
    void openWindow(const QString &language);
    QStringList problems(QWidget *window, const QStringList &ours) const;

    QTemporaryDir m_home;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

QString otherLanguage(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

// The href of the link whose text is text, as a click would follow it.
QUrl linkFor(QTextBrowser *browser, const QString &text)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && fragment.text() == text)
                return QUrl(fragment.charFormat().anchorHref());
        }
    }
    return QUrl();
}

QString lessonTitle(const QString &id, const QString &language)
{
    if (id == swb::course::LessonGuides::portsTableId())
        return swb::course::LessonInfo::pick(swb::course::LessonGuides::find(id)->title, language);
    return swb::course::LessonInfo::pick(swb::course::LessonCatalog::find(id)->lesson->title,
                                         language);
}

// The right edge of the panels' docks: how much width they have.
int panelsRight(MainWindow &window)
{
    int right = 0;
    for (QDockWidget *dock : window.panels()->docks()) {
        if (dock->isVisible() && !dock->visibleRegion().isEmpty())
            right = std::max(right, dock->geometry().right());
    }
    return right;
}

} // namespace

void TestStartPage::initTestCase()
{
    windowtesting::useOwnSettings(m_home, QStringLiteral("tst_startpage"));
}

void TestStartPage::languages_data()
{
    windowtesting::addLanguageRows();
}

void TestStartPage::openWindow(const QString &language)
{
    windowtesting::openFittedWindow(m_languages, m_window, language, zoomPercent());
}

// The window's and the docks' problems (what makes the window unusable
// whatever the panels show inside), and every problem of the widgets named in ours.
QStringList TestStartPage::problems(QWidget *window, const QStringList &ours) const
{
    QStringList found;
    for (const QString &p : LayoutChecker(window->screen()->availableGeometry()).check(window)) {
        const bool mine = std::any_of(ours.cbegin(), ours.cend(),
                                      [&p](const QString &name) { return p.contains(name); });
        if (mine || p.startsWith(QLatin1String("window ")) || p.startsWith(QLatin1String("QDockWidget")))
            found << p;
    }
    return found;
}

void TestStartPage::startPageListsEverything()
{
    QFETCH(QString, language);
    openWindow(language);
    MainWindow &window = *m_window;
    QVERIFY(window.startPage()->isShowingStartPage());
    auto *browser = window.findChild<QTextBrowser *>(QStringLiteral("startPageText"));
    QVERIFY(browser && browser->isVisible());
    const QStringList found = problems(&window, {QStringLiteral("startPage")});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    // Every lesson and the ports view, each a link, with its goal under it.
    QStringList ids;
    for (const auto &entry : swb::course::LessonCatalog::all())
        ids << entry.id;
    QCOMPARE(ids.size(), 17);
    ids << swb::course::LessonGuides::portsTableId();
    const QString text = browser->toPlainText();
    for (const QString &id : std::as_const(ids)) {
        const QUrl link = linkFor(browser, lessonTitle(id, language));
        QVERIFY2(link.path() == id, qPrintable(id + QStringLiteral(": ") + link.toString()));
    }
    QCOMPARE(text.count(language == QLatin1String("en") ? QStringLiteral("Goal:")
                                                        : QStringLiteral("目标：")),
             17);
    // The menus' own words, shortcuts included.
    QVERIFY(text.contains(QStringLiteral("(Ctrl+O)")));
    QVERIFY(!linkFor(browser, swb::widgets::ActionText::plain(window.menus()->addHttp)).isEmpty());

    // Another language at run time: the page follows.
    const QString other = otherLanguage(language);
    m_languages->setLanguage(other);
    QTRY_VERIFY(!linkFor(browser, lessonTitle(QStringLiteral("echo-prefix"), other)).isEmpty());
    QTRY_VERIFY(
        !linkFor(browser, swb::widgets::ActionText::plain(window.menus()->openWorkspace)).isEmpty());
    QCoreApplication::processEvents();
    const QStringList after = problems(&window, {QStringLiteral("startPage")});
    QVERIFY2(after.isEmpty(), qPrintable(after.join(QLatin1Char('\n'))));
}

// Clicking does what the menu does; the page goes when something is open and
// comes back when everything is closed.
void TestStartPage::startPageFollowsWhatIsOpen()
{
    openWindow(QStringLiteral("en"));
    MainWindow &window = *m_window;
    auto *browser = window.findChild<QTextBrowser *>(QStringLiteral("startPageText"));
    QVERIFY(browser);
    QSignalSpy added(window.menus()->addServer, &QAction::triggered);
    emit browser->anchorClicked(linkFor(browser, QStringLiteral("Add TCP server")));
    QCOMPARE(added.count(), 1);
    QCOMPARE(window.panels()->panels().size(), 1);
    QTRY_VERIFY(!window.startPage()->isShowingStartPage());
    QVERIFY(window.trafficPane()->isVisible());

    window.menus()->closePanel->trigger();
    QCOMPARE(window.panels()->panels().size(), 0);
    QTRY_VERIFY(window.startPage()->isShowingStartPage());

    // The ports view is a lesson with no ports of its own; New workspace closes it.
    emit browser->anchorClicked(linkFor(browser, lessonTitle(QStringLiteral("ports-table"), QStringLiteral("en"))));
    QVERIFY(window.lessonPane()->isShowingPortsTable());
    QTRY_VERIFY(!window.startPage()->isShowingStartPage());
    window.menus()->newWorkspace->trigger();
    QTRY_VERIFY(window.startPage()->isShowingStartPage());
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("lesson"))->isHidden());

    // The Open workspace link names the menu's action (not triggered here: a file dialog).
    window.startPage()->page()->disconnect(window.startPage());
    QSignalSpy chosen(window.startPage()->page(), &swb::widgets::StartPage::actionChosen);
    emit browser->anchorClicked(linkFor(browser, QStringLiteral("Open workspace\u2026")));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).value<QAction *>(), window.menus()->openWorkspace);
}

void TestStartPage::helpDialogsFit()
{
    QFETCH(QString, language);
    openWindow(language);
    MainWindow &window = *m_window;
    swb::app::HelpTopics *help = window.help();
    QCOMPARE(help->gettingStartedAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    const QRect available = window.screen()->availableGeometry();

    swb::widgets::HelpDialog *guide = help->showGettingStarted();
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    QStringList found = LayoutChecker(available).check(guide);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY(guide->html().contains(language == QLatin1String("en") ? QStringLiteral("Getting started")
                                                                   : QStringLiteral("入门")));
    guide->close();

    swb::widgets::HelpDialog *keys = help->showShortcuts();
    QVERIFY(QTest::qWaitForWindowExposed(keys));
    found = LayoutChecker(available).check(keys);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    // Every action with a shortcut, in the menus' words.
    auto *text = keys->findChild<QTextBrowser *>(QStringLiteral("helpText"));
    QVERIFY(text);
    const QString plain = text->toPlainText();
    int listed = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        const QList<QObject *> users = action->associatedObjects();
        const bool inMenu = std::any_of(users.cbegin(), users.cend(), [](const QObject *user) {
            return qobject_cast<const QMenu *>(user) != nullptr;
        });
        if (action->shortcut().isEmpty() || !inMenu)
            continue;
        ++listed;
        QVERIFY2(plain.contains(swb::widgets::ActionText::plain(action)),
                 qPrintable(action->text()));
        QVERIFY2(plain.contains(action->shortcut().toString(QKeySequence::NativeText)),
                 qPrintable(action->text()));
    }
    QVERIFY(listed >= 20);
    QVERIFY(plain.contains(QStringLiteral("F9")));

    // Open while the language changes: written again in the new one.
    m_languages->setLanguage(otherLanguage(language));
    const QString openText = swb::widgets::ActionText::plain(window.menus()->openWorkspace);
    QTRY_VERIFY(text->toPlainText() != plain);
    QTRY_VERIFY2(text->toPlainText().contains(
                     swb::widgets::ActionText::plain(window.menus()->openWorkspace)),
                 qPrintable(openText));
    found = LayoutChecker(available).check(keys);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    keys->close();
}

void TestStartPage::lessonCollapsesToSideBar()
{
    QFETCH(QString, language);
    openWindow(language);
    MainWindow &window = *m_window;
    QVERIFY(window.openLesson(QStringLiteral("echo-prefix")).ok());
    QTRY_VERIFY(!window.startPage()->isShowingStartPage());
    QCoreApplication::processEvents();
    auto *lesson = window.findChild<QDockWidget *>(QStringLiteral("lesson"));
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("lessonSideBar"));
    auto *expand = window.findChild<swb::widgets::VerticalButton *>(QStringLiteral("expandLesson"));
    auto *collapse = window.findChild<QToolButton *>(QStringLiteral("collapseLessonButton"));
    QVERIFY(lesson && bar && expand && collapse);
    QVERIFY(lesson->isVisible() && collapse->isVisible() && !bar->isVisible());
    const QStringList ours{QStringLiteral("lesson"), QStringLiteral("expandLesson")};
    QStringList found = problems(&window, ours);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    const int before = panelsRight(window);

    // One click on the dock's title bar: a bar at the right edge with the title.
    QTest::mouseClick(collapse, Qt::LeftButton);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(lesson->isHidden());
    QVERIFY(window.lessonSideBar()->collapseAction()->isChecked());
    QVERIFY(expand->text().contains(lessonTitle(QStringLiteral("echo-prefix"), language)));
    QCoreApplication::processEvents();
    QVERIFY2(bar->geometry().right() >= window.width() - 2 && bar->width() < window.width() / 10,
             qPrintable(QStringLiteral("bar at %1, %2 wide, window %3")
                            .arg(bar->x()).arg(bar->width()).arg(window.width())));
    QVERIFY2(panelsRight(window) > before,
             qPrintable(QStringLiteral("panels end at %1, before %2").arg(panelsRight(window)).arg(before)));
    found = problems(&window, ours);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    const int collapsedRight = panelsRight(window);

    // F9 brings it back, with its goal.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F9);
    QTRY_VERIFY(lesson->isVisible());
    QVERIFY(!bar->isVisible());
    auto *browser = window.lessonPane()->findChild<QTextBrowser *>();
    QVERIFY(browser->toPlainText().contains(language == QLatin1String("en") ? QStringLiteral("Goal")
                                                                             : QStringLiteral("目标")));
    QTRY_VERIFY(panelsRight(window) < collapsedRight);

    // The View menu's action and the bar's button do the same.
    QVERIFY(window.menus()->viewMenu->actions().contains(window.lessonSideBar()->collapseAction()));
    window.lessonSideBar()->collapseAction()->trigger();
    QTRY_VERIFY(bar->isVisible());
    m_languages->setLanguage(otherLanguage(language));
    QTRY_VERIFY(expand->text().contains(lessonTitle(QStringLiteral("echo-prefix"), otherLanguage(language))));
    QTest::mouseClick(expand, Qt::LeftButton);
    QTRY_VERIFY(lesson->isVisible());
    QVERIFY(!window.lessonSideBar()->collapseAction()->isChecked());
    QCoreApplication::processEvents();
    found = problems(&window, ours);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

int main(int argc, char *argv[])
{
    return windowtesting::runOnClassroomScreen<TestStartPage>(argc, argv);
}

#include "tst_startpage.moc"
