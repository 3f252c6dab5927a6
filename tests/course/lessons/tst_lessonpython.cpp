#include "tests/course/coursetesting.h"

#include "course/lessons/lessoncatalog.h"
#include "course/lessons/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using swb::course::LessonCatalog;
using swb::course::LessonInfo;
using swb::course::Workspace;
using swb::course::WorkspaceFile;
using swb::tests::lessonCatalog;
using swb::tests::lessonPython;
using swb::tests::pythonParseProblem;

// A lesson's Python is per language (docs/workspace.md): the same code, with
// the notes' Chinese comments for Chinese users and English comments for
// English users. The old plain text still reads, for every language.
class TestLessonPython final : public QObject
{
    Q_OBJECT
private slots:
    void plainTextReadsForEveryLanguage();
    void perLanguageRoundTrips();
    void everyLessonHasBothLanguages_data();
    void everyLessonHasBothLanguages();
    void onlyTheCommentsDiffer_data();
    void onlyTheCommentsDiffer();
    void bothLanguagesCompile_data();
    void bothLanguagesCompile();
};

namespace {

const QStringList Languages{QStringLiteral("en"), QStringLiteral("zh_CN")};

QByteArray workspaceWithPython(const QJsonValue &python)
{
    const QJsonObject lesson{{QStringLiteral("id"), QStringLiteral("demo")},
                             {QStringLiteral("python"), python}};
    return QJsonDocument(QJsonObject{{QStringLiteral("format"),
                                      QStringLiteral("socket-workbench-workspace")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("panels"), QJsonArray()},
                                     {QStringLiteral("lesson"), lesson}})
        .toJson();
}

// Where the comment of a Python line starts (a # outside a string), or -1.
// The lessons have no triple-quoted strings, so one line is enough to know.
qsizetype commentStart(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('#')) {
            return i;
        }
    }
    return -1;
}

// The code without its comments, line by line: what both languages must share.
QStringList code(const QString &python)
{
    QStringList lines;
    for (const QString &line : python.split(QLatin1Char('\n'))) {
        const qsizetype hash = commentStart(line);
        lines << (hash < 0 ? line : line.left(hash)).trimmed();
    }
    return lines;
}

QStringList comments(const QString &python)
{
    QStringList texts;
    for (const QString &line : python.split(QLatin1Char('\n'))) {
        const qsizetype hash = commentStart(line);
        if (hash >= 0)
            texts << line.mid(hash);
    }
    return texts;
}

void addLessonRows()
{
    QTest::addColumn<QString>("id");
    for (const LessonCatalog::Entry &e : lessonCatalog())
        QTest::newRow(qPrintable(e.id)) << e.id;
}

const LessonInfo &lessonOf(const QString &id)
{
    static const LessonInfo none;
    const LessonCatalog::Entry *e = swb::tests::lessonEntry(id);
    return e && e->workspace.lesson ? *e->workspace.lesson : none;
}

} // namespace

void TestLessonPython::plainTextReadsForEveryLanguage()
{
    const QString text = QString::fromUtf8("import socket  # 导入模块\n");
    const auto parsed = WorkspaceFile::parse(workspaceWithPython(text));
    QVERIFY2(parsed, qPrintable(parsed.message()));
    for (const QString &language : Languages)
        QCOMPARE(lessonPython(*parsed->lesson, language), text);
}

void TestLessonPython::perLanguageRoundTrips()
{
    const QJsonObject texts{{QStringLiteral("en"), QStringLiteral("x = 1  # one\n")},
                            {QStringLiteral("zh_CN"), QString::fromUtf8("x = 1  # 一\n")}};
    const auto parsed = WorkspaceFile::parse(workspaceWithPython(texts));
    QVERIFY2(parsed, qPrintable(parsed.message()));
    QCOMPARE(lessonPython(*parsed->lesson, QStringLiteral("en")), QStringLiteral("x = 1  # one\n"));
    QCOMPARE(lessonPython(*parsed->lesson, QStringLiteral("zh_CN")), QString::fromUtf8("x = 1  # 一\n"));
    const auto back = WorkspaceFile::parse(WorkspaceFile::serialize(*parsed));
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back->lesson->python, parsed->lesson->python);

    const auto wrong = WorkspaceFile::parse(workspaceWithPython(QJsonObject{{QStringLiteral("en"), 3}}));
    QVERIFY(!wrong);
    QVERIFY2(wrong.message().contains(QLatin1String("python")), qPrintable(wrong.message()));
}

void TestLessonPython::everyLessonHasBothLanguages_data()
{
    addLessonRows();
}

void TestLessonPython::everyLessonHasBothLanguages()
{
    QFETCH(QString, id);
    const LessonInfo &lesson = lessonOf(id);
    const QRegularExpression han(QStringLiteral("[\\p{Han}\\x{3000}-\\x{303f}\\x{ff00}-\\x{ffef}]"));
    for (const QString &language : Languages)
        QVERIFY2(!lesson.python.value(language).trimmed().isEmpty(), qPrintable(language));
    // English users read English comments; the Chinese keep the notes' own.
    for (const QString &comment : comments(lesson.python.value(QStringLiteral("en"))))
        QVERIFY2(!comment.contains(han), qPrintable(comment));
    QVERIFY2(comments(lesson.python.value(QStringLiteral("zh_CN"))).join(QString()).contains(han),
             "the Chinese Python should keep the notes' Chinese comments");
}

void TestLessonPython::onlyTheCommentsDiffer_data()
{
    addLessonRows();
}

void TestLessonPython::onlyTheCommentsDiffer()
{
    QFETCH(QString, id);
    const LessonInfo &lesson = lessonOf(id);
    const QStringList en = code(lesson.python.value(QStringLiteral("en")));
    const QStringList zh = code(lesson.python.value(QStringLiteral("zh_CN")));
    QCOMPARE(en.size(), zh.size());
    for (qsizetype i = 0; i < en.size(); ++i)
        QVERIFY2(en.at(i) == zh.at(i), qPrintable(QStringLiteral("line %1: \"%2\" / \"%3\"")
                                                      .arg(i + 1)
                                                      .arg(en.at(i), zh.at(i))));
}

void TestLessonPython::bothLanguagesCompile_data()
{
    addLessonRows();
}

void TestLessonPython::bothLanguagesCompile()
{
    QFETCH(QString, id);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    for (const QString &language : Languages) {
        const QString problem = pythonParseProblem(python, lessonPython(lessonOf(id), language));
        QVERIFY2(problem.isEmpty(), qPrintable(language + QLatin1String(": ") + problem));
    }
}

QTEST_GUILESS_MAIN(TestLessonPython)

#include "tst_lessonpython.moc"
