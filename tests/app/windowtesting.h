#pragma once

// What the main-window tests share: settings of their own, and a window
// opened the way the app opens it.

#include "app/languagemanager.h"
#include "app/mainwindow.h"

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

} // namespace windowtesting
