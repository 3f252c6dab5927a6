#include "course/lessons/lessoncheck.h"

#include "net/reply/replyengine.h"

#include <QRegularExpression>

namespace swb::course {

namespace {

enum class What {
    Listen,     // a server started
    Connection, // accept() (or connect() when the server is outside the app)
    ToServer,   // a message from a client to a server
    ToClient,   // a message from a server to a client
    Message,    // either way
    Close,      // a connection ended
    CloseAfter  // a connection ended after the pattern went to the server on it
};
enum class Match { Any, Line, StartsWith, Contains, Regex };

constexpr quint8 bit(net::Protocol p)
{
    return quint8(1u << unsigned(p));
}
constexpr quint8 Tcp = bit(net::Protocol::Tcp);
constexpr quint8 Udp = bit(net::Protocol::Udp);
constexpr quint8 Local = bit(net::Protocol::Local);
constexpr quint8 Web = bit(net::Protocol::Tcp) | bit(net::Protocol::Http);

struct Rule
{
    const char *lesson;
    const char *text;
    What what;
    quint8 protocols;
    Match match;
    const char *pattern; // UTF-8; Line compares without the line ending
    int need;
    bool distinct; // count distinct connections, not events
};


// One line per item; EXERCISES.md order. "" is the generic rule.
const Rule Rules[] = {
    {"tcp-basics",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "A client connected and the server accepted it"),
        What::Connection, Tcp, Match::Any, "", 1, false},
    {"tcp-basics",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "A message reached the server (recv)"),
        What::ToServer, Tcp, Match::Any, "", 1, false},
    {"tcp-basics",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "The server answered \"I can see you.\""),
        What::ToClient, Tcp, Match::Line, "I can see you.", 1, false},
    {"udp-basics",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck",
            "A datagram arrived at the bound port, with its sender's address"),
        What::ToServer, Udp, Match::Any, "", 1, false},
    {"udp-length",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "20 datagrams arrived, each with its length"),
        What::ToServer, Udp, Match::Any, "", 20, false},
    {"frontend-backend",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "The frontend connected to the backend"),
        What::Connection, Tcp, Match::Any, "", 1, false},
    {"frontend-backend",
        QT_TRANSLATE_NOOP(
            "swb::course::LessonCheck", "Three lines reached the backend (appended to the file)"),
        What::ToServer, Tcp, Match::Any, "", 3, false},
    {"echo-prefix",
        QT_TRANSLATE_NOOP(
            "swb::course::LessonCheck", "Two clients each got an echo starting with \"received: \""),
        What::ToClient, Tcp, Match::StartsWith, "received: ", 2, true},
    {"echo-prefix",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "Six echoes in all (auto-send every second)"),
        What::ToClient, Tcp, Match::StartsWith, "received: ", 6, false},
    {"hi-server",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "The server received the client's message"),
        What::ToServer, Tcp, Match::Any, "", 1, false},
    {"hi-server", QT_TRANSLATE_NOOP("swb::course::LessonCheck", "The server answered \"hi\""),
        What::ToClient, Tcp, Match::Line, "hi", 1, false},
    {"hi-server", QT_TRANSLATE_NOOP("swb::course::LessonCheck", "The connection was closed"),
        What::Close, Tcp, Match::Any, "", 1, false},
    {"reuseaddr",
        QT_TRANSLATE_NOOP(
            "swb::course::LessonCheck", "A connection closed (its end waits in TIME_WAIT)"),
        What::Close, Tcp, Match::Any, "", 1, false},
    {"reuseaddr",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "The server started again after stopping"),
        What::Listen, Tcp, Match::Any, "", 2, false},
    {"tcp-chat", QT_TRANSLATE_NOOP("swb::course::LessonCheck", "The client said something"),
        What::ToServer, Tcp, Match::Any, "", 1, false},
    {"tcp-chat", QT_TRANSLATE_NOOP("swb::course::LessonCheck", "The server typed an answer"),
        What::ToClient, Tcp, Match::Any, "", 1, false},
    {"tcp-chat",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "Someone sent q and the conversation ended"),
        What::Message, Tcp, Match::Line, "q", 1, false},
    {"udp-chat", QT_TRANSLATE_NOOP("swb::course::LessonCheck", "A message \"name : text\" arrived"),
        What::ToServer, Udp, Match::Regex, "^[^:]+:.+", 1, false},
    {"udp-chat", QT_TRANSLATE_NOOP("swb::course::LessonCheck", "The server replied to the sender"),
        What::ToClient, Udp, Match::Any, "", 1, false},
    {"udp-time",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "A time format such as %Y-%m-%d arrived"),
        What::ToServer, Udp, Match::Contains, "%", 1, false},
    {"udp-time", QT_TRANSLATE_NOOP("swb::course::LessonCheck", "Two answers with the time came back"),
        What::ToClient, Udp, Match::Regex, "\\d", 2, false},
    {"welcome",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "The greeting 欢迎访问菜鸟教程! arrived"),
        What::ToClient, Tcp, Match::Line, "欢迎访问菜鸟教程!", 1, false},
    {"welcome", QT_TRANSLATE_NOOP("swb::course::LessonCheck", "The server closed the connection"),
        What::Close, Tcp, Match::Any, "", 1, false},
    {"timestamp-echo",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "Two answers started with [date time]:"),
        What::ToClient, Tcp, Match::Regex, "^\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\]:", 2,
        false},
    {"timestamp-echo",
        QT_TRANSLATE_NOOP(
            "swb::course::LessonCheck", "A second client came and went (the server survived it)"),
        What::Connection, Tcp, Match::Any, "", 2, true},
    {"threaded-hello", QT_TRANSLATE_NOOP("swb::course::LessonCheck", "Welcome! arrived"),
        What::ToClient, Tcp, Match::Line, "Welcome!", 1, false},
    {"threaded-hello", QT_TRANSLATE_NOOP("swb::course::LessonCheck", "Hello, <message>! came back"),
        What::ToClient, Tcp, Match::Regex, "^Hello, .+!", 1, false},
    {"threaded-hello", QT_TRANSLATE_NOOP("swb::course::LessonCheck", "exit ended the connection"),
        What::CloseAfter, Tcp, Match::Line, "exit", 1, false},
    {"raw-http",
        QT_TRANSLATE_NOOP(
            "swb::course::LessonCheck", "An HTTP response arrived: status line, header, body"),
        What::ToClient, Web, Match::StartsWith, "HTTP/1.", 1, false},
    {"requests-get",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "A page was fetched (a response arrived)"),
        What::ToClient, Web, Match::Any, "", 1, false},
    {"socket-anatomy",
        QT_TRANSLATE_NOOP(
            "swb::course::LessonCheck", "The client connected: laddr and raddr on both sides"),
        What::Connection, Tcp, Match::Any, "", 1, false},
    {"socket-anatomy", QT_TRANSLATE_NOOP("swb::course::LessonCheck", "The echo came back"),
        What::ToClient, Tcp, Match::Any, "", 1, false},
    {"local-socket",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "A client connected through the socket file"),
        What::Connection, Local, Match::Any, "", 1, false},
    {"local-socket",
        QT_TRANSLATE_NOOP("swb::course::LessonCheck", "A message went through the socket file"),
        What::Message, Local, Match::Any, "", 1, false},
    {"", QT_TRANSLATE_NOOP("swb::course::LessonCheck", "A message went from a client to a server"),
        What::ToServer, Tcp | Udp | Local | bit(net::Protocol::Http), Match::Any, "", 1, false},
    {"", QT_TRANSLATE_NOOP("swb::course::LessonCheck", "An answer came back"), What::ToClient,
        Tcp | Udp | Local | bit(net::Protocol::Http), Match::Any, "", 1, false},
};

