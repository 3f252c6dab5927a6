#include "app/languagemanager.h"
#include "app/mainmenus.h"
#include "app/mainwindow.h"
#include "app/panelmanager.h"
#include "app/sessionrecovery.h"
#include "app/teachingtools.h"
#include "app/traffictools.h"
#include "app/workspacechoice.h"
#include "app/zoomcontroller.h"
#include "tests/app/classroomscreen.h"
#include "tests/app/windowtesting.h"
#include "tests/widgets/layoutchecker.h"
#include "widgets/common/panel.h"
#include "widgets/stream/behavioureditor.h"
#include "widgets/stream/socketpathedit.h"
#include "widgets/teaching/pythonview.h"
#include "widgets/teaching/replaywindow.h"
#include "widgets/traffic/trafficsessionwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

#include <functional>
#include <memory>

using swb::app::LanguageManager;
using swb::app::MainWindow;
using swb::tests::LayoutChecker;
using windowtesting::zoomPercent;

// Every dialog and extra window the app opens, opened the way the user opens
// them (the menus' actions, a panel's buttons), on the classroom screen this
// run is given (SWB_SCREEN at SWB_ZOOM percent), in English and Chinese,
// through the layout checker. Qt's own file dialogs are only held to the
// screen's size: their insides are Qt's.
class TestDialogs final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void languages_data();
    void menuDialogsFit_data() { languages_data(); }
    void menuDialogsFit();
    void workspaceChoiceFits_data() { languages_data(); }
    void workspaceChoiceFits();
    void messagesFit_data() { languages_data(); }
    void messagesFit();
    void windowsFit_data() { languages_data(); }
    void windowsFit();
    void fileDialogsFitTheScreen_data() { languages_data(); }
    void fileDialogsFitTheScreen();

private:
    enum class Check { Everything, SizeOnly };
    void openWindow(const QString &language);
    QRect available() const { return m_window->screen()->availableGeometry(); }
    QStringList check(QWidget *window, Check what) const;
    // Runs trigger, which opens a modal dialog (and waits for it, or not);
    // checks the dialog once it is up, then closes it (or hands it to answer).
    QStringList checkModal(const std::function<void()> &trigger, Check what,
                           const std::function<void(QWidget *)> &answer = {});
    QStringList checkWindow(const QString &objectName);

    QTemporaryDir m_home;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

QString joined(const QStringList &problems)
{
    return problems.join(QLatin1Char('\n'));
}

// The top-level window with that object name, shown.
QWidget *shownWindow(const QString &objectName)
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible() && top->objectName() == objectName)
            return top;
    }
    return nullptr;
}

} // namespace

void TestDialogs::initTestCase()
{
    windowtesting::useOwnSettings(m_home, QStringLiteral("tst_dialogs"));
}

void TestDialogs::languages_data()
{
    windowtesting::addLanguageRows();
}

void TestDialogs::openWindow(const QString &language)
{
    windowtesting::openFittedWindow(m_languages, m_window, language, zoomPercent());
}

QStringList TestDialogs::check(QWidget *window, Check what) const
{
    swb::tests::settleLayouts();
    QStringList found;
    const QString title = window->windowTitle();
    for (const QString &problem : LayoutChecker(available()).check(window)) {
        if (what == Check::Everything || problem.startsWith(QLatin1String("window ")))
            found << QStringLiteral("[%1] %2").arg(title, problem);
    }
    // Wholly on the screen, not only small enough for it.
    if (!available().contains(window->frameGeometry())) {
        found << QStringLiteral("[%1] runs off the screen: %2")
                     .arg(title, LayoutChecker::rectText(window->frameGeometry()));
    }
    return found;
}

QStringList TestDialogs::checkModal(const std::function<void()> &trigger, Check what,
                                    const std::function<void(QWidget *)> &answer)
{
    QStringList found;
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal == m_window.get())
            return;
        poll.stop();
        seen = true;
        found = check(modal, what);
        if (answer)
            answer(modal);
        else if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    poll.start();
    trigger();
    if (!QTest::qWaitFor([&seen] { return seen; }, 10000))
        found << QStringLiteral("no dialog opened");
    return found;
}

QStringList TestDialogs::checkWindow(const QString &objectName)
{
    QWidget *window = nullptr;
    if (!QTest::qWaitFor([&] { return (window = shownWindow(objectName)) != nullptr; }, 10000))
        return {QStringLiteral("no window %1 opened").arg(objectName)};
    if (!QTest::qWaitForWindowExposed(window))
        return {QStringLiteral("window %1 not exposed").arg(objectName)};
    const QStringList found = check(window, Check::Everything);
    window->close();
    return found;
}

// About, Rename panel and the memory limit: modal, from the menus.
void TestDialogs::menuDialogsFit()
{
    QFETCH(QString, language);
    openWindow(language);
    swb::app::MainMenus *menus = m_window->menus();
    QStringList found = checkModal([menus] { menus->about->trigger(); }, Check::Everything);
    QVERIFY2(found.isEmpty(), qPrintable(joined(found)));

    menus->addServer->trigger();
    QVERIFY(m_window->panels()->currentPanel());
    found = checkModal([menus] { menus->renamePanel->trigger(); }, Check::Everything);
    QVERIFY2(found.isEmpty(), qPrintable(joined(found)));

    // Its text wraps; what is typed still becomes the limit.
    found = checkModal([menus] { menus->memoryLimit->trigger(); }, Check::Everything,
                       [](QWidget *modal) {
                           auto *dialog = qobject_cast<QInputDialog *>(modal);
                           QVERIFY(dialog);
                           dialog->setIntValue(128);
                           dialog->accept();
                       });
    QVERIFY2(found.isEmpty(), qPrintable(joined(found)));
    QCOMPARE(swb::app::TrafficTools::memoryLimitMiB(), 128);
}

