#include "app/commandline.h"

#include "app/languagemanager.h"
#include "app/version.h"
#include "app/zoomcontroller.h"
#include "course/lessons/lessoncatalog.h"
#include "course/lessons/lessonguide.h"

#include <QCommandLineParser>

namespace swb::app {

QString CommandLine::lessonList(const QString &language)
{
    QString text;
    const auto lessons = course::LessonCatalog::all();
    for (const auto &entry : lessons) {
        text += QStringLiteral("%1\t%2\n")
                    .arg(entry.id, course::LessonInfo::pick(entry.workspace.lesson->title, language));
    }
    // The well-known ports: a view, not a workspace, yet --lesson opens it too.
    const QString ports = course::LessonGuides::portsTableId();
    if (const auto guide = course::LessonGuides::find(ports))
        text += QStringLiteral("%1\t%2\n").arg(ports, course::LessonInfo::pick(guide->title, language));
    return text;
}

Result<CommandLine::Parsed> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Socket Workbench: start TCP servers and clients, send text or bytes, and watch every "
           "byte."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Interface language: zh_CN or en."),
                                  QStringLiteral("zh_CN|en"));
    const QCommandLineOption lesson(QStringLiteral("lesson"),
                                    tr("Open the built-in lesson ID and start its servers."),
                                    QStringLiteral("ID"));
    const QCommandLineOption listLessons(QStringLiteral("list-lessons"),
                                         tr("Print the lesson IDs and titles and exit."));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       tr("Quit by itself after SECONDS (for demos and scripts)."),
                                       QStringLiteral("SECONDS"));
    const QCommandLineOption saveTraffic(
        QStringLiteral("save-traffic"),
        tr("Record all traffic to FILE (.jsonl or .csv) as it happens, from the start."),
        QStringLiteral("FILE"));
    const QCommandLineOption zoom(
        QStringLiteral("zoom"),
        tr("Zoom the whole interface to PERCENT (100 to 300), e.g. 200 on a projector."),
        QStringLiteral("PERCENT"));
    parser.addOptions({help, version, lang, lesson, listLessons, quitAfter, saveTraffic, zoom});
    parser.addPositionalArgument(
        QStringLiteral("WORKSPACE.json"),
        tr("A workspace file to open, or a traffic file (.jsonl) to open read-only."),
        QStringLiteral("[WORKSPACE.json | TRAFFIC.jsonl]"));

    Parsed result;
    const auto fail = [](const QString &message) {
        return Failure{message + QLatin1Char('\n') + tr("Run socket-workbench --help for the options.")
                       + QLatin1Char('\n')};
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        result.outcome = Outcome::ExitSuccess;
        // The usage line names the program as it was started (a whole path), or
        // a placeholder without a QCoreApplication: the command's name reads better.
        const QString started = QCoreApplication::instance()
            ? QCoreApplication::arguments().value(0)
            : QStringLiteral("<executable_name>");
        result.output = parser.helpText();
        if (!started.isEmpty())
            result.output.replace(started + QLatin1Char(' '), QStringLiteral("socket-workbench "));
        return result;
    }
    if (parser.isSet(version)) {
        result.outcome = Outcome::ExitSuccess;
        result.output = QStringLiteral("socket-workbench %1\n").arg(Version::text());
        return result;
    }
    CommandLineOptions &o = result.options;
    if (parser.isSet(lang)) {
        o.language = parser.value(lang);
        if (!LanguageManager::isAvailable(o.language))
            return fail(tr("Unknown language \"%1\": use zh_CN or en.").arg(o.language));
    }
    if (parser.isSet(listLessons)) {
        result.outcome = Outcome::ExitSuccess;
        result.output = lessonList(LanguageManager::startLanguage(arguments));
        return result;
    }
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        o.quitAfterSeconds = parser.value(quitAfter).toInt(&ok);
        if (!ok || o.quitAfterSeconds < 0)
            return fail(tr("--quit-after needs a whole number of seconds, not \"%1\".")
                            .arg(parser.value(quitAfter)));
    }
    if (parser.isSet(zoom)) {
        bool ok = false;
        QString text = parser.value(zoom);
        if (text.endsWith(QLatin1Char('%')))
            text.chop(1);
        o.zoomPercent = text.toInt(&ok);
        if (!ok || o.zoomPercent != ZoomController::clamp(o.zoomPercent))
            return fail(tr("--zoom needs a whole percentage from %1 to %2, not \"%3\".")
                            .arg(ZoomController::minPercent)
                            .arg(ZoomController::maxPercent)
                            .arg(parser.value(zoom)));
    }
    o.lesson = parser.value(lesson);
    o.saveTraffic = parser.value(saveTraffic);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return fail(tr("Give at most one workspace file, not %1.").arg(positional.size()));
    if (!positional.isEmpty()) {
        // Traffic files are told by their extension, the one TrafficWriter gives them.
        if (positional.first().endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive))
            o.trafficFile = positional.first();
        else
            o.workspace = positional.first();
    }
    // The well-known ports are a view, not a workspace: no catalog entry.
    if (!o.lesson.isEmpty() && o.lesson != course::LessonGuides::portsTableId()) {
        if (const auto lesson = course::LessonCatalog::find(o.lesson); !lesson)
            return fail(lesson.message());
    }
    return result;
}

} // namespace swb::app
