#include "net/stream/localsocketpath.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using swb::Result;
using swb::net::LocalSocketPath;

// Where local socket files go: the {runtime} placeholder, relative paths and
// the runtime folder itself, with and without $XDG_RUNTIME_DIR. What is done
// at a path (stale files, live servers) is in tst_localserverendpoint.
class TestLocalSocketPath : public QObject
{
    Q_OBJECT

private slots:
    void resolvePaths();
    void runtimeFolderFallsBack();
    void plantedFallbackFolder();
};

namespace {

// Sets an environment variable for one scope.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_saved(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_saved.isNull())
            qunsetenv(m_name);
        else
            qputenv(m_name, m_saved);
    }

private:
    const char *m_name;
    QByteArray m_saved;
};

bool isPrivateFolder(const QString &path)
{
    struct stat info{};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISDIR(info.st_mode)
        && (info.st_mode & 0777) == 0700 && info.st_uid == ::geteuid();
}

} // namespace

void TestLocalSocketPath::resolvePaths()
{
    const QString runtime = LocalSocketPath::runtimeFolder();
    QVERIFY(QDir::isAbsolutePath(runtime));
    QCOMPARE(LocalSocketPath::resolve(QStringLiteral("{runtime}/demo.sock")),
             runtime + QStringLiteral("/demo.sock"));
    QCOMPARE(LocalSocketPath::resolve(QStringLiteral("{runtime}demo.sock")),
             runtime + QStringLiteral("/demo.sock"));
    QCOMPARE(LocalSocketPath::resolve(QStringLiteral("demo.sock")),
             runtime + QStringLiteral("/demo.sock"));
    QCOMPARE(LocalSocketPath::resolve(QStringLiteral("  /tmp/a/../b.sock ")),
             QStringLiteral("/tmp/b.sock"));
    QCOMPARE(LocalSocketPath::resolve(QStringLiteral("~/x.sock")),
             QDir::homePath() + QStringLiteral("/x.sock"));
    QCOMPARE(LocalSocketPath::resolve(QString()), QString());
    QCOMPARE(LocalSocketPath::resolve(LocalSocketPath::defaultSetting()),
             runtime + QStringLiteral("/socket-workbench-demo.sock"));
}

void TestLocalSocketPath::runtimeFolderFallsBack()
{
    // A temp folder of the test's own, so that the fallback made here goes with it.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const ScopedEnv tmpdir("TMPDIR", QFile::encodeName(temp.path()));
    const QString fallback =
        QDir::cleanPath(temp.path()) + QStringLiteral("/socket-workbench-%1").arg(::geteuid());
    QCOMPARE(LocalSocketPath::fallbackFolder(), fallback);

    // QTemporaryDir makes a 0700 folder, as a runtime folder must be.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        const ScopedEnv runtime("XDG_RUNTIME_DIR", QFile::encodeName(dir.path()));
        QCOMPARE(LocalSocketPath::runtimeFolder(), QDir::cleanPath(dir.path()));
    }
    // Without it, not /tmp itself (anyone may create a file there first) but
    // a folder of the user's own, made 0700 on first use.
    for (const QByteArray &value :
         {QByteArray(), QFile::encodeName(dir.filePath(QStringLiteral("gone/away")))}) {
        const ScopedEnv runtime("XDG_RUNTIME_DIR", value);
        QCOMPARE(LocalSocketPath::runtimeFolder(), fallback);
        QVERIFY(isPrivateFolder(fallback));
        QCOMPARE(LocalSocketPath::resolve(LocalSocketPath::defaultSetting()),
                 fallback + QStringLiteral("/socket-workbench-demo.sock"));
        QVERIFY(LocalSocketPath::checkUsable(fallback + QStringLiteral("/x.sock")).ok());
    }
}

// Another user (played by the test) got to the predictable name first: a link
// to a folder of theirs, or a file. The socket path in it is refused with a
// message saying why; a folder of ours left open to others is narrowed.
void TestLocalSocketPath::plantedFallbackFolder()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const ScopedEnv tmpdir("TMPDIR", QFile::encodeName(temp.path()));
    const ScopedEnv runtime("XDG_RUNTIME_DIR", QByteArray());
    const QString fallback = LocalSocketPath::fallbackFolder();
    const QString socket = fallback + QStringLiteral("/socket-workbench-demo.sock");
    QVERIFY(QDir().mkpath(temp.filePath(QStringLiteral("theirs"))));

    QVERIFY(QFile::link(temp.filePath(QStringLiteral("theirs")), fallback));
    QCOMPARE(LocalSocketPath::runtimeFolder(), fallback);
    Result<void> usable = LocalSocketPath::checkUsable(socket);
    QVERIFY(!usable);
    QVERIFY2(usable.message().contains(fallback)
                 && usable.message().contains(QStringLiteral("symbolic link")),
             qPrintable(usable.message()));
    QVERIFY(QFileInfo(fallback).isSymLink()); // never followed, never removed
    QVERIFY(QFile::remove(fallback));

    QFile file(fallback);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    usable = LocalSocketPath::checkUsable(socket);
    QVERIFY(!usable);
    QVERIFY2(usable.message().contains(QStringLiteral("regular file"))
                 || usable.message().contains(QStringLiteral("a file")),
             qPrintable(usable.message()));
    QVERIFY(QFile::remove(fallback));

    QVERIFY(QDir().mkdir(fallback));
    QVERIFY(QFile::setPermissions(fallback, QFileDevice::Permissions(0x7777)));
    QVERIFY(LocalSocketPath::checkUsable(socket).ok());
    QVERIFY(isPrivateFolder(fallback));
}

QTEST_GUILESS_MAIN(TestLocalSocketPath)

#include "tst_localsocketpath.moc"
