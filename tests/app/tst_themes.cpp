#include "app/appstyle.h"
#include "app/themes.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using swb::app::Themes;
using Theme = swb::app::Themes::Theme;

Q_DECLARE_METATYPE(swb::app::Themes::Theme)

// The themes keep text readable: WCAG contrast of every text colour against
// its background is at least 7:1 in high contrast and 4.5:1 in dark (and in
// light); colours that a model picks (grey, red rows) are lifted to that
// level by the style; the chosen theme is applied and remembered.
class TestThemes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wcagFormula();
    void contrast_data();
    void contrast();
    void readableLiftsWeakColours_data();
    void readableLiftsWeakColours();
    void applyAndRemember();
    void namesRoundTrip();
};

void TestThemes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SocketWorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_themes"));
    QSettings().clear();
}

void TestThemes::wcagFormula()
{
    QCOMPARE(qRound(Themes::contrast(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(Themes::contrast(Qt::white, Qt::white), 1.0);
    // #767676 on white is the classic 4.54:1.
    QVERIFY(std::abs(Themes::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
}

void TestThemes::contrast_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<double>("minimum");
    QTest::newRow("light") << Theme::Light << 4.5;
    QTest::newRow("dark") << Theme::Dark << 4.5;
    QTest::newRow("high-contrast") << Theme::HighContrast << 7.0;
}

void TestThemes::contrast()
{
    QFETCH(Theme, theme);
    QFETCH(double, minimum);
    QCOMPARE(Themes::minimumContrast(theme), minimum);
    const QPalette p = Themes::palette(theme);
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::WindowText, QPalette::Window},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
    };
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const auto &[text, background] : pairs) {
            const double ratio = Themes::contrast(p.color(group, text), p.color(group, background));
            QVERIFY2(ratio >= minimum,
                     qPrintable(QStringLiteral("%1 on %2: %3:1").arg(p.color(group, text).name(),
                                                                   p.color(group, background).name())
                                    .arg(ratio, 0, 'f', 2)));
        }
    }
    if (theme != Theme::Light) {
        // Links and placeholders are text too.
        QVERIFY(Themes::contrast(p.color(QPalette::Link), p.color(QPalette::Base)) >= minimum);
        QVERIFY(Themes::contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 4.5);
    }
}

void TestThemes::readableLiftsWeakColours_data()
{
    QTest::addColumn<QColor>("colour");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("ratio");
    // The traffic table's grey and red rows on the dark and the black bases.
    QTest::newRow("grey on dark") << QColor(0x55, 0x55, 0x55) << QColor(0x1e, 0x1e, 0x1e) << 4.5;
    QTest::newRow("red on dark") << QColor(0xc6, 0x28, 0x28) << QColor(0x1e, 0x1e, 0x1e) << 4.5;
    QTest::newRow("red on black") << QColor(0xc6, 0x28, 0x28) << QColor(Qt::black) << 7.0;
    QTest::newRow("yellow on white") << QColor(0xff, 0xee, 0x58) << QColor(Qt::white) << 4.5;
    QTest::newRow("already fine") << QColor(Qt::black) << QColor(Qt::white) << 7.0;
}

void TestThemes::readableLiftsWeakColours()
{
    QFETCH(QColor, colour);
    QFETCH(QColor, background);
    QFETCH(double, ratio);
    const QColor lifted = Themes::readable(colour, background, ratio);
    QVERIFY(Themes::contrast(lifted, background) >= ratio);
    if (Themes::contrast(colour, background) >= ratio)
        QCOMPARE(lifted, colour);
    else if (colour.hslSaturation() > 50)
        QVERIFY(std::abs(lifted.hslHue() - colour.hslHue()) <= 2); // still red, still yellow
}

void TestThemes::applyAndRemember()
{
    Themes themes;
    themes.setTheme(Theme::Dark);
    QCOMPARE(QApplication::palette().color(QPalette::Base), Themes::palette(Theme::Dark).color(QPalette::Base));
    QCOMPARE(swb::app::AppStyle::ensureInstalled()->minimumContrast(), 4.5);
    themes.setTheme(Theme::HighContrast);
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    QVERIFY(qApp->styleSheet().contains(QLatin1String("border")));
    QCOMPARE(swb::app::AppStyle::ensureInstalled()->minimumContrast(), 7.0);
    Themes other;
    other.restore();
    QCOMPARE(other.theme(), Theme::HighContrast);
    themes.setTheme(Theme::Light);
    QVERIFY(qApp->styleSheet().isEmpty());
    QCOMPARE(QApplication::palette().color(QPalette::Base),
             QApplication::style()->standardPalette().color(QPalette::Base));
}

void TestThemes::namesRoundTrip()
{
    for (const Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast})
        QCOMPARE(Themes::fromName(Themes::name(theme)), theme);
    QVERIFY(!Themes::fromName(QStringLiteral("sepia")));
}

QTEST_MAIN(TestThemes)
#include "tst_themes.moc"