// "tcp:8001" for "127.0.0.1:8001" and "[::]:8001" alike (a server on 0.0.0.0
// is reached as 127.0.0.1); "local:/path" for a socket file.
QString placeKey(net::Protocol protocol, const QString &address)
{
    const net::Protocol family = protocol == net::Protocol::Http ? net::Protocol::Tcp : protocol;
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    bool isPort = false;
    if (colon > 0 && protocol != net::Protocol::Local)
        address.mid(colon + 1).toUShort(&isPort);
    return protocolName(family) + QLatin1Char(':') + (isPort ? address.mid(colon + 1) : address);
}

int portOf(const QString &address)
{
    return address.mid(address.lastIndexOf(QLatin1Char(':')) + 1).toInt();
}

QString connectionKey(const net::TrafficEvent &e)
{
    return e.local < e.remote ? e.local + QLatin1Char('|') + e.remote
                              : e.remote + QLatin1Char('|') + e.local;
}

} // namespace

struct LessonCheck::Requirement
{
    const Rule *rule = nullptr;
    QRegularExpression regex;
    int have = 0;
    QSet<QString> seen;
    QSet<QString> armed; // CloseAfter: connections the pattern went over
};

LessonCheck::LessonCheck(const QString &lessonId)
    : m_lessonId(lessonId)
{
    for (const Rule &rule : Rules) {
        if (QLatin1String(rule.lesson) == lessonId)
            m_requirements.push_back(std::make_unique<Requirement>());
        else
            continue;
        m_requirements.back()->rule = &rule;
    }
    if (m_requirements.empty()) {
        m_generic = true;
        for (const Rule &rule : Rules) {
            if (*rule.lesson == '\0') {
                m_requirements.push_back(std::make_unique<Requirement>());
                m_requirements.back()->rule = &rule;
            }
        }
    }
    for (auto &r : m_requirements) {
        if (r->rule->match == Match::Regex)
            r->regex.setPattern(QString::fromUtf8(r->rule->pattern));
    }
}

