#include "course/lessons/workspace.h"

#include "net/errors/systemerrortext.h"
#include "net/files/safefile.h"
#include "net/payload/jsonfields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>

#include <climits>

namespace swb::course {

namespace {

const QLatin1String formatId("socket-workbench-workspace");
constexpr int currentVersion = 1;

// The layout only places docks: a broken one is reported and left out, and
// the panels still open, placed to fit the screen.
void readLayout(const QJsonObject &root, Workspace *workspace)
{
    const QJsonValue value = root.value(QStringLiteral("layout"));
    if (value.isUndefined() || value.isNull())
        return;
    const auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (value.isString() && decoded && !decoded.decoded.isEmpty())
        workspace->layout = decoded.decoded;
    else
        workspace->warnings << WorkspaceFile::brokenLayoutMessage();
}

} // namespace

QJsonObject WorkspaceFile::textsToJson(const QMap<QString, QString> &texts)
{
    QJsonObject object;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> WorkspaceFile::textsFromJson(const net::JsonFields &fields, const QString &key)
{
    QMap<QString, QString> texts;
    const QJsonObject object = fields.object(key);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString())
            texts.insert(it.key(), it.value().toString());
        else
            fields.problem(key, net::JsonFields::tr("expected text for language \"%1\"").arg(it.key()));
    }
    return texts;
}

QString WorkspaceFile::brokenLayoutMessage()
{
    return tr("The workspace's saved window layout (\"layout\") is damaged, so the panels are "
              "placed to fit the screen instead.");
}

QString LessonInfo::pick(const QMap<QString, QString> &texts, const QString &language)
{
    const QString exact = texts.value(language);
    if (!exact.isEmpty())
        return exact;
    return texts.value(QStringLiteral("en"));
}

namespace {

// The key of the first text longer than WorkspaceFile::maxFieldChars in
// object (nested objects and lists included), or empty.
QString oversizedField(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString() && value.toString().size() > WorkspaceFile::maxFieldChars)
            return it.key();
        if (value.isObject()) {
            if (const QString inner = oversizedField(value.toObject()); !inner.isEmpty())
                return it.key() + QLatin1Char('.') + inner;
        }
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray()) {
                if (item.isString() && item.toString().size() > WorkspaceFile::maxFieldChars)
                    return it.key();
                if (item.isObject() && !oversizedField(item.toObject()).isEmpty())
                    return it.key();
            }
        }
    }
    return QString();
}

} // namespace

QString WorkspaceFile::problemList(const QStringList &problems)
{
    // A file can ask for hundreds of thousands of problems (300,000 kept a
    // message box at 100 % CPU): the first few, each cut short, and a count.
    QStringList shown;
    for (qsizetype i = 0; i < qMin<qsizetype>(problems.size(), maxListedProblems); ++i) {
        const QString &line = problems.at(i);
        shown << (line.size() > maxProblemChars ? line.left(maxProblemChars) + QChar(0x2026) : line);
    }
    if (const qsizetype more = problems.size() - shown.size(); more > 0)
        shown << tr("\u2026 and %n more problem(s).", "", int(qMin<qsizetype>(more, INT_MAX)));
    return shown.join(QLatin1Char('\n'));
}

