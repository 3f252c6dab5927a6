#include "course/lessons/panelconfig.h"

#include "course/lessons/workspace.h"
#include "net/payload/jsonfields.h"
#include "net/reply/replyengine.h"

#include <QJsonArray>

#include <array>
#include <type_traits>

namespace swb::course {

namespace {

template <PanelType type, typename Config>
constexpr bool holds =
    std::is_same_v<std::variant_alternative_t<size_t(type), PanelConfig::Settings>, Config>;
static_assert(holds<PanelType::TcpServer, TcpServerConfig>
                  && holds<PanelType::TcpClient, TcpClientConfig>
                  && holds<PanelType::Udp, UdpConfig>
                  && holds<PanelType::LocalServer, LocalServerConfig>
                  && holds<PanelType::LocalClient, LocalClientConfig>
                  && holds<PanelType::Http, HttpConfig>,
              "PanelConfig::type() is the index of the alternative that settings holds");

} // namespace

PanelConfig::PanelConfig(PanelType type)
{
    switch (type) {
    case PanelType::TcpServer: settings = TcpServerConfig(); break;
    case PanelType::TcpClient: settings = TcpClientConfig(); break;
    case PanelType::Udp: settings = UdpConfig(); break;
    case PanelType::LocalServer: settings = LocalServerConfig(); break;
    case PanelType::LocalClient: settings = LocalClientConfig(); break;
    case PanelType::Http: settings = HttpConfig(); break;
    }
}

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
        {QStringLiteral("type"), typeName(type())},
        {QStringLiteral("name"), name},
        {QStringLiteral("encoding"), net::TextCodec::name(encoding)},
        {QStringLiteral("send"), send.toJson()},
    };
    switch (type()) {
    case PanelType::TcpServer: {
        const TcpServerConfig &s = tcpServer();
        object.insert(QStringLiteral("address"), s.listen.address);
        object.insert(QStringLiteral("port"), s.listen.port);
        object.insert(QStringLiteral("backlog"), s.listen.backlog);
        object.insert(QStringLiteral("reuseAddress"), s.listen.reuseAddress);
        object.insert(QStringLiteral("autoStart"), s.autoStart);
        object.insert(QStringLiteral("behaviour"), s.behaviour.toJson());
        break;
    }
    case PanelType::TcpClient:
        object.insert(QStringLiteral("host"), tcpClient().host);
        object.insert(QStringLiteral("port"), tcpClient().port);
        object.insert(QStringLiteral("closeWord"), tcpClient().closeWord);
        if (tcpClient().autoConnect) // only scripted runs set it; lesson files stay as they are
            object.insert(QStringLiteral("autoConnect"), true);
        break;
    case PanelType::Udp: {
        const UdpConfig &u = udp();
        object.insert(QStringLiteral("address"), u.address);
        object.insert(QStringLiteral("port"), u.port);
        object.insert(QStringLiteral("reuseAddress"), u.reuseAddress);
        object.insert(QStringLiteral("autoStart"), u.autoStart);
        object.insert(QStringLiteral("behaviour"), u.behaviour.toJson());
        object.insert(QStringLiteral("targetHost"), u.targetHost);
        object.insert(QStringLiteral("targetPort"), u.targetPort);
        object.insert(QStringLiteral("udp"), u.options.toJson());
        break;
    }
    case PanelType::LocalServer:
        object.insert(QStringLiteral("path"), localServer().path);
        object.insert(QStringLiteral("autoStart"), localServer().autoStart);
        object.insert(QStringLiteral("behaviour"), localServer().behaviour.toJson());
        break;
    case PanelType::LocalClient:
        object.insert(QStringLiteral("path"), localClient().path);
        object.insert(QStringLiteral("closeWord"), localClient().closeWord);
        if (localClient().autoConnect) // only scripted runs set it; lesson files stay as they are
            object.insert(QStringLiteral("autoConnect"), true);
        break;
    case PanelType::Http: {
        object.insert(QStringLiteral("autoStart"), http().autoStart);
        const QJsonObject httpKeys = http().options.toJson();
        for (auto it = httpKeys.constBegin(); it != httpKeys.constEnd(); ++it)
            object.insert(it.key(), it.value());
        break;
    }
    }
    return object;
}