LessonCheck::~LessonCheck() = default;

QStringList LessonCheck::knownLessons()
{
    QStringList ids;
    for (const Rule &rule : Rules) {
        const QString id = QString::fromLatin1(rule.lesson);
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

void LessonCheck::reset()
{
    m_listening.clear();
    for (auto &r : m_requirements) {
        r->have = 0;
        r->seen.clear();
        r->armed.clear();
    }
}

bool LessonCheck::isDone() const
{
    for (const auto &r : m_requirements) {
        if (r->have < r->rule->need)
            return false;
    }
    return !m_requirements.empty();
}

QList<LessonCheck::Item> LessonCheck::items() const
{
    QList<Item> list;
    for (const auto &r : m_requirements) {
        list << Item{QCoreApplication::translate("swb::course::LessonCheck", r->rule->text),
                     qMin(r->have, r->rule->need), r->rule->need};
    }
    return list;
}

bool LessonCheck::isServerSide(const net::TrafficEvent &event) const
{
    return m_listening.contains(placeKey(event.protocol, event.local));
}

bool LessonCheck::serverInApp(const net::TrafficEvent &event) const
{
    return m_listening.contains(placeKey(event.protocol, event.remote));
}

bool LessonCheck::matches(const Requirement &r, const net::TrafficEvent &event) const
{
    const Rule &rule = *r.rule;
    if (!(rule.protocols & bit(event.protocol)))
        return false;
    bool server = isServerSide(event);
    bool peerServer = serverInApp(event);
    if (server && peerServer) {
        // Two bound UDP panels: the one on the lower port plays the server
        // (a client's own port is an ephemeral one, from 32768 up).
        server = portOf(event.local) < portOf(event.remote);
        peerServer = !server;
    }
    // A message between two panels is counted where the server is.
    const bool counted = server || !peerServer;
    bool toServer = false;
    bool toClient = false;
    if (event.kind == net::EventKind::Send || event.kind == net::EventKind::Recv) {
        const bool isSend = event.kind == net::EventKind::Send;
        toClient = counted && (server ? isSend : !isSend);
        toServer = counted && !toClient;
    }
    bool kindOk = false;
    switch (rule.what) {
    case What::Listen: kindOk = event.kind == net::EventKind::Listen; break;
    case What::Connection:
        kindOk = (event.kind == net::EventKind::Accept && server)
            || (event.kind == net::EventKind::Connect && !peerServer);
        break;
    case What::ToServer: kindOk = toServer; break;
    case What::ToClient: kindOk = toClient; break;
    case What::Message: kindOk = toServer || toClient; break;
    case What::Close:
        kindOk = event.kind == net::EventKind::Close && !event.remote.isEmpty() && counted;
        break;
    case What::CloseAfter:
        if (event.kind == net::EventKind::Close)
            return !event.remote.isEmpty() && counted; // the pattern was checked before
        kindOk = toServer;
        break;
    }
    if (!kindOk)
        return false;
    const QByteArray pattern(rule.pattern);
    switch (rule.match) {
    case Match::Any: return true;
    case Match::Line: return net::ReplyEngine::splitLineEnding(event.data, nullptr) == pattern;
    case Match::StartsWith: return event.data.startsWith(pattern);
    case Match::Contains: return event.data.contains(pattern);
    case Match::Regex: return r.regex.match(QString::fromUtf8(event.data)).hasMatch();
    }
    return false;
}

void LessonCheck::feed(const net::TrafficEvent &event)
{
    const QString place = placeKey(event.protocol, event.local);
    if (event.kind == net::EventKind::Listen)
        m_listening.insert(place);
    for (auto &r : m_requirements) {
        if (!matches(*r, event))
            continue;
        if (r->rule->what == What::CloseAfter) {
            const QString connection = connectionKey(event);
            if (event.kind != net::EventKind::Close)
                r->armed.insert(connection);
            else if (r->armed.remove(connection))
                ++r->have;
            continue;
        }
        if (r->rule->distinct) {
            r->seen.insert(connectionKey(event));
            r->have = int(r->seen.size());
        } else {
            ++r->have;
        }
    }
    // A stopped server no longer answers for its port: the notes' script may take it.
    if (event.kind == net::EventKind::Close && event.remote.isEmpty())
        m_listening.remove(place);
}

} // namespace swb::course
