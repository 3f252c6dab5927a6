#pragma once

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QHostInfo>
#include <QLocalSocket>
#include <QString>

namespace swb::net {

// The words for an OS error in the interface's language, with the errno's
// symbol kept in brackets for searching: "address already in use [EADDRINUSE]".
// strerror() and Qt's errorString() speak the machine's locale instead, so an
// English lab PC would put English words into a Chinese sentence.
class SystemErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::SystemErrorText)
public:
    static QString forErrno(int errorNumber);
    static QString hostNotFound();
    // A Qt errorString() (socket, server, file, host lookup) in our words when
    // the errno behind it is known; any other text comes back unchanged.
    static QString fromText(const QString &qtText);
    // As fromText(), falling back on what the error code says.
    static QString forSocket(QAbstractSocket::SocketError error, const QString &qtText);
    static QString forLocalSocket(QLocalSocket::LocalSocketError error, const QString &qtText);
    static QString forHostLookup(const QHostInfo &info);
    // The errno a Qt or C library text stands for, or 0.
    static int errnoOf(const QString &text);
    // "EADDRINUSE"; empty for numbers this class has no words for.
    static QString symbol(int errorNumber);
};

} // namespace swb::net
