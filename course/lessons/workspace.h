#pragma once

#include "net/payload/payloadcomposer.h"
#include "net/reply/serverbehaviour.h"
#include "net/stream/tcpserversettings.h"
#include "net/payload/textcodec.h"
#include "net/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <optional>

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

// The UDP-only settings of a panel.
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

// The HTTP panel's settings. "Continue despite certificate errors" is off
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

// One panel of a workspace. Fields that a type does not use keep their defaults.
// A UDP panel binds on server.address/server.port (reuseAddress is its
// share-address option) and sends to host/targetPort.
struct PanelConfig
{
    PanelType type = PanelType::TcpServer;
    QString name;
    net::TextEncoding encoding = net::TextEncoding::Utf8;
    // TCP server
    net::TcpServerSettings server;
    net::ServerBehaviour behaviour;
    bool autoStart = false;
    // TCP client
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8001;
    QString closeWord;
    // UDP
    quint16 targetPort = 0;
    UdpOptions udp;
    // Local socket server and client
    QString path;
    // HTTP
    HttpOptions http;
    // Both
    SendSettings send;

    QJsonObject toJson() const;
    static QString typeName(PanelType type);
    static std::optional<PanelType> typeFromName(const QString &name);
};

// A lesson is a workspace with a title, an explanation and the notes' Python,
// each in both languages where it makes sense (keys "en" and "zh_CN").
struct LessonInfo
{
    QString id;
    QMap<QString, QString> title;
    QMap<QString, QString> explanation;
    QString python;

    // The text for a language ("zh_CN" or "en"), falling back to English.
    static QString pick(const QMap<QString, QString> &texts, const QString &language);
};

struct Workspace
{
    QList<PanelConfig> panels;
    std::optional<LessonInfo> lesson;
};

// Reads and writes workspace files (docs/workspace.md). Parsing validates the
// whole file first and reports every problem, so a broken file changes nothing.
class WorkspaceFile final
{
    Q_DECLARE_TR_FUNCTIONS(swb::course::WorkspaceFile)
public:
    // A JSON syntax error's Failure carries the byte offset where it happened.
    static Result<Workspace> parse(const QByteArray &json);
    static Result<Workspace> load(const QString &path);
    static QByteArray serialize(const Workspace &workspace);
    static Result<void> save(const Workspace &workspace, const QString &path);
};

} // namespace swb::course
