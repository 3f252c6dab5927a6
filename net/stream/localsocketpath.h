#pragma once

#include "net/result.h"

#include <QCoreApplication>
#include <QLocalSocket>
#include <QString>

namespace swb::net {

// What a path holds before a local server binds it.
enum class SocketPathState {
    Free,        // nothing there, and the folder exists
    NoFolder,    // the folder does not exist
    NotASocket,  // a regular file, a folder, a link...: never ours to remove
    LiveServer,  // a socket file, and a test connection was accepted
    StaleSocket, // a socket file, and the connection was refused: nobody listens
    Unknown,     // lstat() or connect() failed otherwise; see errorNumber
};

struct SocketPathProbe
{
    SocketPathState state = SocketPathState::Free;
    int errorNumber = 0;
};

// The AF_UNIX side of the local socket panels: where socket files go, what is
// at a path, opening a listening socket, who the peer is, and every message
// about it in words a student can act on. Like ListeningSocket for TCP, the
// socket is opened here and handed to QLocalServer as a descriptor (see
// openListening() for why).
class LocalSocketPath final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::LocalSocketPath)
public:
    // sizeof(sockaddr_un::sun_path) is 108 on Linux, including the final NUL.
    static constexpr int maxPathBytes = 107;

    // The user's runtime folder ($XDG_RUNTIME_DIR), or fallbackFolder() when
    // there is none (created 0700 if missing).
    static QString runtimeFolder();
    // <temp folder>/socket-workbench-<uid>: private to the user (0700), and
    // refused by checkUsable() when it is a link or someone else's.
    static QString fallbackFolder();
    // "{runtime}/socket-workbench-demo.sock": what a new local panel starts with.
    static QString defaultSetting();
    // An absolute, clean path: a leading "{runtime}" becomes runtimeFolder(), a
    // leading "~/" the home folder, and a relative path is taken inside
    // runtimeFolder(). Empty for an empty text.
    static QString resolve(const QString &text);

    static SocketPathProbe probe(const QString &path);
    // Removes a socket file (only a socket file); a failure carries errno and
    // removeFailed()'s words. A file that is not there is no failure.
    static Result<void> removeSocketFile(const QString &path);
    // bind() + listen() on path, mode 0600: the descriptor, or a failure with
    // errno and bindFailed()'s words.
    static Result<qintptr> openListening(const QString &path, int backlog);

    // "pid 1234" for the process at the other end of a connected AF_UNIX socket
    // (SO_PEERCRED); empty when the system does not say.
    static QString peerProcess(qintptr descriptor);
    // The path a peer bound its socket to; empty for the usual unnamed client.
    static QString peerPath(qintptr descriptor);
    // "pid 1234" for this process: a client socket has no name, its process does.
    static QString ownProcess();

    // Messages, translated.
    static QString emptyPath();
    static QString tooLong(const QString &path);
    static QString noFolder(const QString &path);
    static QString notASocket(const QString &path);
    static QString liveServer(const QString &path);
    static QString staleFile(const QString &path);
    static QString probeFailed(int errorNumber, const QString &path);
    static QString removeFailed(int errorNumber, const QString &path);
    static QString bindFailed(int errorNumber, const QString &path);
    static QString socketFailed(QLocalSocket::LocalSocketError error, const QString &path,
                                const QString &qtText);
    // Whether path can be used at all (not empty, not too long, not in a
    // fallback folder that is not the user's own).
    static Result<void> checkUsable(const QString &path);
};

} // namespace swb::net
