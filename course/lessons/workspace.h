#pragma once

#include "course/lessons/panelconfig.h"
#include "net/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QByteArray>
#include <QStringList>
#include <QString>

#include <optional>

namespace swb::course {

// A lesson is a workspace with a title, an explanation and the notes' Python,
// each in both languages where it makes sense (keys "en" and "zh_CN").
struct LessonInfo
{
    QString id;
    QMap<QString, QString> title;
    QMap<QString, QString> explanation;
    // Same code, comments in the language: "en" English, "zh_CN" the notes' own.
    QMap<QString, QString> python;

    // The text for a language ("zh_CN" or "en"), falling back to English.
    static QString pick(const QMap<QString, QString> &texts, const QString &language);
};

struct Workspace
{
    QList<PanelConfig> panels;
    std::optional<LessonInfo> lesson;
    // The window's dock layout as QMainWindow::saveState() wrote it (empty:
    // none saved, the window places the panels to fit the screen).
    QByteArray layout;
    // What was wrong but not worth refusing the file for (a broken "layout").
    QStringList warnings;
};

// Reads and writes workspace files (docs/workspace.md). Parsing validates the
// whole file first and reports every problem, so a broken file changes nothing.
class WorkspaceFile final
{
    Q_DECLARE_TR_FUNCTIONS(swb::course::WorkspaceFile)
public:
    // What a workspace file may ask for. A real one has a few panels and
    // kilobytes; the limits keep a hostile file from costing the program
    // gigabytes or a window with ten thousand docks.
    static constexpr qint64 maxFileBytes = qint64(16) << 20;
    static constexpr int maxPanels = 200;
    static constexpr int maxFieldChars = 1 << 20; // any text field, e.g. rawRequest

    // A JSON syntax error's Failure carries the byte offset where it happened.
    static Result<Workspace> parse(const QByteArray &json);
    static Result<Workspace> load(const QString &path);
    static QByteArray serialize(const Workspace &workspace);
    static Result<void> save(const Workspace &workspace, const QString &path);
    // What the user reads when a saved layout cannot be used.
    static QString brokenLayoutMessage();
};

} // namespace swb::course