Result<Workspace> WorkspaceFile::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Failure{tr("This is not a valid JSON file: %1 at byte %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset),
                       0, parseError.offset};
    if (!document.isObject())
        return Failure{
            tr("This is not a Socket Workbench workspace: the top level is not an object.")};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatId)
        return Failure{
            tr("This is not a Socket Workbench workspace: \"format\" must be \"%1\".")
                .arg(formatId)};
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    const int version = versionValue.toInt(-1);
    if (version < 1 || version > currentVersion)
        return Failure{versionValue.isUndefined()
                           ? tr("The workspace has no \"version\"; add \"version\": %1.")
                                 .arg(currentVersion)
                           : tr("Workspace version %1 is not supported; this version of the app "
                                "reads version %2.")
                                 .arg(versionValue.toVariant().toString())
                                 .arg(currentVersion)};

    QStringList problems;
    Workspace workspace;
    const QJsonValue panels = root.value(QStringLiteral("panels"));
    if (!panels.isArray()) {
        problems << tr("\"panels\" must be a list [ ... ].");
    } else {
        const QJsonArray array = panels.toArray();
        if (array.size() > maxPanels)
            return Failure{tr("The workspace asks for %1 panels, over the limit of %2 panels "
                              "per workspace.")
                               .arg(array.size())
                               .arg(maxPanels)};
        for (int i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                problems << tr("panel %1 is not an object { ... }.").arg(i + 1);
                continue;
            }
            if (const QString field = oversizedField(array.at(i).toObject()); !field.isEmpty()) {
                problems << tr("panel %1: \"%2\" is longer than the limit of %3 characters per "
                               "field.")
                                .arg(i + 1)
                                .arg(field)
                                .arg(maxFieldChars);
                continue;
            }
            workspace.panels << PanelConfig::fromJson(array.at(i).toObject(), i, &problems);
        }
    }
    if (root.contains(QStringLiteral("lesson"))) {
        const net::JsonFields lessonFields(root, QStringLiteral("lesson"), &problems);
        const QJsonObject lessonObject = lessonFields.object(QStringLiteral("lesson"));
        const net::JsonFields fields(lessonObject, QStringLiteral("lesson"), &problems);
        LessonInfo lesson;
        lesson.id = fields.string(QStringLiteral("id"), QString());
        lesson.title = textsFromJson(fields, QStringLiteral("title"));
        lesson.explanation = textsFromJson(fields, QStringLiteral("explanation"));
        // Before the Python had a version per language it was one text (with
        // the notes' Chinese comments); it still reads, for every language.
        const QJsonValue python = lessonObject.value(QStringLiteral("python"));
        lesson.python = python.isString()
                            ? QMap<QString, QString>{{QStringLiteral("en"), python.toString()}}
                            : textsFromJson(fields, QStringLiteral("python"));
        workspace.lesson = lesson;
    }
    readLayout(root, &workspace);
    if (!problems.isEmpty())
        return Failure{tr("The workspace has problems, so nothing was changed:\n%1")
                           .arg(problemList(problems))};
    return workspace;
}

Result<Workspace> WorkspaceFile::load(const QString &path)
{
    // A workspace is a few kilobytes; refuse anything absurd before parsing it,
    // and a FIFO or /dev/zero, which would block or read for ever.
    QFile file;
    if (Result<void> opened = net::SafeFile::openForReading(file, path, maxFileBytes,
                                                            tr("a workspace"));
        !opened)
        return opened.failure();
    return parse(file.read(maxFileBytes + 1));
}

QByteArray WorkspaceFile::serialize(const Workspace &workspace)
{
    QJsonArray panels;
    for (const PanelConfig &panel : workspace.panels)
        panels.append(panel.toJson());
    QJsonObject root{
        {QStringLiteral("format"), formatId},
        {QStringLiteral("version"), currentVersion},
        {QStringLiteral("panels"), panels},
    };
    if (!workspace.layout.isEmpty())
        root.insert(QStringLiteral("layout"), QString::fromLatin1(workspace.layout.toBase64()));
    if (workspace.lesson) {
        root.insert(QStringLiteral("lesson"),
                    QJsonObject{
                        {QStringLiteral("id"), workspace.lesson->id},
                        {QStringLiteral("title"), textsToJson(workspace.lesson->title)},
                        {QStringLiteral("explanation"), textsToJson(workspace.lesson->explanation)},
                        {QStringLiteral("python"), textsToJson(workspace.lesson->python)},
                    });
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<void> WorkspaceFile::save(const Workspace &workspace, const QString &path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(serialize(workspace));
        if (file.commit())
            return {};
    }
    return Failure{tr("Cannot save the workspace to \"%1\": %2.").arg(path, net::SystemErrorText::fromText(file.errorString()))};
}

} // namespace swb::course
