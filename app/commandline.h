#pragma once

#include "net/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace swb::app {

struct CommandLineOptions
{
    QString language;       // empty: remembered or system default
    QString lesson;
    QString workspace;
    QString trafficFile;    // a .jsonl given instead of a workspace: opened read-only
    QString saveTraffic;
    int quitAfterSeconds = -1;
    int zoomPercent = 0;    // 0: the remembered zoom
};

// socket-workbench [--lang zh_CN|en] [--lesson ID] [--list-lessons]
//                  [--quit-after SECONDS] [--save-traffic FILE] [--zoom PERCENT]
//                  [WORKSPACE.json | TRAFFIC.jsonl]
// Parsed before any window exists, so --help, --version and --list-lessons
// work without a display.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(swb::app::CommandLine)
public:
    enum class Outcome { Run, ExitSuccess };
    struct Parsed
    {
        Outcome outcome = Outcome::Run;
        QString output; // for stdout, with ExitSuccess
        CommandLineOptions options;
    };

    // A failure's message is for stderr, with a pointer to --help.
    static Result<Parsed> parse(const QStringList &arguments);
    static QString lessonList(const QString &language);
};

} // namespace swb::app
