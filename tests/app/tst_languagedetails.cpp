#include "tests/app/windowtesting.h"

#include "app/mainmenus.h"
#include "widgets/teaching/errorcoachpane.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using swb::app::LanguageManager;
using windowtesting::QuietWindow;

namespace {

bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Han; });
}

// The accelerator of "&Open" or "打开(&O)": the letter after a single &.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return QChar();
}

// Every accelerator used twice in `menu` or, recursively, in its submenus.
QStringList duplicateAccelerators(const QString &where, const QList<QAction *> &actions)
{
    QStringList problems;
    QHash<QChar, QString> seen;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = accelerator(action->text());
        if (!key.isNull()) {
            if (seen.contains(key))
                problems << QStringLiteral("%1: \"%2\" and \"%3\" share %4")
                                .arg(where, seen.value(key), action->text(), key);
            seen.insert(key, action->text());
        }
        if (QMenu *sub = action->menu())
            problems << duplicateAccelerators(where + QLatin1String(" > ") + action->text(),
                                              sub->actions());
    }
    return problems;
}

} // namespace

// The smaller pieces of "every word in the student's language": the name Qt
// adds to window titles, menu accelerators, spin box units, the coach's quote.
class TestLanguageDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void displayNameFollowsTheLanguage();
    void acceleratorsAreUniquePerMenu_data();
    void acceleratorsAreUniquePerMenu();
    void spinBoxUnitsFollowTheLanguage();
    void coachQuotesChineseUpright();

private:
    QTemporaryDir m_settings;
};

void TestLanguageDetails::initTestCase()
{
    windowtesting::useOwnSettings(m_settings, QStringLiteral("tst_languagedetails"));
}

void TestLanguageDetails::displayNameFollowsTheLanguage()
{
    QuietWindow q(QStringLiteral("zh_CN"));
    const QString zhName = QGuiApplication::applicationDisplayName();
    QVERIFY2(hasHan(zhName), qPrintable(zhName));
    QCOMPARE(zhName, LanguageManager::displayName());
    QVERIFY(q.window.openLesson(QStringLiteral("ports-table")).ok());
    // Qt appends the display name to a title that does not already end in it.
    QVERIFY2(q.window.windowTitle().endsWith(zhName), qPrintable(q.window.windowTitle()));
    QVERIFY(!q.window.windowTitle().contains(QLatin1String("Socket Workbench")));

    q.languages.manager.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents(); // LanguageChange is posted
    QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("Socket Workbench"));
    QVERIFY2(q.window.windowTitle().endsWith(QStringLiteral(" \u2014 Socket Workbench")),
             qPrintable(q.window.windowTitle()));
    QVERIFY(!hasHan(q.window.windowTitle()));

    q.languages.manager.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::applicationDisplayName(), zhName);
    QVERIFY2(q.window.windowTitle().endsWith(zhName), qPrintable(q.window.windowTitle()));
}

void TestLanguageDetails::acceleratorsAreUniquePerMenu_data()
{
    windowtesting::addLanguageRows();
}

void TestLanguageDetails::acceleratorsAreUniquePerMenu()
{
    QFETCH(QString, language);
    QuietWindow q(language);
    const QStringList problems =
        duplicateAccelerators(QStringLiteral("menu bar"), q.window.menuBar()->actions());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Every menu of the bar was walked, with accelerators in it.
    int withKeys = 0;
    for (QAction *action : q.window.menuBar()->actions())
        withKeys += accelerator(action->text()).isNull() ? 0 : 1;
    QVERIFY(withKeys >= 5);
}

void TestLanguageDetails::spinBoxUnitsFollowTheLanguage()
{
    QuietWindow q(QStringLiteral("zh_CN"));
    q.window.menus()->addServer->trigger();
    q.window.menus()->addClient->trigger();
    const auto suffixes = [&q] {
        QStringList all;
        for (const QSpinBox *box : q.window.findChildren<QSpinBox *>())
            all << box->suffix();
        return all;
    };
    QStringList zh = suffixes();
    QVERIFY2(zh.contains(QStringLiteral(" 毫秒")), qPrintable(zh.join(QLatin1Char('|'))));
    for (const QString &suffix : std::as_const(zh)) {
        QVERIFY2(!suffix.contains(QLatin1String("ms")) && !suffix.contains(QLatin1String("bytes")),
                 qPrintable(suffix));
    }
    q.languages.manager.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    const QStringList en = suffixes();
    QVERIFY2(en.contains(QStringLiteral(" ms")), qPrintable(en.join(QLatin1Char('|'))));
    QVERIFY(!en.join(QString()).contains(QStringLiteral("毫秒")));
}

// CJK fonts have no italic: Qt would slant the glyphs.
void TestLanguageDetails::coachQuotesChineseUpright()
{
    LanguageManager languages;
    swb::course::ErrorCoach::Context context;
    context.message = QStringLiteral("Connection refused by 127.0.0.1 port 9");
    context.host = QStringLiteral("127.0.0.1");
    context.port = 9;

    languages.setLanguage(QStringLiteral("en"));
    swb::widgets::ErrorCoachPane english;
    english.explain(context);
    QVERIFY2(english.explanationText().contains(QLatin1String("<i>")),
             qPrintable(english.explanationText()));

    languages.setLanguage(QStringLiteral("zh_CN"));
    swb::widgets::ErrorCoachPane chinese;
    context.message = QStringLiteral("连接被拒绝 [ECONNREFUSED]");
    chinese.explain(context);
    QVERIFY2(!chinese.explanationText().contains(QLatin1String("<i>")),
             qPrintable(chinese.explanationText()));
    QVERIFY(chinese.explanationText().contains(context.message));
}

QTEST_MAIN(TestLanguageDetails)
#include "tst_languagedetails.moc"
