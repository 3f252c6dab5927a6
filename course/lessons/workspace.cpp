#include "course/lessons/workspace.h"

#include "net/payload/jsonfields.h"
#include "net/reply/replyengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <array>

namespace swb::course {

namespace {

const QLatin1String formatId("socket-workbench-workspace");
constexpr int currentVersion = 1;

QJsonObject textsToJson(const QMap<QString, QString> &texts)
{
    QJsonObject object;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> textsFromJson(const net::JsonFields &fields, const QString &key)
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

PanelConfig panelFromJson(const QJsonObject &json, int index, QStringList *problems)
{
    const net::JsonFields fields(json, WorkspaceFile::tr("panel %1").arg(index + 1), problems);
    PanelConfig panel;
    const QString type = fields.string(QStringLiteral("type"), QString());
    if (const auto known = PanelConfig::typeFromName(type))
        panel.type = *known;
    else
        fields.problem(QStringLiteral("type"),
                       WorkspaceFile::tr("unknown panel type \"%1\" (use tcp-server, tcp-client, "
                                         "udp, local-server, local-client or http)")
                           .arg(type));
    panel.name = fields.string(QStringLiteral("name"), PanelConfig::typeName(panel.type));
    const QString encoding = fields.string(QStringLiteral("encoding"), QStringLiteral("UTF-8"));
    if (const auto known = net::TextCodec::fromName(encoding))
        panel.encoding = *known;
    else
        fields.problem(QStringLiteral("encoding"),
                       WorkspaceFile::tr("unknown encoding \"%1\" (use UTF-8, GBK, GB18030 or "
                                         "Latin-1)")
                           .arg(encoding));
    panel.server.address = fields.string(QStringLiteral("address"), panel.server.address);
    panel.server.backlog = fields.integer(QStringLiteral("backlog"), panel.server.backlog, 0, 65535);
    panel.server.reuseAddress =
        fields.boolean(QStringLiteral("reuseAddress"), panel.server.reuseAddress);
    panel.autoStart = fields.boolean(QStringLiteral("autoStart"), false);
    panel.host = fields.string(QStringLiteral("host"), panel.host);
    const int port = fields.integer(QStringLiteral("port"),
                                    panel.type == PanelType::TcpClient ? panel.port : 0, 0, 65535);
    panel.server.port = quint16(port);
    panel.port = quint16(port);
    panel.closeWord = fields.string(QStringLiteral("closeWord"), QString());
    QStringList behaviourProblems;
    panel.behaviour =
        net::ServerBehaviour::fromJson(fields.object(QStringLiteral("behaviour")), &behaviourProblems);
    // Texts that would only fail once the server runs are reported now, with the rest.
    const QString textProblems = net::ReplyEngine(panel.behaviour, panel.encoding).validate();
    if (!textProblems.isEmpty())
        behaviourProblems << textProblems.split(QLatin1Char('\n'));
    for (const QString &problem : std::as_const(behaviourProblems))
        *problems << WorkspaceFile::tr("panel %1: %2").arg(index + 1).arg(problem);
    if (panel.type == PanelType::Udp) {
        panel.host = fields.string(QStringLiteral("targetHost"), panel.host);
        panel.targetPort = quint16(fields.integer(QStringLiteral("targetPort"), 0, 0, 65535));
        panel.udp = UdpOptions::fromJson(fields.object(QStringLiteral("udp")),
                                         WorkspaceFile::tr("panel %1, udp").arg(index + 1), problems);
    }
    panel.path = fields.string(QStringLiteral("path"), QString());
    if ((panel.type == PanelType::LocalServer || panel.type == PanelType::LocalClient)
        && panel.path.trimmed().isEmpty())
        fields.problem(QStringLiteral("path"), WorkspaceFile::tr("a local socket needs a path"));
    if (panel.type == PanelType::Http)
        panel.http = HttpOptions::fromJson(json, WorkspaceFile::tr("panel %1").arg(index + 1),
                                           problems);
    panel.send = SendSettings::fromJson(fields.object(QStringLiteral("send")),
                                        WorkspaceFile::tr("panel %1, send").arg(index + 1),
                                        problems);
    return panel;
}

} // namespace

QJsonObject SendSettings::toJson() const
{
    return QJsonObject{
        {QStringLiteral("mode"), net::PayloadComposer::modeName(mode)},
        {QStringLiteral("lineEnding"), net::PayloadComposer::lineEndingName(lineEnding)},
        {QStringLiteral("text"), text},
        {QStringLiteral("autoIntervalMs"), autoIntervalMs},
        {QStringLiteral("autoCount"), autoCount},
        {QStringLiteral("autoStart"), autoStart},
    };
}

SendSettings SendSettings::fromJson(const QJsonObject &json, const QString &where,
                                    QStringList *problems)
{
    const net::JsonFields fields(json, where, problems);
    SendSettings s;
    const QString mode = fields.string(QStringLiteral("mode"), QStringLiteral("text"));
    s.mode = net::PayloadComposer::modeFromName(mode, net::InputMode::Text);
    if (net::PayloadComposer::modeName(s.mode) != mode)
        fields.problem(QStringLiteral("mode"),
                       WorkspaceFile::tr("unknown mode \"%1\" (use text, escapes or hex)").arg(mode));
    const QString ending = fields.string(QStringLiteral("lineEnding"), QStringLiteral("none"));
    s.lineEnding = net::PayloadComposer::lineEndingFromName(ending, net::LineEnding::None);
    if (net::PayloadComposer::lineEndingName(s.lineEnding) != ending)
        fields.problem(QStringLiteral("lineEnding"),
                       WorkspaceFile::tr("unknown line ending \"%1\" (use none, lf or crlf)")
                           .arg(ending));
    s.text = fields.string(QStringLiteral("text"), QString());
    s.autoIntervalMs = fields.integer(QStringLiteral("autoIntervalMs"), 1000, 1, 86400000);
    s.autoCount = fields.integer(QStringLiteral("autoCount"), 0, 0, 1000000000);
    s.autoStart = fields.boolean(QStringLiteral("autoStart"), false);
    return s;
}

namespace {
constexpr std::array<const char *, 6> panelTypeNames{"tcp-server", "tcp-client", "udp",
                                                      "local-server", "local-client", "http"};
} // namespace

QString PanelConfig::typeName(PanelType type)
{
    return QString::fromLatin1(panelTypeNames.at(size_t(type)));
}

std::optional<PanelType> PanelConfig::typeFromName(const QString &name)
{
    for (size_t i = 0; i < panelTypeNames.size(); ++i) {
        if (name == QLatin1String(panelTypeNames[i]))
            return static_cast<PanelType>(i);
    }
    return std::nullopt;
}

QJsonObject UdpOptions::toJson() const
{
    return QJsonObject{
        {QStringLiteral("bind"), bind},
        {QStringLiteral("connect"), connectToTarget},
        {QStringLiteral("broadcast"), broadcast},
        {QStringLiteral("multicastGroups"), QJsonArray::fromStringList(multicastGroups)},
        {QStringLiteral("multicastInterface"), multicastInterface},
        {QStringLiteral("multicastTtl"), multicastTtl},
        {QStringLiteral("multicastLoopback"), multicastLoopback},
    };
}

UdpOptions UdpOptions::fromJson(const QJsonObject &json, const QString &where, QStringList *problems)
{
    const net::JsonFields fields(json, where, problems);
    UdpOptions o;
    o.bind = fields.boolean(QStringLiteral("bind"), o.bind);
    o.connectToTarget = fields.boolean(QStringLiteral("connect"), o.connectToTarget);
    o.broadcast = fields.boolean(QStringLiteral("broadcast"), o.broadcast);
    const QJsonValue groups = json.value(QStringLiteral("multicastGroups"));
    if (groups.isArray()) {
        for (const QJsonValue &group : groups.toArray()) {
            if (group.isString())
                o.multicastGroups << group.toString();
            else
                fields.problem(QStringLiteral("multicastGroups"), net::JsonFields::tr("expected text"));
        }
    } else if (!groups.isUndefined() && !groups.isNull()) {
        fields.problem(QStringLiteral("multicastGroups"),
                       WorkspaceFile::tr("expected a list of group addresses"));
    }
    o.multicastInterface = fields.string(QStringLiteral("multicastInterface"), QString());
    o.multicastTtl = fields.integer(QStringLiteral("multicastTtl"), o.multicastTtl, 0, 255);
    o.multicastLoopback = fields.boolean(QStringLiteral("multicastLoopback"), o.multicastLoopback);
    return o;
}

QString HttpOptions::modeName(Mode mode)
{
    return mode == Mode::Raw ? QStringLiteral("raw") : QStringLiteral("fetch");
}

QJsonObject HttpOptions::toJson() const
{
    QJsonArray headerList;
    for (const auto &[name, value] : headers)
        headerList.append(QJsonArray{name, value});
    return QJsonObject{
        {QStringLiteral("mode"), modeName(mode)},
        {QStringLiteral("url"), url},
        {QStringLiteral("method"), method},
        {QStringLiteral("headers"), headerList},
        {QStringLiteral("body"), body},
        {QStringLiteral("rawRequest"), rawRequest},
        {QStringLiteral("timeoutMs"), timeoutMs},
        {QStringLiteral("ignoreCertificateErrors"), ignoreCertificateErrors},
    };
}

HttpOptions HttpOptions::fromJson(const QJsonObject &json, const QString &where,
                                  QStringList *problems)
{
    const net::JsonFields fields(json, where, problems);
    HttpOptions o;
    const QString mode = fields.string(QStringLiteral("mode"), modeName(o.mode));
    if (mode == modeName(Mode::Raw))
        o.mode = Mode::Raw;
    else if (mode != modeName(Mode::Fetch))
        fields.problem(QStringLiteral("mode"),
                       WorkspaceFile::tr("unknown HTTP mode \"%1\" (use fetch or raw)").arg(mode));
    o.url = fields.string(QStringLiteral("url"), o.url);
    o.method = fields.string(QStringLiteral("method"), o.method);
    static const QStringList methods{QStringLiteral("GET"), QStringLiteral("HEAD"),
                                     QStringLiteral("POST"), QStringLiteral("PUT"),
                                     QStringLiteral("DELETE")};
    if (!methods.contains(o.method))
        fields.problem(QStringLiteral("method"),
                       WorkspaceFile::tr("unknown HTTP method \"%1\" (use GET, HEAD, POST, PUT "
                                         "or DELETE)")
                           .arg(o.method));
    const QJsonValue headerList = json.value(QStringLiteral("headers"));
    if (headerList.isArray()) {
        for (const QJsonValue &pair : headerList.toArray()) {
            const QJsonArray items = pair.toArray();
            if (pair.isArray() && items.size() == 2 && items.at(0).isString()
                && items.at(1).isString())
                o.headers.append({items.at(0).toString(), items.at(1).toString()});
            else
                fields.problem(QStringLiteral("headers"),
                               WorkspaceFile::tr("expected [\"name\", \"value\"] pairs"));
        }
    } else if (!headerList.isUndefined() && !headerList.isNull()) {
        fields.problem(QStringLiteral("headers"),
                       WorkspaceFile::tr("expected a list of [\"name\", \"value\"] pairs"));
    }
    o.body = fields.string(QStringLiteral("body"), QString());
    o.rawRequest = fields.string(QStringLiteral("rawRequest"), o.rawRequest);
    o.timeoutMs = fields.integer(QStringLiteral("timeoutMs"), o.timeoutMs, 100, 3600000);
    o.ignoreCertificateErrors = fields.boolean(QStringLiteral("ignoreCertificateErrors"), false);
    return o;
}

QJsonObject PanelConfig::toJson() const
{
    QJsonObject object{
        {QStringLiteral("type"), typeName(type)},
        {QStringLiteral("name"), name},
        {QStringLiteral("encoding"), net::TextCodec::name(encoding)},
        {QStringLiteral("send"), send.toJson()},
    };
    switch (type) {
    case PanelType::TcpServer:
        object.insert(QStringLiteral("address"), server.address);
        object.insert(QStringLiteral("port"), server.port);
        object.insert(QStringLiteral("backlog"), server.backlog);
        object.insert(QStringLiteral("reuseAddress"), server.reuseAddress);
        object.insert(QStringLiteral("autoStart"), autoStart);
        object.insert(QStringLiteral("behaviour"), behaviour.toJson());
        break;
    case PanelType::TcpClient:
        object.insert(QStringLiteral("host"), host);
        object.insert(QStringLiteral("port"), port);
        object.insert(QStringLiteral("closeWord"), closeWord);
        break;
    case PanelType::Udp:
        object.insert(QStringLiteral("address"), server.address);
        object.insert(QStringLiteral("port"), server.port);
        object.insert(QStringLiteral("reuseAddress"), server.reuseAddress);
        object.insert(QStringLiteral("autoStart"), autoStart);
        object.insert(QStringLiteral("behaviour"), behaviour.toJson());
        object.insert(QStringLiteral("targetHost"), host);
        object.insert(QStringLiteral("targetPort"), targetPort);
        object.insert(QStringLiteral("udp"), udp.toJson());
        break;
    case PanelType::LocalServer:
        object.insert(QStringLiteral("path"), path);
        object.insert(QStringLiteral("autoStart"), autoStart);
        object.insert(QStringLiteral("behaviour"), behaviour.toJson());
        break;
    case PanelType::LocalClient:
        object.insert(QStringLiteral("path"), path);
        object.insert(QStringLiteral("closeWord"), closeWord);
        break;
    case PanelType::Http: {
        object.insert(QStringLiteral("autoStart"), autoStart);
        const QJsonObject httpKeys = http.toJson();
        for (auto it = httpKeys.constBegin(); it != httpKeys.constEnd(); ++it)
            object.insert(it.key(), it.value());
        break;
    }
    }
    return object;
}

QString LessonInfo::pick(const QMap<QString, QString> &texts, const QString &language)
{
    const QString exact = texts.value(language);
    if (!exact.isEmpty())
        return exact;
    return texts.value(QStringLiteral("en"));
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
        for (int i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                problems << tr("panel %1 is not an object { ... }.").arg(i + 1);
                continue;
            }
            workspace.panels << panelFromJson(array.at(i).toObject(), i, &problems);
        }
    }
    if (root.contains(QStringLiteral("lesson"))) {
        const net::JsonFields lessonFields(root, QStringLiteral("lesson"), &problems);
        const net::JsonFields fields(lessonFields.object(QStringLiteral("lesson")),
                                QStringLiteral("lesson"), &problems);
        LessonInfo lesson;
        lesson.id = fields.string(QStringLiteral("id"), QString());
        lesson.title = textsFromJson(fields, QStringLiteral("title"));
        lesson.explanation = textsFromJson(fields, QStringLiteral("explanation"));
        lesson.python = fields.string(QStringLiteral("python"), QString());
        workspace.lesson = lesson;
    }
    if (!problems.isEmpty())
        return Failure{tr("The workspace has problems, so nothing was changed:\n%1")
                           .arg(problems.join(QLatin1Char('\n')))};
    return workspace;
}

Result<Workspace> WorkspaceFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot open the workspace \"%1\": %2.").arg(path, file.errorString())};
    // A workspace is a few kilobytes; refuse anything absurd before parsing it.
    if (file.size() > 16 * 1024 * 1024)
        return Failure{tr("\"%1\" is too large to be a workspace.").arg(path)};
    return parse(file.readAll());
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
    if (workspace.lesson) {
        root.insert(QStringLiteral("lesson"),
                    QJsonObject{
                        {QStringLiteral("id"), workspace.lesson->id},
                        {QStringLiteral("title"), textsToJson(workspace.lesson->title)},
                        {QStringLiteral("explanation"), textsToJson(workspace.lesson->explanation)},
                        {QStringLiteral("python"), workspace.lesson->python},
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
    return Failure{tr("Cannot save the workspace to \"%1\": %2.").arg(path, file.errorString())};
}

} // namespace swb::course
