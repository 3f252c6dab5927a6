#include "course/coach/portcheck.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using swb::course::PortCheck;
using swb::course::PortUser;

// "Is this port in use?" names the program that holds the port by its whole
// name, not the kernel's 15-byte comm, and its line reads as written.
class TestPortCheck : public QObject
{
    Q_OBJECT

private slots:
    void namesAProgramWithALongName();
};

void TestPortCheck::namesAProgramWithALongName()
{
    // The interpreter itself: python3 on the PATH may be a wrapper script (pyenv)
    // that would look for a program of the link's name.
    QProcess ask;
    ask.start(QStringLiteral("python3"),
              {QStringLiteral("-c"),
               QStringLiteral("import os, sys; print(os.path.realpath(sys.executable))")});
    if (!ask.waitForFinished(20000) || ask.exitCode() != 0)
        QSKIP("python3 is not installed");
    const QString python = QString::fromLocal8Bit(ask.readAllStandardOutput()).trimmed();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A link's name becomes the process's argv[0] and, cut to 15 bytes, its comm.
    const QString longName = QStringLiteral("workbench_port_holder_with_a_long_name");
    const QString program = dir.filePath(longName);
    QVERIFY(QFile::link(python, program));
    QProcess holder;
    holder.start(program, {QStringLiteral("-c"),
                           QStringLiteral("import socket, sys, time\n"
                                          "s = socket.socket()\n"
                                          "s.bind(('127.0.0.1', 0))\n"
                                          "s.listen()\n"
                                          "print(s.getsockname()[1], flush=True)\n"
                                          "sys.stdin.read()\n")});
    QVERIFY2(holder.waitForStarted(10000), qPrintable(holder.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(holder.canReadLine(), 20000);
    const quint16 port = quint16(holder.readLine().trimmed().toUInt());
    QVERIFY(port != 0);

    const QList<PortUser> users = PortCheck::listeners(PortCheck::find(port));
    QCOMPARE(users.size(), 1);
    QVERIFY2(users.first().process.startsWith(longName + QLatin1Char(' ')),
             qPrintable(users.first().process));
    QVERIFY(users.first().process.contains(QString::number(holder.processId())));
    const QString text = PortCheck::describe(users, port);
    QVERIFY2(text.contains(QStringLiteral(" \u2014 ") + longName), qPrintable(text));
    QVERIFY2(!text.contains(QChar(0x00e2)), qPrintable(text)); // UTF-8 read as Latin-1

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestPortCheck)
#include "tst_portcheck.moc"
