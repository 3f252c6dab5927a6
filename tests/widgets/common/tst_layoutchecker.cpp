#include "tests/widgets/layoutchecker.h"

#include <QBoxLayout>
#include <QMainWindow>
#include <QTabWidget>
#include <QTest>

using swb::tests::LayoutChecker;

// The checker itself: it finds each kind of problem it promises, and passes a
// layout that has room for everything.
class TestLayoutChecker final : public QObject
{
    Q_OBJECT
private slots:
    void roomyLayoutPasses();
    void windowLargerThanTheScreen();
    void overlappingSiblings();
    void clippedTexts();
    void elidingByDesignNeedsTheTooltip();
    void squeezedDock();
    void tabBarArrowsMayTouch();

private:
    const QRect m_screen{0, 0, 1366, 768};
};

namespace {

QStringList shownAndChecked(QWidget &window, const QRect &screen)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {QStringLiteral("window not exposed")};
    return LayoutChecker(screen).check(&window);
}

bool mentions(const QStringList &problems, const QString &what)
{
    for (const QString &p : problems) {
        if (p.contains(what))
            return true;
    }
    return false;
}

} // namespace

void TestLayoutChecker::roomyLayoutPasses()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Listening on 127.0.0.1:8001")));
    layout->addWidget(new QPushButton(QStringLiteral("Start")));
    layout->addWidget(new QCheckBox(QStringLiteral("SO_REUSEADDR")));
    auto *combo = new QComboBox;
    combo->addItems({QStringLiteral("Any protocol"), QStringLiteral("TCP")});
    layout->addWidget(combo);
    // Sized by its layout to "Protocol:": the '&' only underlines the P.
    auto *buddyLabel = new QLabel(QStringLiteral("&Protocol:"));
    buddyLabel->setBuddy(combo);
    buddyLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    layout->addWidget(buddyLabel);
    auto *wrapped = new QLabel(QStringLiteral("A long explanation that wraps over several lines "
                                              "when the window is narrow."));
    wrapped->setWordWrap(true);
    layout->addWidget(wrapped);
    const QStringList problems = shownAndChecked(window, m_screen);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLayoutChecker::windowLargerThanTheScreen()
{
    QWidget window;
    window.resize(1500, 700);
    QVERIFY(mentions(shownAndChecked(window, m_screen), QStringLiteral("larger than the screen")));
    window.resize(1300, 700);
    QVERIFY(!mentions(LayoutChecker(m_screen).check(&window),
                      QStringLiteral("larger than the screen")));
}

void TestLayoutChecker::overlappingSiblings()
{
    QWidget window;
    window.resize(400, 200);
    auto *a = new QLabel(QStringLiteral("a"), &window);
    auto *b = new QLabel(QStringLiteral("b"), &window);
    a->setGeometry(10, 10, 100, 30);
    b->setGeometry(60, 20, 100, 30);
    const QStringList problems = shownAndChecked(window, m_screen);
    QVERIFY2(mentions(problems, QStringLiteral("overlap by 50×20")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    // Side by side, touching: no overlap.
    b->setGeometry(110, 10, 100, 30);
    QVERIFY(!mentions(LayoutChecker(m_screen).check(&window), QStringLiteral("overlap")));
}

void TestLayoutChecker::clippedTexts()
{
    QWidget window;
    window.resize(600, 300);
    auto *label = new QLabel(QStringLiteral("A label far too long for its room"), &window);
    label->setObjectName(QStringLiteral("narrowLabel"));
    label->setGeometry(0, 0, 40, 20);
    auto *button = new QPushButton(QStringLiteral("Disconnect the selected client"), &window);
    button->setObjectName(QStringLiteral("narrowButton"));
    button->setGeometry(0, 30, 50, 30);
    auto *check = new QCheckBox(QStringLiteral("Accept invalid certificates"), &window);
    check->setObjectName(QStringLiteral("narrowCheck"));
    check->setGeometry(0, 70, 50, 20);
    auto *combo = new QComboBox(&window);
    combo->setObjectName(QStringLiteral("narrowCombo"));
    combo->addItem(QStringLiteral("Any protocol"));
    combo->setGeometry(0, 100, 50, 25);
    auto *wrapped = new QLabel(QStringLiteral("Words that wrap need more lines than fit "
                                              "in a box this low, so the last are cut."),
                               &window);
    wrapped->setObjectName(QStringLiteral("lowLabel"));
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 140, 120, 15);
    const QStringList problems = shownAndChecked(window, m_screen);
    for (const char *name : {"narrowLabel", "narrowButton", "narrowCheck", "narrowCombo", "lowLabel"})
        QVERIFY2(mentions(problems, QLatin1String(name)), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLayoutChecker::elidingByDesignNeedsTheTooltip()
{
    QWidget window;
    window.resize(300, 100);
    const QString text = QStringLiteral("127.0.0.1:44321 -> 127.0.0.1:8001");
    auto *label = new QLabel(text, &window);
    label->setObjectName(QStringLiteral("peer"));
    label->setGeometry(0, 0, 40, 20);
    label->setProperty("elidesText", true);
    QVERIFY(mentions(shownAndChecked(window, m_screen), QStringLiteral("peer")));
    label->setToolTip(text);
    QVERIFY(!mentions(LayoutChecker(m_screen).check(&window), QStringLiteral("peer")));
}

void TestLayoutChecker::squeezedDock()
{
    QMainWindow window;
    auto *dock = new QDockWidget(QStringLiteral("Panel"), &window);
    dock->setObjectName(QStringLiteral("panelDock"));
    auto *content = new QWidget;
    content->setMinimumSize(300, 200);
    dock->setWidget(content);
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    window.setCentralWidget(new QWidget);
    window.resize(800, 600);
    QStringList problems = shownAndChecked(window, m_screen);
    QVERIFY2(!mentions(problems, QStringLiteral("panelDock")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    // The window forced below what the dock needs, as a window manager
    // clamping an oversized window would: the dock runs past the edge.
    window.setFixedSize(160, 120);
    QTRY_COMPARE(window.width(), 160);
    problems = LayoutChecker(m_screen).check(&window);
    QVERIFY2(mentions(problems, QStringLiteral("panelDock")),
             qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLayoutChecker::tabBarArrowsMayTouch()
{
    // Tabs that need more room than they have scroll: each keeps its whole
    // name, and Qt's two arrows may lie a pixel over each other.
    QWidget window;
    window.resize(220, 160);
    auto *tabs = new QTabWidget;
    tabs->setElideMode(Qt::ElideNone);
    tabs->setUsesScrollButtons(true);
    for (const char *name : {"Bytes, marked", "Chunks", "Decoded body", "Hex", "Timing"})
        tabs->addTab(new QWidget, QString::fromLatin1(name));
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(tabs);
    const QStringList problems = shownAndChecked(window, m_screen);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(tabs->findChild<QTabBar *>()->tabRect(4).right() > tabs->width());
}

QTEST_MAIN(TestLayoutChecker)
#include "tst_layoutchecker.moc"