PanelConfig PanelConfig::fromJson(const QJsonObject &json, int index, QStringList *problems)
{
    const QString where = WorkspaceFile::tr("panel %1").arg(index + 1);
    const net::JsonFields fields(json, where, problems);
    const QString typeText = fields.string(QStringLiteral("type"), QString());
    const std::optional<PanelType> known = typeFromName(typeText);
    if (!known)
        fields.problem(QStringLiteral("type"),
                       WorkspaceFile::tr("unknown panel type \"%1\" (use tcp-server, tcp-client, "
                                         "udp, local-server, local-client or http)")
                           .arg(typeText));
    const PanelType type = known.value_or(PanelType::TcpServer);
    PanelConfig panel(type);
    panel.name = fields.string(QStringLiteral("name"), typeName(type));
    const QString encoding = fields.string(QStringLiteral("encoding"), QStringLiteral("UTF-8"));
    if (const auto codec = net::TextCodec::fromName(encoding))
        panel.encoding = *codec;
    else
        fields.problem(QStringLiteral("encoding"),
                       WorkspaceFile::tr("unknown encoding \"%1\" (use UTF-8, GBK, GB18030 or "
                                         "Latin-1)")
                           .arg(encoding));

    // The keys of every type are read and their types checked, whatever this
    // panel's type (docs/workspace.md); only its own type's keys are kept.
    net::TcpServerSettings listen;
    listen.address = fields.string(QStringLiteral("address"), listen.address);
    listen.backlog = fields.integer(QStringLiteral("backlog"), listen.backlog, 0, 65535);
    listen.reuseAddress = fields.boolean(QStringLiteral("reuseAddress"), listen.reuseAddress);
    const bool autoStart = fields.boolean(QStringLiteral("autoStart"), false);
    const TcpClientConfig clientDefaults;
    const QString host = fields.string(QStringLiteral("host"), clientDefaults.host);
    listen.port = quint16(fields.integer(
        QStringLiteral("port"), type == PanelType::TcpClient ? clientDefaults.port : 0, 0, 65535));
    const QString closeWord = fields.string(QStringLiteral("closeWord"), QString());
    const bool autoConnect = fields.boolean(QStringLiteral("autoConnect"), false);
    QStringList behaviourProblems;
    const net::ServerBehaviour behaviour =
        net::ServerBehaviour::fromJson(fields.object(QStringLiteral("behaviour")), &behaviourProblems);
    // Texts that would only fail once the server runs are reported now, with the rest.
    const Result<void> usable = net::ReplyEngine(behaviour, panel.encoding).validate();
    if (!usable)
        behaviourProblems << usable.message().split(QLatin1Char('\n'));
    for (const QString &problem : std::as_const(behaviourProblems))
        *problems << WorkspaceFile::tr("panel %1: %2").arg(index + 1).arg(problem);
    if (type == PanelType::Udp) {
        UdpConfig &u = panel.udp();
        u.targetHost = fields.string(QStringLiteral("targetHost"), host);
        u.targetPort = quint16(fields.integer(QStringLiteral("targetPort"), 0, 0, 65535));
        u.options = UdpOptions::fromJson(fields.object(QStringLiteral("udp")),
                                         WorkspaceFile::tr("panel %1, udp").arg(index + 1),
                                         problems);
    }
    const QString path = fields.string(QStringLiteral("path"), QString());
    if ((type == PanelType::LocalServer || type == PanelType::LocalClient)
        && path.trimmed().isEmpty())
        fields.problem(QStringLiteral("path"), WorkspaceFile::tr("a local socket needs a path"));

    switch (type) {
    case PanelType::TcpServer:
        panel.tcpServer() = TcpServerConfig{listen, autoStart, behaviour};
        break;
    case PanelType::TcpClient:
        panel.tcpClient() = TcpClientConfig{host, listen.port, closeWord, autoConnect};
        break;
    case PanelType::Udp: {
        UdpConfig &u = panel.udp();
        u.address = listen.address;
        u.port = listen.port;
        u.reuseAddress = listen.reuseAddress;
        u.autoStart = autoStart;
        u.behaviour = behaviour;
        break;
    }
    case PanelType::LocalServer:
        panel.localServer() = LocalServerConfig{path, autoStart, behaviour};
        break;
    case PanelType::LocalClient:
        panel.localClient() = LocalClientConfig{path, closeWord, autoConnect};
        break;
    case PanelType::Http:
        panel.http() = HttpConfig{HttpOptions::fromJson(json, where, problems), autoStart};
        break;
    }
    panel.send = SendSettings::fromJson(fields.object(QStringLiteral("send")),
                                        WorkspaceFile::tr("panel %1, send").arg(index + 1),
                                        problems);
    return panel;
}

} // namespace swb::course