// A lesson opened over panels asks Replace / New window / Cancel; Cancel keeps the panels.
void TestDialogs::workspaceChoiceFits()
{
    QFETCH(QString, language);
    openWindow(language);
    m_window->menus()->addServer->trigger();
    m_window->setQuiet(false);
    MainWindow *window = m_window.get();
    const QStringList found = checkModal(
        [window] { (void)window->openLesson(QStringLiteral("echo-prefix")); }, Check::Everything);
    m_window->setQuiet(true);
    QVERIFY2(found.isEmpty(), qPrintable(joined(found)));
    QCOMPARE(m_window->panels()->panels().size(), 1);
}

// A problem (a workspace file that cannot be read) and the recovery notice.
void TestDialogs::messagesFit()
{
    QFETCH(QString, language);
    openWindow(language);
    m_window->setQuiet(false);
    MainWindow *window = m_window.get();
    const QString missing = m_home.filePath(QStringLiteral("no such folder/workspace.json"));
    QStringList found = checkModal([window, missing] { (void)window->openWorkspaceFile(missing); },
                                   Check::Everything);
    QVERIFY2(found.isEmpty(), qPrintable(joined(found)));

    swb::app::SessionRecovery::Crashed crashed;
    crashed.recording = m_home.filePath(QStringLiteral("a long folder name/traffic.jsonl"));
    found = checkModal(
        [window, &crashed] {
            window->showNotice(swb::app::SessionRecovery::keptTitle(),
                               swb::app::SessionRecovery::keptMessage(crashed));
        },
        Check::Everything);
    m_window->setQuiet(true);
    QVERIFY2(found.isEmpty(), qPrintable(joined(found)));
}

// The windows of their own: Show as Python, the replay window, a traffic file.
void TestDialogs::windowsFit()
{
    QFETCH(QString, language);
    openWindow(language);
    swb::app::MainMenus *menus = m_window->menus();
    menus->addClient->trigger();
    QVERIFY(m_window->panels()->currentPanel());
    menus->showAsPython->trigger();
    QStringList found = checkWindow(QStringLiteral("PythonView"));
    QVERIFY2(found.isEmpty(), qPrintable(joined(found)));

    menus->replayCapture->trigger();
    found = checkWindow(QStringLiteral("ReplayWindow"));
    QVERIFY2(found.isEmpty(), qPrintable(joined(found)));

    // File ▸ Open traffic file with a file picked (its dialog: fileDialogsFitTheScreen).
    const QString path = m_home.filePath(QStringLiteral("traffic.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const swb::Result<void> opened = m_window->trafficTools()->openTrafficFile(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QVERIFY(m_window->trafficTools()->lastSession());
    m_window->trafficTools()->lastSession()->setObjectName(QStringLiteral("trafficSession"));
    found = checkWindow(QStringLiteral("trafficSession"));
    QVERIFY2(found.isEmpty(), qPrintable(joined(found)));
}

// Qt's own file dialogs, from every action and button that opens one.
void TestDialogs::fileDialogsFitTheScreen()
{
    QFETCH(QString, language);
    openWindow(language);
    swb::app::MainMenus *menus = m_window->menus();
    menus->addLocalServer->trigger();
    const QList<QAction *> actions{menus->openWorkspace, menus->saveWorkspace,
                                   menus->exportTraffic, menus->openTraffic,
                                   menus->recordTraffic, menus->saveScreenshot,
                                   menus->exportDiagram, menus->replayFile};
    for (QAction *action : actions) {
        const QStringList found =
            checkModal([action] { action->trigger(); }, Check::SizeOnly);
        QVERIFY2(found.isEmpty(), qPrintable(action->text() + QLatin1Char('\n') + joined(found)));
        if (QWidget *replay = shownWindow(QStringLiteral("ReplayWindow")))
            replay->close();
    }
    // The local server panel's Browse… for the socket file.
    auto *path = m_window->findChild<swb::widgets::SocketPathEdit *>();
    QVERIFY(path);
    auto *browse = path->findChild<QPushButton *>();
    QVERIFY(browse);
    QStringList found = checkModal([browse] { browse->click(); }, Check::SizeOnly);
    QVERIFY2(found.isEmpty(), qPrintable(joined(found)));

    // A TCP server's "Append received bytes to:" Browse….
    menus->addServer->trigger();
    auto *editor = m_window->panels()->currentPanel()->findChild<swb::widgets::BehaviourEditor *>();
    QVERIFY(editor);
    const QString appendText = swb::widgets::BehaviourEditor::tr("Append received bytes to:");
    QCheckBox *append = nullptr;
    for (QCheckBox *box : editor->findChildren<QCheckBox *>()) {
        if (box->text() == appendText)
            append = box;
    }
    QVERIFY(append);
    append->click();
    auto *appendBrowse = editor->findChild<QPushButton *>();
    QVERIFY(appendBrowse && appendBrowse->isEnabled());
    found = checkModal([appendBrowse] { appendBrowse->click(); }, Check::SizeOnly);
    QVERIFY2(found.isEmpty(), qPrintable(joined(found)));
}

int main(int argc, char *argv[])
{
    return windowtesting::runOnClassroomScreen<TestDialogs>(argc, argv);
}

#include "tst_dialogs.moc"
