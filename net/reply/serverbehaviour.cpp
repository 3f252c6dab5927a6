#include "net/reply/serverbehaviour.h"

#include "net/payload/jsonfields.h"

#include <array>

namespace swb::net {

namespace {
constexpr std::array<const char *, 8> replyNames{"none",  "echo",     "prefix",      "timestamp",
                                                  "fixed", "template", "time-format", "http-demo"};
} // namespace

QString ServerBehaviour::replyName(ReplyKind kind)
{
    return QString::fromLatin1(replyNames.at(static_cast<size_t>(kind)));
}

std::optional<ReplyKind> ServerBehaviour::replyFromName(const QString &name)
{
    for (size_t i = 0; i < replyNames.size(); ++i) {
        if (name == QLatin1String(replyNames[i]))
            return static_cast<ReplyKind>(i);
    }
    return std::nullopt;
}

QJsonObject ServerBehaviour::toJson() const
{
    return QJsonObject{
        {QStringLiteral("reply"), replyName(reply)},
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("timestampFormat"), timestampFormat},
        {QStringLiteral("fixedText"), fixedText},
        {QStringLiteral("template"), templateText},
        {QStringLiteral("greeting"), greeting},
        {QStringLiteral("closeAfterGreeting"), closeAfterGreeting},
        {QStringLiteral("closeAfterFirstReply"), closeAfterFirstReply},
        {QStringLiteral("closeWord"), closeWord},
        {QStringLiteral("replyDelayMs"), replyDelayMs},
        {QStringLiteral("appendFile"), appendFile},
        {QStringLiteral("reportLength"), reportLength},
    };
}

ServerBehaviour ServerBehaviour::fromJson(const QJsonObject &json, QStringList *problems)
{
    const JsonFields fields(json, QStringLiteral("behaviour"), problems);
    ServerBehaviour b;
    const QString reply = fields.string(QStringLiteral("reply"), replyName(b.reply));
    if (const auto kind = replyFromName(reply))
        b.reply = *kind;
    else
        fields.problem(QStringLiteral("reply"),
                       JsonFields::tr("unknown reply \"%1\" (use none, echo, prefix, timestamp, "
                                      "fixed, template, time-format or http-demo)")
                           .arg(reply));
    b.prefix = fields.string(QStringLiteral("prefix"), b.prefix);
    b.timestampFormat = fields.string(QStringLiteral("timestampFormat"), b.timestampFormat);
    b.fixedText = fields.string(QStringLiteral("fixedText"), b.fixedText);
    b.templateText = fields.string(QStringLiteral("template"), b.templateText);
    b.greeting = fields.string(QStringLiteral("greeting"), b.greeting);
    b.closeAfterGreeting = fields.boolean(QStringLiteral("closeAfterGreeting"), false);
    b.closeAfterFirstReply = fields.boolean(QStringLiteral("closeAfterFirstReply"), false);
    b.closeWord = fields.string(QStringLiteral("closeWord"), b.closeWord);
    b.replyDelayMs = fields.integer(QStringLiteral("replyDelayMs"), 0, 0, 600000);
    b.appendFile = fields.string(QStringLiteral("appendFile"), b.appendFile);
    b.reportLength = fields.boolean(QStringLiteral("reportLength"), false);
    return b;
}

} // namespace swb::net
