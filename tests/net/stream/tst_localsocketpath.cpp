#include "net/stream/localsocketpath.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

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
};

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
    const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
    const auto restore = qScopeGuard([&saved] {
        if (saved.isNull())
            qunsetenv("XDG_RUNTIME_DIR");
        else
            qputenv("XDG_RUNTIME_DIR", saved);
    });
    // QTemporaryDir makes a 0700 folder, as a runtime folder must be.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir.path()));
    QCOMPARE(LocalSocketPath::runtimeFolder(), QDir::cleanPath(dir.path()));
    qunsetenv("XDG_RUNTIME_DIR");
    QCOMPARE(LocalSocketPath::runtimeFolder(), QDir::cleanPath(QDir::tempPath()));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir.filePath(QStringLiteral("gone/away"))));
    QCOMPARE(LocalSocketPath::runtimeFolder(), QDir::cleanPath(QDir::tempPath()));
}

QTEST_GUILESS_MAIN(TestLocalSocketPath)

#include "tst_localsocketpath.moc"
