#include "net/reply/replyengine.h"

#include "net/payload/payloadcomposer.h"
#include "net/payload/strftimeformatter.h"
#include "net/payload/templateexpander.h"

namespace swb::net {

ReplyEngine::ReplyEngine(const ServerBehaviour &behaviour, TextEncoding encoding)
    : m_behaviour(behaviour)
    , m_encoding(encoding)
{
}

Result<void> ReplyEngine::validate() const
{
    QStringList problems;
    const auto checkEscapes = [&](const QString &label, const QString &text) {
        const Result<QByteArray> result = PayloadComposer::parseEscapes(text, m_encoding);
        if (!result)
            problems << tr("%1: %2").arg(label, result.message());
    };
    checkEscapes(tr("Greeting"), m_behaviour.greeting);
    switch (m_behaviour.reply) {
    case ReplyKind::Prefix:
        checkEscapes(tr("Prefix"), m_behaviour.prefix);
        break;
    case ReplyKind::Fixed:
        checkEscapes(tr("Fixed reply"), m_behaviour.fixedText);
        break;
    case ReplyKind::Timestamp: {
        const Result<QString> result =
            StrftimeFormatter::format(m_behaviour.timestampFormat, QDateTime::currentDateTime());
        if (!result)
            problems << tr("Time format: %1").arg(result.message());
        break;
    }
    default:
        break;
    }
    if (problems.isEmpty())
        return {};
    return Failure{problems.join(QLatin1Char('\n'))};
}

QByteArray ReplyEngine::escaped(const QString &text) const
{
    // validate() reports broken escapes before a server starts; should one slip
    // through, send the text as typed rather than nothing.
    return PayloadComposer::parseEscapes(text, m_encoding).valueOr(TextCodec::encode(text, m_encoding));
}

ReplyEngine::Action ReplyEngine::onConnect() const
{
    Action action;
    if (!m_behaviour.greeting.isEmpty()) {
        action.reply = true;
        action.bytes = escaped(m_behaviour.greeting);
        action.close = m_behaviour.closeAfterGreeting;
    }
    return action;
}

QByteArray ReplyEngine::splitLineEnding(const QByteArray &message, QByteArray *ending)
{
    qsizetype cut = message.size();
    if (message.endsWith("\r\n"))
        cut -= 2;
    else if (message.endsWith('\n') || message.endsWith('\r'))
        cut -= 1;
    if (ending)
        *ending = message.mid(cut);
    return message.left(cut);
}

bool ReplyEngine::isCloseWord(const QByteArray &message) const
{
    if (m_behaviour.closeWord.isEmpty())
        return false;
    const QString text = TextCodec::decode(splitLineEnding(message, nullptr), m_encoding);
    return text == m_behaviour.closeWord;
}

ReplyEngine::Action ReplyEngine::onMessage(const QByteArray &message, const QString &peer,
                                           quint64 counter, const QDateTime &now) const
{
    Action action;
    if (isCloseWord(message)) {
        action.close = true;
        return action;
    }
    QByteArray ending;
    const QByteArray body = splitLineEnding(message, &ending);
    switch (m_behaviour.reply) {
    case ReplyKind::None:
    case ReplyKind::HttpDemo: // StreamSession hands HTTP to HttpDemoSite instead
        return action;
    case ReplyKind::Echo:
        action.bytes = message;
        break;
    case ReplyKind::Prefix:
        action.bytes = escaped(m_behaviour.prefix) + message;
        break;
    case ReplyKind::Timestamp:
        action.bytes = TextCodec::encode(
                           StrftimeFormatter::formatLiterally(m_behaviour.timestampFormat, now),
                           m_encoding)
            + message;
        break;
    case ReplyKind::Fixed:
        action.bytes = escaped(m_behaviour.fixedText);
        break;
    case ReplyKind::TimeFormat: {
        // The notes' udp-time server: time.strftime(received format), which on
        // Linux copies %Q and a lone '%' unchanged. The one format Python
        // refuses is one with a NUL in it; the notes' server answers that
        // ValueError's text, and so do we.
        const QString format = TextCodec::decode(body, m_encoding);
        action.bytes = TextCodec::encode(
            format.contains(QChar(0)) ? tr("Invalid time format: %1").arg(u"embedded null character")
                                      : StrftimeFormatter::formatLiterally(format, now),
            m_encoding);
        break;
    }
    case ReplyKind::Template: {
        // {data} is the message without its line ending; a line-based peer (nc)
        // gets its line ending back after the whole reply.
        const TemplateContext context{TextCodec::decode(body, m_encoding), now, counter, peer};
        action.bytes =
            TextCodec::encode(TemplateExpander::expand(m_behaviour.templateText, context),
                              m_encoding)
            + ending;
        break;
    }
    }
    action.reply = true;
    action.close = m_behaviour.closeAfterFirstReply;
    return action;
}

} // namespace swb::net
