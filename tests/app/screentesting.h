#pragma once

// The window tests that run on every classroom screen: the screen comes from
// the environment (SWB_SCREEN, e.g. 1366x768, at SWB_ZOOM percent), so one
// executable runs at every size; the offscreen platform reads it from a file
// before the application starts.

#include <QApplication>
#include <QByteArray>
#include <QDir>
#include <QStringList>
#include <QFile>
#include <QTest>

namespace screentesting {

inline int zoomPercent()
{
    const int zoom = qEnvironmentVariableIntValue("SWB_ZOOM");
    return zoom > 0 ? zoom : 100;
}

// Window-level problems: what makes the window unusable whatever the panels
// show inside.
inline QStringList windowProblems(const QStringList &problems)
{
    QStringList found;
    for (const QString &p : problems) {
        if (p.contains(QLatin1String("larger than the screen"))
            || p.contains(QLatin1String("below its minimum"))
            || p.contains(QLatin1String("past the window's edge")))
            found << p;
    }
    return found;
}

// main() of such a test: the screen, the application, the test object's run.
template<typename Test>
int runOnScreen(int argc, char *argv[])
{
    QByteArray size = qgetenv("SWB_SCREEN");
    if (size.isEmpty())
        size = "1366x768";
    const QList<QByteArray> parts = size.split('x');
    const QString config = QDir::temp().filePath(
        QStringLiteral("swb-screen-%1-%2.json").arg(QString::fromLatin1(size)).arg(QCoreApplication::applicationPid()));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(QByteArrayLiteral("{\"screens\": [{\"name\": \"classroom\", \"x\": 0, \"y\": 0, ")
               + "\"width\": " + parts.value(0) + ", \"height\": " + parts.value(1)
               + ", \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen:configfile=") + config.toLocal8Bit());
    QApplication app(argc, argv);
    Test test;
    const int status = QTest::qExec(&test, argc, argv);
    QFile::remove(config);
    return status;
}

} // namespace screentesting
