#pragma once

// What the tests of the real executable share: a home of their own (config
// and a private runtime folder) and how a finished run is described.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace appprocesstesting {

// config/ and run/ (mode 0700, as XDG_RUNTIME_DIR must be) inside home.
inline bool prepareHome(const QTemporaryDir &home)
{
    const QString run = home.filePath(QStringLiteral("run"));
    return home.isValid() && QDir(home.path()).mkpath(QStringLiteral("config"))
        && QDir(home.path()).mkpath(QStringLiteral("run"))
        && QFile::setPermissions(run, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner);
}

// Offscreen, with the home's settings and runtime folder, never the user's.
inline void useHome(QProcess &app, const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    app.setProcessEnvironment(env);
    app.setWorkingDirectory(home.path());
}

inline QString describe(QProcess &process)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(process.exitCode())
        .arg(QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()));
}

} // namespace appprocesstesting
