#pragma once

// The course layer's fixtures: the lesson catalog, python3 and a folder for
// the scripts it runs, the panels those scripts are generated from, and a
// finished script's outcome.

#include "course/lessons/lessoncatalog.h"
#include "course/lessons/workspace.h"
#include "net/reply/serverbehaviour.h"

#include <QFile>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace swb::tests {

// The lessons the app ships, loaded once (the test must link swb_resources).
inline const QList<course::LessonCatalog::Entry> &lessonCatalog()
{
    static const QList<course::LessonCatalog::Entry> catalog = course::LessonCatalog::all();
    return catalog;
}

// The lesson with that id, or null.
inline const course::LessonCatalog::Entry *lessonEntry(const QString &id)
{
    for (const course::LessonCatalog::Entry &e : lessonCatalog()) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

// A lesson's Python in one language ("en" or "zh_CN"); the code is the same in
// both, only the comments differ.
inline QString lessonPython(const course::LessonInfo &lesson,
                            const QString &language = QStringLiteral("en"))
{
    return course::LessonInfo::pick(lesson.python, language);
}

// Empty when python parses source; otherwise what it said. Bytes, not text:
// ast reads them as UTF-8 whatever the locale of the test run.
inline QString pythonParseProblem(const QString &python, const QString &source)
{
    QProcess process;
    process.start(python, {QStringLiteral("-c"),
                           QStringLiteral("import ast,sys; ast.parse(sys.stdin.buffer.read())")});
    if (!process.waitForStarted(10000))
        return process.errorString();
    process.write(source.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return QStringLiteral("python3 did not finish");
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardError());
}

// python3, if installed, and a temporary folder for the scripts it runs.
struct ScriptDir
{
    QTemporaryDir dir;
    QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));

    // The script's path, or empty if it could not be written.
    QString write(const QString &name, const QString &script) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        file.write(script.toUtf8());
        return path;
    }
};

inline course::PanelConfig server(net::ReplyKind reply)
{
    course::PanelConfig c(course::PanelType::TcpServer);
    c.name = QStringLiteral("Echo server");
    c.tcpServer().listen.port = 0;
    c.tcpServer().behaviour.reply = reply;
    return c;
}

inline course::PanelConfig client(quint16 port, const QString &text)
{
    course::PanelConfig c(course::PanelType::TcpClient);
    c.name = QStringLiteral("Client 1");
    c.tcpClient().host = QStringLiteral("127.0.0.1");
    c.tcpClient().port = port;
    c.send.text = text;
    return c;
}

// A finished script's exit code and everything it printed, read once.
struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
    bool ok() const { return exitCode == 0; }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

inline Outcome outcomeOf(QProcess &p)
{
    return Outcome{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                   QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
}

} // namespace swb::tests
