#pragma once

// What the main-window tests share: settings of their own, and a window
// opened the way the app opens it.

#include "app/languagemanager.h"
#include "app/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

// Before the QApplication: the offscreen platform gets one screen of `size`
// ("1366x768") from a file that lives as long as this object.
class ClassroomScreen final
{
public:
    explicit ClassroomScreen(const QByteArray &size)
        : m_config(QDir::temp().filePath(QStringLiteral("swb-screen-%1-%2.json")
                                             .arg(QString::fromLatin1(size))
                                             .arg(QCoreApplication::applicationPid())))
    {
        const QList<QByteArray> parts = size.split('x');
        QFile file(m_config);
        if (!file.open(QIODevice::WriteOnly))
            return; // the default offscreen screen then
        file.write(QByteArrayLiteral("{\"screens\": [{\"name\": \"classroom\", \"x\": 0, \"y\": 0, ")
                   + "\"width\": " + parts.value(0) + ", \"height\": " + parts.value(1)
                   + ", \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}");
        file.close();
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen:configfile=") + m_config.toLocal8Bit());
    }
    ~ClassroomScreen() { QFile::remove(m_config); }
    ClassroomScreen(const ClassroomScreen &) = delete;
    ClassroomScreen &operator=(const ClassroomScreen &) = delete;

private:
    QString m_config;
};

} // namespace windowtesting
