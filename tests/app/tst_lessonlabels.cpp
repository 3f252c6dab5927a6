#include "tests/app/labelclaims.h"
#include "tests/app/visibletexts.h"
#include "tests/app/windowtesting.h"

#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "course/lessons/lessoncatalog.h"
#include "course/lessons/lessonguide.h"
#include "widgets/teaching/lessonpane.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using labelclaims::Claim;
using swb::course::LessonCatalog;
using swb::course::LessonGuides;
using swb::course::LessonInfo;

// The lessons and the lesson guides speak the window's words: every label
// they quote (a button, tab, menu item, panel, row kind) is one the window
// shows in that language, and the Chinese texts use the glossary's terms
// (docs/glossary.md), never the ones it lists as "not to use".
class TestLessonLabels final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void quotedLabelsAreShown_data();
    void quotedLabelsAreShown();
    void lengthLessonQuotesTheRealOutput_data();
    void lengthLessonQuotesTheRealOutput();
    void glossaryTermsToAvoidAreNotUsed();
    void pythonFollowsTheLanguage();

private:
    QTemporaryDir m_dir;
};

namespace {

struct Text
{
    QString where;
    QString text;
};

// A lesson's texts in one language: its title, explanation and guide.
QList<Text> lessonTexts(const QString &id, const LessonInfo *lesson, const QString &language)
{
    QList<Text> texts;
    if (lesson) {
        texts << Text{QStringLiteral("title"), lesson->title.value(language)}
              << Text{QStringLiteral("explanation"), lesson->explanation.value(language)};
    }
    if (const auto guide = LessonGuides::find(id)) {
        texts << Text{QStringLiteral("guide title"), guide->title.value(language)}
              << Text{QStringLiteral("guide goal"), guide->goal.value(language)};
        for (const QString &watch : guide->watch.value(language))
            texts << Text{QStringLiteral("guide watch"), watch};
    }
    return texts;
}

bool shown(const Claim &claim, const QSet<QString> &visible, const QSet<QString> &kinds)
{
    const QString label = visibletexts::normalized(claim.label);
    switch (claim.kind) {
    case Claim::Kind::RowKind: return kinds.contains(label);
    case Claim::Kind::Label: return visible.contains(label);
    case Claim::Kind::LabelStart:
        for (const QString &text : visible) {
            if (text == label || text.startsWith(label + QLatin1Char(' ')))
                return true;
        }
        return false;
    }
    return false;
}

// The Chinese translations of the .ts file (numerus forms included).
QList<Text> tsTranslations(const QString &path)
{
    QList<Text> texts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform"))
            texts << Text{QStringLiteral("translation of \"%1\"").arg(source.left(60)),
                          xml.readElementText(QXmlStreamReader::IncludeChildElements)};
    }
    return texts;
}

// docs/glossary.md's "Not to use" column: one row per idea, terms split at 、.
QStringList termsToAvoid()
{
    QFile file(QStringLiteral(SWB_SOURCE_DIR "/docs/glossary.md"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList avoid;
    bool inTerms = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## ")))
            inTerms = line == QLatin1String("## Terms");
        const QStringList cells = line.split(QLatin1Char('|'));
        if (!inTerms || cells.size() < 5 || cells.at(1).trimmed() == QLatin1String("English")
            || cells.at(1).trimmed().startsWith(QLatin1Char('-')))
            continue;
        for (const QString &term : cells.at(3).split(QStringLiteral("、"))) {
            if (!term.trimmed().isEmpty() && term.trimmed() != QStringLiteral("—"))
                avoid << term.trimmed();
        }
    }
    return avoid;
}

} // namespace

void TestLessonLabels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    windowtesting::useOwnSettings(m_dir, QStringLiteral("tst_lessonlabels"));
}

void TestLessonLabels::quotedLabelsAreShown_data()
{
    windowtesting::addLanguageRows();
}

