#pragma once

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace swb::course {

// The error coach: for each socket error a student meets, why it happens and
// what to try, plus which one-click checks help. GUI-free; the pane in
// widgets/ shows the advice and runs the checks.
class ErrorCoach final
{
    Q_DECLARE_TR_FUNCTIONS(swb::course::ErrorCoach)
public:
    enum class Situation {
        AddressInUse,
        ConnectionRefused,
        HostUnreachable,
        TimedOut,
        ConnectionReset,
        HostNotFound,
        PrivilegedPort,
        LocalhostIpv6,      // localhost -> ::1 while the server listens on 127.0.0.1
        WildcardVsLoopback, // 0.0.0.0 vs 127.0.0.1
        SilentDrop,         // a firewall-like drop: no answer, no error
        BroadcastWithoutOption,
        AddressNotAvailable,
        Unknown
    };
    enum class Check {
        PortInUse,        // which local addresses hold the port (PortCheck)
        LoopbackSelfTest, // LoopbackTest
        ResolveName       // what the host name (or localhost) resolves to
    };

    struct Context
    {
        QString message;      // the text shown to the user, in any language
        QString host;         // what a client connects or sends to
        quint16 port = 0;
        QString boundAddress; // what a server listens on
        bool server = false;  // the error came from listening or binding
        bool udp = false;
        int errorNumber = 0;  // errno, when known
        std::optional<QAbstractSocket::SocketError> socketError;
    };

    struct Advice
    {
        Situation situation = Situation::Unknown;
        QString title;
        QString why;
        QString tryThis;
        QList<Check> checks;
    };

    static Situation classify(const Context &context);
    static Advice advise(Situation situation, const Context &context);
    static Advice explain(const Context &context) { return advise(classify(context), context); }

    static QList<Situation> all();
    // Stable names for tests and links: "address-in-use", "refused", …
    static QString name(Situation situation);
    static std::optional<Situation> fromName(const QString &name);
    static QString checkLabel(Check check);

private:
    static Situation fromErrno(int errorNumber, const Context &context);
    static Situation fromSocketError(QAbstractSocket::SocketError error, const Context &context);
    static Situation fromMessage(const Context &context);
    // Refused has three stories: nothing listens, localhost is ::1, or the
    // server listens on 127.0.0.1 and the client came by another address.
    static Situation refined(Situation situation, const Context &context);
};

} // namespace swb::course
