#pragma once

#include "course/lessons/workspace.h"
#include "net/payload/textcodec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace swb::course {

class PythonTemplate;

// The pieces of the generated scripts that several panel types share: a
// server behaviour (reply(), greeting, close word, delay, append file) and a
// sender (the message, the send box's {tokens}, auto-send count and interval),
// turned into template values, constants and flags for PythonGenerator.
class PythonParts final
{
    Q_DECLARE_TR_FUNCTIONS(swb::course::PythonParts)
public:
    // Sets the constants, the reply() body and the flags of a server's behaviour.
    // A stream server also gets greeting and close options; UDP has no connection.
    static void addBehaviour(PythonTemplate &t, const net::ServerBehaviour &behaviour,
                             net::TextEncoding encoding, bool stream, QStringList *constants);
    // Sets MESSAGE or message(), LINE_ENDING, COUNT/INTERVAL and the loop of a sender.
    static void addSender(PythonTemplate &t, const PanelConfig &config, const QString &peerExpr,
                          QStringList *constants);
    // A Python str expression for a {token} pattern, or empty when it has no token.
    static QString templateExpression(const QString &pattern, const QString &dataExpr,
                                      const QString &peerExpr, const QString &counterExpr,
                                      bool *needTime);
    // "# text", one "# " per line.
    static QString comment(const QString &text);
    static QString seconds(int ms);
    // A behaviour text with the send box's escapes, as bytes.
    static QByteArray escapedBytes(const QString &text, net::TextEncoding encoding);
};

} // namespace swb::course
