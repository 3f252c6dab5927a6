#include "tests/app/appprocesstesting.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The real executable speaks the student's language from its first line: the
// help, every option error and "There is no lesson" come after the language
// (--lang, else the saved choice, else the system's) is loaded.
class TestCommandLineLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void speaksTheChosenLanguage_data();
    void speaksTheChosenLanguage();
    void savedLanguageWithoutLang();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);

    QTemporaryDir m_home;
};

void TestCommandLineLanguage::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SWB_APP_PATH)).isExecutable(),
             "build the socket-workbench target first");
    QVERIFY(appprocesstesting::prepareHome(m_home));
}

TestCommandLineLanguage::Run TestCommandLineLanguage::run(const QStringList &arguments)
{
    QProcess app;
    appprocesstesting::useHome(app, m_home);
    app.start(QStringLiteral(SWB_APP_PATH), arguments);
    Run result;
    if (!app.waitForFinished(60000)) {
        app.kill();
        app.waitForFinished(5000);
        return result;
    }
    result.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    result.out = QString::fromUtf8(app.readAllStandardOutput());
    result.err = QString::fromUtf8(app.readAllStandardError());
    return result;
}

void TestCommandLineLanguage::speaksTheChosenLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("stdoutHas");
    QTest::addColumn<QStringList>("stderrHas");
    const QString zh = QStringLiteral("zh_CN");
    const QString en = QStringLiteral("en");
    const QString lang = QStringLiteral("--lang");
    QTest::newRow("zh_CN --help")
        << QStringList{lang, zh, QStringLiteral("--help")} << 0
        << QStringList{QStringLiteral("显示本帮助并退出。"), QStringLiteral("界面语言"),
                       QStringLiteral("用法：socket-workbench [")}
        << QStringList{};
    QTest::newRow("--lang=zh_CN --help")
        << QStringList{QStringLiteral("--lang=zh_CN"), QStringLiteral("--help")} << 0
        << QStringList{QStringLiteral("显示本帮助并退出。")} << QStringList{};
    QTest::newRow("zh_CN bad option")
        << QStringList{lang, zh, QStringLiteral("--bogus")} << 2 << QStringList{}
        << QStringList{QStringLiteral("未知选项"), QStringLiteral("查看可用选项")};
    QTest::newRow("zh_CN bad zoom")
        << QStringList{lang, zh, QStringLiteral("--zoom"), QStringLiteral("9")} << 2
        << QStringList{} << QStringList{QStringLiteral("查看可用选项")};
    QTest::newRow("zh_CN no such lesson")
        << QStringList{lang, zh, QStringLiteral("--lesson"), QStringLiteral("no-such")} << 2
        << QStringList{} << QStringList{QStringLiteral("没有课程“no-such”"), QStringLiteral("查看可用选项")};
    QTest::newRow("en --help")
        << QStringList{lang, en, QStringLiteral("--help")} << 0
        << QStringList{QStringLiteral("Show this help and exit."),
                       QStringLiteral("Usage: socket-workbench [options]")}
        << QStringList{};
    QTest::newRow("en bad option")
        << QStringList{lang, en, QStringLiteral("--bogus")} << 2 << QStringList{}
        << QStringList{QStringLiteral("Unknown option 'bogus'."),
                       QStringLiteral("Run socket-workbench --help for the options.")};
    QTest::newRow("en no such lesson")
        << QStringList{lang, en, QStringLiteral("--lesson"), QStringLiteral("no-such")} << 2
        << QStringList{} << QStringList{QStringLiteral("There is no lesson \"no-such\".")};
}

void TestCommandLineLanguage::speaksTheChosenLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, stdoutHas);
    QFETCH(QStringList, stderrHas);
    const Run result = run(arguments);
    const QString what = QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
                             .arg(result.exitCode)
                             .arg(result.out, result.err);
    QVERIFY2(result.exitCode == exitCode, qPrintable(what));
    for (const QString &text : stdoutHas)
        QVERIFY2(result.out.contains(text), qPrintable(text + QLatin1Char('\n') + what));
    for (const QString &text : stderrHas)
        QVERIFY2(result.err.contains(text), qPrintable(text + QLatin1Char('\n') + what));
    // The other language never leaks in: English help and errors have no Chinese at all.
    if (arguments.contains(QStringLiteral("en"))) {
        for (const QChar c : result.out + result.err)
            QVERIFY2(c.script() != QChar::Script_Han, qPrintable(what));
    } else {
        QVERIFY2(!result.err.contains(QStringLiteral("Run socket-workbench")), qPrintable(what));
        QVERIFY2(!result.out.contains(QStringLiteral("Show this help")), qPrintable(what));
    }
}

// No --lang: the language chosen in an earlier session.
void TestCommandLineLanguage::savedLanguageWithoutLang()
{
    const QString file = m_home.filePath(
        QStringLiteral("config/SocketWorkbench/socket-workbench.conf"));
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(QStringLiteral("language"), QStringLiteral("zh_CN"));
    }
    const Run zh = run({QStringLiteral("--bogus")});
    QVERIFY2(zh.exitCode == 2 && zh.err.contains(QStringLiteral("查看可用选项")), qPrintable(zh.err));
    // --lang wins over the saved choice.
    const Run en = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--bogus")});
    QVERIFY2(en.err.contains(QStringLiteral("Run socket-workbench --help")), qPrintable(en.err));
    QFile::remove(file);
}

QTEST_GUILESS_MAIN(TestCommandLineLanguage)
#include "tst_commandlinelanguage.moc"
