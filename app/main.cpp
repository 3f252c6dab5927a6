#include "app/commandline.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/qtoptions.h"
#include "app/quitsignals.h"
#include "app/sessionrecovery.h"
#include "app/teachingtools.h"
#include "app/traffictools.h"
#include "app/windowregistry.h"
#include "app/zoomcontroller.h"
#include "net/platform/descriptorlimit.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // A server panel with a thousand clients needs a thousand descriptors.
    swb::net::DescriptorLimit::system().raiseToMaximum();
    QCoreApplication::setOrganizationName(QStringLiteral("SocketWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("socket-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWB_VERSION));

    // Options are read before any window exists: --help and --list-lessons need no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    arguments = swb::app::QtOptions::withoutQtOptions(arguments);
    // The language comes first, so help and option errors are in it too.
    const QString language = swb::app::LanguageManager::startLanguage(arguments);
    auto parsed = swb::app::CommandLine::parse(arguments);
    if (!parsed || parsed->outcome == swb::app::CommandLine::Outcome::ExitSuccess) {
        // Translators need an application object; a console one needs no display.
        QCoreApplication console(argc, argv);
        swb::app::LanguageManager consoleLanguage;
        consoleLanguage.setLanguage(language);
        parsed = swb::app::CommandLine::parse(arguments);
        if (!parsed) {
            std::fputs(parsed.message().toLocal8Bit().constData(), stderr);
            return 2;
        }
        std::fputs(parsed->output.toLocal8Bit().constData(), stdout);
        return 0;
    }
    const swb::app::CommandLineOptions &options = parsed->options;

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("socket-workbench"));
    // SIGTERM (logout, kill, systemd) ends the session as File > Quit does, not as a crash.
    swb::app::QuitSignals quitSignals;
    QObject::connect(&quitSignals, &swb::app::QuitSignals::quitRequested, &app, [] {
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    });

    swb::app::LanguageManager languages; // also names the application in that language
    languages.setLanguage(language);

    // File > New window makes more; the first is the one the options apply to.
    swb::app::WindowRegistry windows(&languages);
    swb::app::MainWindow &window = *windows.createWindow();
    if (options.zoomPercent > 0)
        window.teaching()->zoom()->setPercent(options.zoomPercent);
    const bool scripted = options.quitAfterSeconds >= 0;
    window.setQuiet(scripted);
    window.setSaveTrafficOnQuit(options.saveTraffic);
    int status = 0;
    // A crashed session's workspace wins over the last clean one; what the
    // command line asks for wins over both, and the crashed copy is kept for later.
    swb::app::SessionRecovery recovery(&window);
    QObject::connect(&windows, &swb::app::WindowRegistry::windowsChanged, &recovery,
                     [&] { recovery.follow(windows.first()); });
    std::optional<swb::app::SessionRecovery::Crashed> crashed;
    if (!options.workspace.isEmpty()) {
        window.show(); // a saved layout is checked against where its docks land
        if (!window.openWorkspaceFile(options.workspace) && scripted)
            status = 2;
    } else if (options.lesson.isEmpty()) {
        crashed = recovery.take();
        if (crashed)
            window.recoverWorkspace(crashed->workspace);
        else
            window.restoreSession();
    }
    if (!options.lesson.isEmpty())
        (void)window.openLesson(options.lesson);
    window.show();
    if (!options.trafficFile.isEmpty()) {
        window.trafficTools()->setQuiet(scripted);
        if (!window.trafficTools()->openTrafficFile(options.trafficFile).ok() && scripted)
            status = 2;
    }

    // Looked for before start(): a marker with our own PID is a previous life until then.
    const auto kept = crashed ? std::nullopt : recovery.findCrashed();
    recovery.start();
    if (crashed) {
        window.showNotice(swb::app::SessionRecovery::recoveredTitle(),
                          swb::app::SessionRecovery::recoveredMessage(*crashed));
    } else if (kept && !kept->noticeShown) {
        // Once per crashed session: its files stay for a later plain start to recover.
        window.showNotice(swb::app::SessionRecovery::keptTitle(),
                          swb::app::SessionRecovery::keptMessage(*kept));
        recovery.markNoticeShown(*kept);
    }

    if (scripted) {
        QTimer::singleShot(options.quitAfterSeconds * 1000, &windows,
                           &swb::app::WindowRegistry::closeAll);
    }
    const int code = app.exec();
    recovery.finish();
    return status != 0 ? status : code;
}
