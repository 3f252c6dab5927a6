#include "net/platform/linuxprocesslookup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace swb::net {

LinuxProcessLookup::LinuxProcessLookup(const QString &procRoot)
    : m_root(procRoot)
{
}

bool LinuxProcessLookup::available() const
{
    return QFileInfo::exists(m_root + QStringLiteral("/net/tcp"));
}

std::optional<QByteArray> LinuxProcessLookup::socketTable(const QString &table) const
{
    QFile file(m_root + QStringLiteral("/net/") + table);
    // /proc files report size 0: read until the end, not by size.
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

QHash<quint64, qint64> LinuxProcessLookup::socketOwners(const QSet<quint64> &inodes) const
{
    QHash<quint64, qint64> owners;
    if (inodes.isEmpty())
        return owners;
    // Only our own processes' descriptors are readable unless we are root;
    // the others simply stay without an owner.
    const QStringList pids = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        const qint64 number = pid.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QString fdDir = m_root + QLatin1Char('/') + pid + QLatin1String("/fd");
        const QStringList fds = QDir(fdDir).entryList(QDir::Files | QDir::System);
        for (const QString &fd : fds) {
            const QString target = QFileInfo(fdDir + QLatin1Char('/') + fd).symLinkTarget();
            const qsizetype open = target.indexOf(QLatin1String("socket:["));
            if (open < 0)
                continue;
            const quint64 inode = target.mid(open + 8).chopped(1).toULongLong();
            if (inodes.contains(inode))
                owners.insert(inode, number);
        }
    }
    return owners;
}

QString LinuxProcessLookup::processName(qint64 pid) const
{
    QFile comm(m_root + QLatin1Char('/') + QString::number(pid) + QLatin1String("/comm"));
    if (!comm.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLocal8Bit(comm.readAll()).trimmed();
}

QString LinuxProcessLookup::commandLine(qint64 pid) const
{
    QFile cmdline(m_root + QLatin1Char('/') + QString::number(pid) + QLatin1String("/cmdline"));
    QList<QByteArray> words;
    if (cmdline.open(QIODevice::ReadOnly))
        words = cmdline.read(64 * 1024).split('\0');
    while (!words.isEmpty() && words.constLast().isEmpty())
        words.removeLast();
    if (words.isEmpty()) // kernel threads and zombies have an empty cmdline
        return processName(pid);
    words.first() = words.first().mid(words.first().lastIndexOf('/') + 1);
    const QString line = QString::fromUtf8(words.join(' ')).simplified();
    constexpr qsizetype longest = 80;
    return line.size() > longest ? line.left(longest - 1) + QChar(0x2026) : line;
}

} // namespace swb::net
