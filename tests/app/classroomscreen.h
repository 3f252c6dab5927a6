#pragma once

// One test executable for every classroom screen: the screen's size comes
// from SWB_SCREEN (e.g. 1366x768, the default) and the zoom from SWB_ZOOM
// (percent, default 100). The offscreen platform reads the screen from a
// file before the application starts, so this replaces QTEST_MAIN.

#include <QApplication>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTest>

namespace windowtesting {

inline int zoomPercent()
{
    const int zoom = qEnvironmentVariableIntValue("SWB_ZOOM");
    return zoom > 0 ? zoom : 100;
}

template<class Test>
int runOnClassroomScreen(int argc, char *argv[])
{
    QByteArray size = qgetenv("SWB_SCREEN");
    if (size.isEmpty())
        size = "1366x768";
    const QList<QByteArray> parts = size.split('x');
    const QString config = QDir::temp().filePath(QStringLiteral("swb-screen-%1-%2.json")
                                                     .arg(QString::fromLatin1(size))
                                                     .arg(QCoreApplication::applicationPid()));
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

} // namespace windowtesting
