#include "course/python/pythonparts.h"

#include "course/python/pythonliteral.h"
#include "course/python/pythontemplate.h"
#include "net/payload/payloadcomposer.h"
#include "net/payload/templateexpander.h"

namespace swb::course {

namespace {

const QString EncodingName = QStringLiteral("ENCODING");

} // namespace

QString PythonParts::comment(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(QLatin1String("# "));
    return lines.join(QLatin1Char('\n'));
}

QString PythonParts::templateExpression(const QString &pattern, const QString &dataExpr,
                                            const QString &peerExpr, const QString &counterExpr,
                                            bool *needTime)
{
    if (!net::TemplateExpander::containsToken(pattern))
        return QString();
    const QStringList tokens = net::TemplateExpander::tokens();
    const auto exprFor = [&](const QString &token) {
        if (token == QLatin1String("{data}"))
            return dataExpr;
        if (token == QLatin1String("{peer}"))
            return peerExpr;
        if (token == QLatin1String("{counter}"))
            return QStringLiteral("str(%1)").arg(counterExpr);
        *needTime = true;
        if (token == QLatin1String("{date}"))
            return QStringLiteral("time.strftime('%Y-%m-%d')");
        if (token == QLatin1String("{datetime}"))
            return QStringLiteral("time.strftime('%Y-%m-%d %H:%M:%S')");
        return QStringLiteral("time.strftime('%H:%M:%S')");
    };
    QStringList parts;
    QString literal;
    for (qsizetype i = 0; i < pattern.size();) {
        QString found;
        for (const QString &token : tokens) {
            if (QStringView(pattern).mid(i).startsWith(token)) {
                found = token;
                break;
            }
        }
        if (found.isEmpty()) {
            literal += pattern.at(i++);
            continue;
        }
        if (!literal.isEmpty())
            parts << PythonLiteral::str(literal);
        literal.clear();
        parts << exprFor(found);
        i += found.size();
    }
    if (!literal.isEmpty())
        parts << PythonLiteral::str(literal);
    return parts.join(QLatin1String(" + "));
}

void PythonParts::addBehaviour(PythonTemplate &t, const net::ServerBehaviour &b,
                               net::TextEncoding enc, bool stream, QStringList *constants)
{
    const auto encoded = [enc](const QString &text) {
        return PythonLiteral::encoded(escapedBytes(text, enc), enc, EncodingName);
    };
    bool needTime = false;
    bool needSplit = false;
    bool needCounter = false;
    QString reply;
    switch (b.reply) {
    case net::ReplyKind::None:
    case net::ReplyKind::HttpDemo: // the HTTP demo site has no few-line Python equivalent
        break;
    case net::ReplyKind::Echo:
        reply = QStringLiteral("return data");
        break;
    case net::ReplyKind::Prefix:
        *constants << QStringLiteral("PREFIX = ") + encoded(b.prefix);
        reply = QStringLiteral("return PREFIX + data");
        break;
    case net::ReplyKind::Timestamp:
        *constants << QStringLiteral("TIME_FORMAT = ") + PythonLiteral::str(b.timestampFormat);
        reply = QStringLiteral("return time.strftime(TIME_FORMAT).encode(ENCODING) + data");
        needTime = true;
        break;
    case net::ReplyKind::Fixed:
        *constants << QStringLiteral("FIXED_REPLY = ") + encoded(b.fixedText);
        reply = QStringLiteral("return FIXED_REPLY");
        break;
    case net::ReplyKind::Template: {
        QString expr = templateExpression(b.templateText, QStringLiteral("text"),
                                          QStringLiteral("peer"), QStringLiteral("next(COUNTER)"),
                                          &needTime);
        if (expr.isEmpty())
            expr = PythonLiteral::str(b.templateText);
        needCounter = b.templateText.contains(QLatin1String("{counter}"));
        reply = comment(tr("{data} is the message without its line ending; a line-based peer "
                           "(nc) gets its line ending back."))
            + QStringLiteral("\ntext, ending = split_line_ending(data)\n"
                             "text = text.decode(ENCODING, errors='replace')\n"
                             "return (%1).encode(ENCODING) + ending")
                  .arg(expr);
        needSplit = true;
        break;
    }
    case net::ReplyKind::TimeFormat:
        reply = comment(tr("The message is a time format such as %Y-%m-%d %H:%M:%S: answer the "
                           "local time written in it, like the notes' udp-time server."))
            + QStringLiteral("\nfmt = split_line_ending(data)[0].decode(ENCODING, errors='replace')\n"
                             "return time.strftime(fmt).encode(ENCODING)");
        needSplit = true;
        needTime = true;
        break;
    }
    if (needCounter)
        *constants << QStringLiteral("COUNTER = itertools.count(1)");
    t.flag(QStringLiteral("replies"), !reply.isEmpty());
    t.set(QStringLiteral("reply"), reply);

    if (stream && !b.greeting.isEmpty()) {
        *constants << QStringLiteral("GREETING = ") + encoded(b.greeting);
        t.flag(QStringLiteral("greeting"));
        t.flag(QStringLiteral("closeAfterGreeting"), b.closeAfterGreeting);
    }
    if (stream && !b.closeWord.isEmpty()) {
        *constants << QStringLiteral("CLOSE_WORD = ") + PythonLiteral::str(b.closeWord);
        t.flag(QStringLiteral("closeWord"));
        needSplit = true;
    }
    if (b.replyDelayMs > 0 && !reply.isEmpty()) {
        *constants << QStringLiteral("DELAY = %1  %2")
                          .arg(seconds(b.replyDelayMs),
                               comment(tr("seconds to wait before each reply")));
        t.flag(QStringLiteral("delay"));
        needTime = true;
    }
    if (!b.appendFile.isEmpty()) {
        *constants << QStringLiteral("APPEND_FILE = ") + PythonLiteral::str(b.appendFile);
        t.flag(QStringLiteral("appendFile"));
    }
    t.flag(QStringLiteral("reportLength"), b.reportLength);
    t.flag(QStringLiteral("closeAfterFirstReply"),
           stream && b.closeAfterFirstReply && !reply.isEmpty());
    // Without automatic replies a server is the notes' chat (tcp-chat, udp-chat):
    // you type the answers, as in the panel's send box.
    const bool manual = b.reply == net::ReplyKind::None && b.appendFile.isEmpty() && !b.reportLength;
    t.flag(QStringLiteral("manual"), manual);
    t.flag(QStringLiteral("threads"), !manual);
    t.flag(QStringLiteral("needTime"), needTime || t.isSet(QStringLiteral("needTime")));
    t.flag(QStringLiteral("needSplit"), needSplit || t.isSet(QStringLiteral("needSplit")));
    t.flag(QStringLiteral("needCounter"), needCounter || t.isSet(QStringLiteral("needCounter")));

    t.set(QStringLiteral("c_split"),
          comment(tr("\"abc\\r\\n\" -> (b\"abc\", b\"\\r\\n\"), as the panel compares and answers "
                     "messages without their line ending.")));
    t.set(QStringLiteral("c_append"),
          comment(tr("Append the bytes to the file and close it at once, so nothing is lost.")));
    t.set(QStringLiteral("c_manual"),
          comment(tr("No automatic reply: type the answer, like the notes' chat server.")));
    t.set(QStringLiteral("c_closeAfterGreeting"),
          comment(tr("Close right after the greeting (the notes' welcome server).")));
    t.set(QStringLiteral("c_closeAfterReply"),
          comment(tr("One reply, then close the connection.")));
}

void PythonParts::addSender(PythonTemplate &t, const PanelConfig &config,
                                const QString &peerExpr, QStringList *constants)
{
    const SendSettings &s = config.send;
    bool needTime = false;
    *constants << QStringLiteral("LINE_ENDING = ")
            + PythonLiteral::bytes(net::PayloadComposer::lineEndingBytes(s.lineEnding));
    const bool interactive = s.text.isEmpty();
    const QString expr = s.mode == net::InputMode::Text
        ? templateExpression(s.text, QStringLiteral("''"), peerExpr, QStringLiteral("counter"),
                             &needTime)
        : QString();
    const bool templated = !interactive && !expr.isEmpty();
    if (!interactive && !templated) {
        const QByteArray bytes =
            net::PayloadComposer::compose(s.text, s.mode, config.encoding, s.lineEnding)
                .valueOr(net::TextCodec::encode(s.text, config.encoding));
        *constants << QStringLiteral("MESSAGE = ")
                + PythonLiteral::encoded(bytes, config.encoding, EncodingName);
    }
    const bool repeat = !interactive && (s.autoStart || s.autoCount > 0 || templated);
    QString loop;
    if (!repeat || s.autoCount > 0) {
        *constants << QStringLiteral("COUNT = %1").arg(repeat ? s.autoCount : 1);
        loop = QStringLiteral("for counter in range(1, COUNT + 1):");
    } else {
        loop = comment(tr("Send every %1 s until you press Ctrl+C, like the panel's auto-send.")
                           .arg(seconds(s.autoIntervalMs)))
            + QStringLiteral("\nfor counter in itertools.count(1):");
        t.flag(QStringLiteral("needCounter"));
    }
    if (repeat) {
        *constants << QStringLiteral("INTERVAL = %1  %2")
                          .arg(seconds(s.autoIntervalMs), comment(tr("seconds between messages")));
        needTime = true;
    }
    t.set(QStringLiteral("loop"), loop);
    t.set(QStringLiteral("messageExpr"), expr);
    t.flag(QStringLiteral("interactive"), interactive);
    t.flag(QStringLiteral("templated"), templated);
    t.flag(QStringLiteral("repeat"), repeat);
    if (needTime)
        t.flag(QStringLiteral("needTime"));
    t.set(QStringLiteral("c_template"),
          comment(tr("The send box's {time} {date} {counter} tokens, filled in for each message.")));
    t.set(QStringLiteral("c_interactive"),
          comment(tr("Type a line and press Enter to send it; an empty line ends.")));
    t.set(QStringLiteral("c_timeout"),
          comment(tr("seconds to wait for an answer before giving up")));
}

QString PythonParts::seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 6);
}

QByteArray PythonParts::escapedBytes(const QString &text, net::TextEncoding encoding)
{
    return net::PayloadComposer::parseEscapes(text, encoding)
        .valueOr(net::TextCodec::encode(text, encoding));
}

} // namespace swb::course
