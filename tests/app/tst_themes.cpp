#include "app/appstyle.h"
#include "app/themes.h"
#include "models/colourcontrast.h"
#include "models/sequencemodel.h"
#include "net/http/httpmessageparser.h"
#include "widgets/common/directioncolours.h"
#include "widgets/common/warningcolour.h"
#include "widgets/http/httpescapehighlighter.h"
#include "widgets/http/httprequesteditor.h"
#include "widgets/httpresponse/httpresponseview.h"
#include "widgets/teaching/pythonhighlighter.h"
#include "widgets/teaching/sequencepainter.h"

#include <QApplication>
#include <QLabel>
#include <QTextBlock>
#include <QTextDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using swb::app::Themes;
using swb::models::ColourContrast;
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
    void appColoursKeepTheContrast_data() { contrast_data(); }
    void appColoursKeepTheContrast();
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
    QCOMPARE(qRound(ColourContrast::contrast(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(ColourContrast::contrast(Qt::white, Qt::white), 1.0);
    // #767676 on white is the classic 4.54:1.
    QVERIFY(std::abs(ColourContrast::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
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
            const double ratio = ColourContrast::contrast(p.color(group, text), p.color(group, background));
            QVERIFY2(ratio >= minimum,
                     qPrintable(QStringLiteral("%1 on %2: %3:1").arg(p.color(group, text).name(),
                                                                   p.color(group, background).name())
                                    .arg(ratio, 0, 'f', 2)));
        }
    }
    if (theme != Theme::Light) {
        // Links and placeholders are text too.
        QVERIFY(ColourContrast::contrast(p.color(QPalette::Link), p.color(QPalette::Base)) >= minimum);
        QVERIFY(ColourContrast::contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 4.5);
    }
}

// The app's own colours, drawn on the theme's backgrounds: HTTP parts, the
// raw request's escapes, Python highlighting, the sequence diagram's arrows,
// the conversation's directions and the warning red.
void TestThemes::appColoursKeepTheContrast()
{
    QFETCH(Theme, theme);
    QFETCH(double, minimum);
    const QPalette p = Themes::palette(theme);
    const QColor base = p.color(QPalette::Base);
    QCOMPARE(ColourContrast::promisedRatio(p), minimum);
    QStringList weak;
    const auto check = [&weak](const QString &what, const QColor &colour,
                               const QColor &background, double needed) {
        const double ratio = ColourContrast::contrast(colour, background);
        if (ratio < needed)
            weak << QStringLiteral("%1: %2 on %3 is %4:1")
                        .arg(what, colour.name(), background.name())
                        .arg(ratio, 0, 'f', 2);
    };

    // Every character of a parsed chunked response, status line to warning.
    swb::widgets::HttpResponseView response;
    response.setPalette(p);
    const QByteArray bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                           "5\r\nhello\r\n0\r\n\r\nextra");
    swb::net::HttpMessageParser parser;
    parser.feed(bytes);
    response.setResponse(bytes, bytes.size(), parser, "UTF-8", false);
    int characters = 0;
    for (QTextBlock block = response.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            check(QStringLiteral("HTTP \"%1\"").arg(fragment.text()),
                  fragment.charFormat().foreground().color(), base, minimum);
            characters += int(fragment.length());
        }
    }
    QVERIFY(characters > 40);

    swb::widgets::HttpRequestEditor request;
    request.setPalette(p);
    check(QStringLiteral("request \\r\\n"), request.highlighter()->lineEndColour(), base, minimum);

    QTextDocument script;
    swb::widgets::PythonHighlighter python(&script);
    python.setPalette(p);
    check(QStringLiteral("Python keyword"), python.keywordColour(), base, minimum);
    check(QStringLiteral("Python string"), python.stringColour(), base, minimum);
    check(QStringLiteral("Python comment"), python.commentColour(), base, minimum);

    swb::models::SequenceModel sequence;
    const swb::widgets::SequencePainter painter(sequence, QFont(), p);
    using Kind = swb::models::SequenceArrow::Kind;
    for (const Kind kind : {Kind::Listen, Kind::Connect, Kind::Accept, Kind::Data, Kind::Close,
                            Kind::Error}) {
        swb::models::SequenceArrow arrow;
        arrow.kind = kind;
        check(QStringLiteral("arrow %1").arg(int(kind)), painter.colourFor(arrow), base, minimum);
    }

    const swb::widgets::DirectionColours directions = swb::widgets::DirectionColours::forPalette(p);
    check(QStringLiteral("sent bytes"), directions.sentText, base, minimum);
    check(QStringLiteral("received bytes"), directions.receivedText, directions.receivedShade,
          minimum);

    // Themes reach the warning through the application's palette.
    const QPalette before = QApplication::palette();
    QApplication::setPalette(p);
    QLabel warning(QStringLiteral("Cannot bind"));
    swb::widgets::WarningColour::set(&warning, true);
    warning.ensurePolished(); // a style sheet reaches the palette when polished
    check(QStringLiteral("warning"), warning.palette().color(QPalette::WindowText),
          p.color(QPalette::Window), minimum);
    QCOMPARE(warning.palette().color(QPalette::WindowText).rgb(),
             swb::widgets::WarningColour::on(p).rgb());
    QApplication::setPalette(before);
    QVERIFY2(weak.isEmpty(), qPrintable(weak.join(QLatin1Char('\n'))));
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
    const QColor lifted = ColourContrast::readable(colour, background, ratio);
    QVERIFY(ColourContrast::contrast(lifted, background) >= ratio);
    if (ColourContrast::contrast(colour, background) >= ratio)
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
