#pragma once

#include "net/payload/payloadcomposer.h"
#include "net/payload/textcodec.h"
#include "net/reply/serverbehaviour.h"
#include "net/stream/tcpserversettings.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace swb::course {

// The send box of a panel as saved in a workspace.
struct SendSettings
{
    net::InputMode mode = net::InputMode::Text;
    net::LineEnding lineEnding = net::LineEnding::None;
    QString text;
    int autoIntervalMs = 1000;
    int autoCount = 0; // 0 = until stopped
    bool autoStart = false;

    QJsonObject toJson() const;
    static SendSettings fromJson(const QJsonObject &json, const QString &where, QStringList *problems);
};

enum class PanelType { TcpServer, TcpClient, Udp, LocalServer, LocalClient, Http };

// The options of a UDP socket, saved as the panel's "udp" object.
struct UdpOptions
{
    bool bind = true;             // receive on address:port (a UDP "server")
    bool connectToTarget = false; // connect() to the target: only its datagrams, ICMP errors shown
    bool broadcast = false;       // SO_BROADCAST
    QStringList multicastGroups;
    QString multicastInterface;   // empty: the system's choice
    int multicastTtl = 1;
    bool multicastLoopback = true;

    QJsonObject toJson() const;
    static UdpOptions fromJson(const QJsonObject &json, const QString &where, QStringList *problems);
};

// The request of an HTTP panel. "Continue despite certificate errors" is off
// unless the user ticks it; lessons never turn it on.
struct HttpOptions
{
    enum class Mode { Fetch, Raw };
    Mode mode = Mode::Fetch;
    QString url = QStringLiteral("http://127.0.0.1:8080/");
    QString method = QStringLiteral("GET");
    QList<QPair<QString, QString>> headers; // fetch mode: extra request headers, in order
    QString body;                           // fetch mode: request body (POST, PUT)
    // Raw mode: the request in escapes form (\r\n are the bytes; editor line breaks
    // are only layout); {host} becomes the URL's host[:port] when sent.
    QString rawRequest = QStringLiteral(
        "GET / HTTP/1.1\\r\\n\nHost: {host}\\r\\n\nConnection: close\\r\\n\n\\r\\n");
    bool ignoreCertificateErrors = false;
    int timeoutMs = 30000;

    QJsonObject toJson() const; // flat: these keys sit in the panel object
    static HttpOptions fromJson(const QJsonObject &json, const QString &where, QStringList *problems);
    static QString modeName(Mode mode);
};

// The settings of each panel type (docs/workspace.md lists their keys).
struct TcpServerConfig
{
    net::TcpServerSettings listen;
    bool autoStart = false; // listen as soon as the workspace opens
    net::ServerBehaviour behaviour;
};

struct TcpClientConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8001;
    QString closeWord; // empty: off
    bool autoConnect = false; // connect as soon as the workspace opens (scripted runs)
};

// One socket that receives on address:port and sends to targetHost:targetPort.
struct UdpConfig
{
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    bool reuseAddress = true; // the panel's "share address"
    bool autoStart = false;   // bind as soon as the workspace opens
    net::ServerBehaviour behaviour;
    QString targetHost = QStringLiteral("127.0.0.1");
    quint16 targetPort = 0; // 0: no target; the send box answers a sender
    UdpOptions options;
};

struct LocalServerConfig
{
    QString path; // as written, e.g. "{runtime}/x.sock"
    bool autoStart = false;
    net::ServerBehaviour behaviour;
};

struct LocalClientConfig
{
    QString path;
    QString closeWord; // empty: off
    bool autoConnect = false;
};

struct HttpConfig
{
    HttpOptions options;
    bool autoStart = false; // send once when the workspace opens
};

// One panel of a workspace: what every panel has, and the settings of its type.
struct PanelConfig
{
    // In PanelType's order, so that the alternative held is the panel's type.
    using Settings = std::variant<TcpServerConfig, TcpClientConfig, UdpConfig, LocalServerConfig,
                                  LocalClientConfig, HttpConfig>;

    PanelConfig() = default; // a TCP server
    explicit PanelConfig(PanelType type); // that type with its defaults

    QString name;
    net::TextEncoding encoding = net::TextEncoding::Utf8;
    SendSettings send;
    Settings settings;

    PanelType type() const { return static_cast<PanelType>(settings.index()); }

    // The settings of the panel's own type; asking for another type's is a bug
    // (std::bad_variant_access).
    TcpServerConfig &tcpServer() { return std::get<TcpServerConfig>(settings); }
    const TcpServerConfig &tcpServer() const { return std::get<TcpServerConfig>(settings); }
    TcpClientConfig &tcpClient() { return std::get<TcpClientConfig>(settings); }
    const TcpClientConfig &tcpClient() const { return std::get<TcpClientConfig>(settings); }
    UdpConfig &udp() { return std::get<UdpConfig>(settings); }
    const UdpConfig &udp() const { return std::get<UdpConfig>(settings); }
    LocalServerConfig &localServer() { return std::get<LocalServerConfig>(settings); }
    const LocalServerConfig &localServer() const { return std::get<LocalServerConfig>(settings); }
    LocalClientConfig &localClient() { return std::get<LocalClientConfig>(settings); }
    const LocalClientConfig &localClient() const { return std::get<LocalClientConfig>(settings); }
    HttpConfig &http() { return std::get<HttpConfig>(settings); }
    const HttpConfig &http() const { return std::get<HttpConfig>(settings); }

    // Saving writes the keys of the panel's own type only.
    QJsonObject toJson() const;
    // index counts from 0; problems get "panel <index + 1>" in front.
    static PanelConfig fromJson(const QJsonObject &json, int index, QStringList *problems);
    static QString typeName(PanelType type);
    static std::optional<PanelType> typeFromName(const QString &name);
};

} // namespace swb::course
