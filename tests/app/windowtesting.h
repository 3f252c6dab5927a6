#pragma once

// What the main-window tests share: settings of their own, and a window
// opened the way the app opens it.

#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/teachingtools.h"
#include "app/zoomcontroller.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace windowtesting {

// Before any QSettings exists: the user's real settings are never read or written.
inline void useOwnSettings(const QTemporaryDir &folder, const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString config = folder.filePath(QStringLiteral("config"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
    QCoreApplication::setOrganizationName(QStringLiteral("SocketWorkbenchTest"));
    QCoreApplication::setApplicationName(application);
}

// Clean settings, English, a quiet window (no dialogs) of 1400 × 900, shown.
inline void openWindow(std::unique_ptr<swb::app::LanguageManager> &languages,
                       std::unique_ptr<swb::app::MainWindow> &window)
{
    QSettings().clear();
    languages = std::make_unique<swb::app::LanguageManager>();
    languages->setLanguage(QStringLiteral("en"));
    window = std::make_unique<swb::app::MainWindow>(languages.get());
    window->setQuiet(true);
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
}

// A quiet window in `language` at `zoomPercent` on clean settings, shown;
// the test waits for it to be exposed.
struct QuietWindow
{
    // The language comes first, as `--lang` does: the window is built in it.
    struct Language
    {
        explicit Language(const QString &language)
        {
            QSettings().clear();
            manager.setLanguage(language);
        }
        swb::app::LanguageManager manager;
    };

    explicit QuietWindow(const QString &language, int zoomPercent = 100)
        : languages(language)
        , window(&languages.manager)
    {
        window.setQuiet(true);
        window.teaching()->zoom()->setPercent(zoomPercent);
        window.show();
    }

    Language languages;
    swb::app::MainWindow window;
};

// A data table of the two UI languages, column "language".
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// Clean settings, a quiet window in `language` at `zoomPercent`, shown and
// fitted to the screen the test runs on.
inline void openFittedWindow(std::unique_ptr<swb::app::LanguageManager> &languages,
                             std::unique_ptr<swb::app::MainWindow> &window,
                             const QString &language, int zoomPercent)
{
    window.reset();
    QSettings().clear();
    languages = std::make_unique<swb::app::LanguageManager>();
    languages->setLanguage(language);
    window = std::make_unique<swb::app::MainWindow>(languages.get());
    window->setQuiet(true);
    window->teaching()->zoom()->setPercent(zoomPercent);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->fitToScreen();
    QCoreApplication::processEvents();
}

} // namespace windowtesting
