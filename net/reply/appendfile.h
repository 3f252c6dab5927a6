#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace swb::net {

// The "append every received byte to a file" behaviour (the notes' backend.py).
// Each message is written and flushed at once, so the file holds exactly what
// arrived even if the app is killed a moment later.
class AppendFile final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::AppendFile)
public:
    explicit AppendFile(const QString &path);
    // A failure's message names the file and the reason.
    Result<void> open();
    Result<void> append(const QByteArray &bytes);
    QString path() const { return m_path; }
    bool isOpen() const { return m_file.isOpen(); }

private:
    QString m_path;
    QFile m_file;
};

} // namespace swb::net
