#pragma once

// What the tests of the real executable share: a home of their own (config
// and a private runtime folder), how a finished run is described, and the
// echo-prefix lesson that several of them run.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTcpServer>
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

const QString EchoLessonHost = QStringLiteral("127.0.0.1");
constexpr quint16 EchoLessonPort = 8003; // fixed by the echo-prefix exercise

// Empty when the echo-prefix lesson can listen; otherwise why not, for a QSKIP.
inline QString lessonPortBusy()
{
    QTcpServer probe;
    if (probe.listen(QHostAddress(EchoLessonHost), EchoLessonPort))
        return QString();
    return QStringLiteral("127.0.0.1:%1 is busy on this machine (%2); "
                          "the echo-prefix lesson needs it")
        .arg(EchoLessonPort)
        .arg(probe.errorString());
}

// Opens the echo-prefix lesson in English and records its traffic to out;
// --quit-after bounds a run that goes wrong.
inline QStringList echoLessonArguments(const QString &out, int quitAfterSeconds)
{
    return {QStringLiteral("--lang"),       QStringLiteral("en"),
            QStringLiteral("--lesson"),     QStringLiteral("echo-prefix"),
            QStringLiteral("--quit-after"), QString::number(quitAfterSeconds),
            QStringLiteral("--save-traffic"), out};
}

} // namespace appprocesstesting