// Each lesson is opened in a window of that language; what its texts and its
// guide quote must be among what that window shows.
void TestLessonLabels::quotedLabelsAreShown()
{
    QFETCH(QString, language);
    QStringList problems;
    int checked = 0;
    QStringList ids;
    for (const LessonCatalog::Entry &entry : LessonCatalog::all())
        ids << entry.id;
    ids << LessonGuides::portsTableId();
    for (const QString &id : ids) {
        windowtesting::QuietWindow quiet(language);
        QVERIFY(QTest::qWaitForWindowExposed(&quiet.window));
        const auto lesson = LessonCatalog::find(id);
        if (lesson)
            QVERIFY2(quiet.window.openLesson(id), qPrintable(id));
        QCoreApplication::processEvents();
        QSet<QString> visible = visibletexts::of(quiet.window, id);
        // A button says Start or Stop by the panel's state: see both.
        quiet.window.recoverWorkspace(quiet.window.currentWorkspace());
        QCoreApplication::processEvents();
        visible.unite(visibletexts::of(quiet.window, id));
        const QSet<QString> kinds = visibletexts::rowKinds();
        const LessonInfo *info = lesson && lesson->lesson ? &*lesson->lesson : nullptr;
        for (const Text &text : lessonTexts(id, info, language)) {
            for (const Claim &claim : labelclaims::of(text.text, language)) {
                ++checked;
                if (!shown(claim, visible, kinds))
                    problems << QStringLiteral("%1 %2: \"%3\" is not shown (%4)")
                                    .arg(id, text.where, claim.label, claim.excerpt);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(checked > 20, "the lessons should name some labels");
}

void TestLessonLabels::lengthLessonQuotesTheRealOutput_data()
{
    windowtesting::addLanguageRows();
}

// Lesson 03 (udp-length) quotes the server's log line, the panels' counters
// and the kernel drops as the window shows them in that language.
void TestLessonLabels::lengthLessonQuotesTheRealOutput()
{
    QFETCH(QString, language);
    swb::app::LanguageManager languages;
    languages.setLanguage(language);
    const auto lesson = LessonCatalog::find(QStringLiteral("udp-length"));
    QVERIFY(lesson && lesson->lesson);
    const QString text = lesson->lesson->explanation.value(language);
    const bool en = language == QStringLiteral("en");
    const auto quoted = [en](const QString &s) {
        return en ? QLatin1Char('"') + s + QLatin1Char('"') : QStringLiteral("\u201c%1\u201d").arg(s);
    };
    const QString line = QCoreApplication::translate("swb::net::UdpEndpoint", "%n byte(s) from %1",
                                                     "", 9)
                             .arg(QStringLiteral("127.0.0.1:40000"));
    QVERIFY2(text.contains(quoted(line)), qPrintable(line));
    // The counters put counted words ("%1 bytes", "%1 messages") into their sentence.
    const QString bytes = QCoreApplication::translate("swb::net::CountText", "%1 bytes", "a count", 2);
    const QString messages =
        QCoreApplication::translate("swb::net::CountText", "%1 messages", "a count", 2);
    const QString counters =
        QCoreApplication::translate("swb::widgets::Panel", "RX %1 in %2 \u00b7 TX %3 in %4")
            .arg(bytes, messages, bytes, messages);
    for (QString part : counters.split(QStringLiteral(" \u00b7 "))) {
        part.replace(QRegularExpression(QStringLiteral("%\\d")), QStringLiteral("\u2026"));
        QVERIFY2(text.contains(quoted(part)), qPrintable(part));
    }
    const QString drops = visibletexts::normalized(
        QCoreApplication::translate("swb::widgets::UdpPanel", "kernel drops: %1").remove(QStringLiteral("%1")));
    QVERIFY2(text.contains(quoted(drops)), qPrintable(drops));
    // The panels are named by their names in English; the Chinese describes them.
    for (const auto &panel : lesson->panels) {
        if (en)
            QVERIFY2(text.contains(panel.name + QStringLiteral(" panel")), qPrintable(panel.name));
        else
            QVERIFY2(!text.contains(panel.name), qPrintable(panel.name));
    }
}

void TestLessonLabels::glossaryTermsToAvoidAreNotUsed()
{
    const QStringList avoid = termsToAvoid();
    QVERIFY2(avoid.size() >= 10, "docs/glossary.md should list the terms not to use");
    QList<Text> texts = tsTranslations(QStringLiteral(SWB_SOURCE_DIR
                                                      "/translations/socket-workbench_zh_CN.ts"));
    QVERIFY2(texts.size() > 500, "the Chinese translations should be read");
    const QString zh = QStringLiteral("zh_CN");
    for (const LessonCatalog::Entry &entry : LessonCatalog::all()) {
        for (const Text &text : lessonTexts(entry.id, &*entry.workspace.lesson, zh))
            texts << Text{entry.id + QLatin1Char(' ') + text.where, text.text};
    }
    for (const Text &text : lessonTexts(LessonGuides::portsTableId(), nullptr, zh))
        texts << text;
    for (const swb::course::WellKnownPort &port : LessonGuides::wellKnownPorts())
        texts << Text{port.protocol, port.use.value(zh)};
    QStringList problems;
    for (const Text &text : texts) {
        for (const QString &term : avoid) {
            if (text.text.contains(term))
                problems << QStringLiteral("%1 uses %2: %3").arg(text.where, term, text.text.left(80));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The lesson pane shows the Python with comments in the window's language,
// and switches when the language does.
void TestLessonLabels::pythonFollowsTheLanguage()
{
    windowtesting::QuietWindow quiet(QStringLiteral("en"));
    QVERIFY(QTest::qWaitForWindowExposed(&quiet.window));
    QVERIFY(quiet.window.openLesson(QStringLiteral("tcp-basics")));
    const QString english = QStringLiteral("# import the module");
    const QString chinese = QStringLiteral("# 导入模块");
    QVERIFY(quiet.window.lessonPane()->html().contains(english));
    QVERIFY(!quiet.window.lessonPane()->html().contains(chinese));
    quiet.languages.manager.setLanguage(QStringLiteral("zh_CN"));
    QTRY_VERIFY(quiet.window.lessonPane()->html().contains(chinese));
    QVERIFY(!quiet.window.lessonPane()->html().contains(english));
    quiet.languages.manager.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(quiet.window.lessonPane()->html().contains(english));
}

QTEST_MAIN(TestLessonLabels)

#include "tst_lessonlabels.moc"
