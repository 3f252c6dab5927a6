#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace swb::net {

enum class ReplyKind {
    None,
    Echo,
    Prefix,
    Timestamp,
    Fixed,
    Template,
    TimeFormat, // the current local time in the strftime format the message carries (udp-time)
    HttpDemo    // the built-in HTTP demo site (HttpDemoSite); stream servers only
};

// What a server does on its own, besides what the user types. The reply kinds
// exclude each other; greeting, closing rules, delay and the append file combine
// with any of them (and with manual replies, which are always possible).
// Texts (prefix, fixed, greeting) understand the send box's escapes, so a
// greeting can end in \r\n.
struct ServerBehaviour
{
    ReplyKind reply = ReplyKind::None;
    QString prefix = QStringLiteral("received: ");
    QString timestampFormat = QStringLiteral("[%Y-%m-%d %X]:");
    QString fixedText = QStringLiteral("I can see you.");
    QString templateText = QStringLiteral("Hello, {data}!");
    QString greeting;              // empty: no greeting
    bool closeAfterGreeting = false;
    bool closeAfterFirstReply = false;
    QString closeWord;             // empty: off; compared without the line ending
    int replyDelayMs = 0;
    QString appendFile;            // empty: off
    bool reportLength = false;     // a log line per message with its length (udp-length)

    QJsonObject toJson() const;
    // Unknown keys are ignored; wrong types or values add a message to *problems.
    static ServerBehaviour fromJson(const QJsonObject &json, QStringList *problems);

    static QString replyName(ReplyKind kind);
    static std::optional<ReplyKind> replyFromName(const QString &name);
};

} // namespace swb::net
