#pragma once

#include "net/payload/textcodec.h"
#include "net/reply/serverbehaviour.h"
#include "net/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace swb::net {

// Decides, for one received message, what a server answers and whether it then
// closes. Pure: no sockets, no timers, so it is tested with plain tables and
// shared by every stream server (TCP, local socket).
class ReplyEngine final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::ReplyEngine)
public:
    struct Action
    {
        bool reply = false;
        QByteArray bytes;
        bool close = false; // after the reply, if any
    };

    ReplyEngine() = default;
    ReplyEngine(const ServerBehaviour &behaviour, TextEncoding encoding);

    // Whether the settings are usable; the failure describes every problem (an
    // escape that does not parse, a bad time format), one per line.
    Result<void> validate() const;

    const ServerBehaviour &behaviour() const { return m_behaviour; }
    TextEncoding encoding() const { return m_encoding; }

    // What to send right after accepting a connection, if anything.
    Action onConnect() const;
    Action onMessage(const QByteArray &message, const QString &peer, quint64 counter,
                     const QDateTime &now) const;
    // True when this message (typed or received) is the configured close word.
    bool isCloseWord(const QByteArray &message) const;

    // "abc\r\n" -> "abc", with *ending = "\r\n"; a lone "\n" or "\r" counts too.
    static QByteArray splitLineEnding(const QByteArray &message, QByteArray *ending);

private:
    QByteArray escaped(const QString &text) const;

    ServerBehaviour m_behaviour;
    TextEncoding m_encoding = TextEncoding::Utf8;
};

} // namespace swb::net
