#include "tests/app/windowtesting.h"

#include "app/appstyle.h"
#include "app/languagemanager.h"
#include "app/mainmenus.h"
#include "app/mainwindow.h"
#include "app/panelmanager.h"
#include "app/presentationmode.h"
#include "app/teachingtools.h"
#include "app/zoomcontroller.h"
#include "widgets/common/panel.h"
#include "widgets/stream/tcpserverpanel.h"
#include "widgets/teaching/pythonview.h"
#include "widgets/traffic/trafficview.h"

#include <QAction>
#include <QMenuBar>
#include <QStatusBar>
#include <QDockWidget>
#include <QFontDatabase>
#include <QHeaderView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPainter>
#include <QPointer>
#include <QRawFont>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using swb::app::MainWindow;
using swb::app::ZoomController;
using swb::course::PanelType;

// Presentation zoom reaches every widget: at 200 % every visible widget's font
// is twice its 100 % size (own monospace fonts included), table rows grow with
// it, dialogs opened afterwards are zoomed too; the shortcuts step it; and
// presentation mode zooms, hides what was not chosen, and puts it all back.
class TestZoom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyVisibleWidgetDoubles();
    void laterWidgetsAndDialogsAreZoomed();
    void shortcuts();
    void clampedAndRemembered();
    void presentationMode();
    void chineseStaysCrispAtEveryZoom();

private:
    ZoomController *zoom() const { return m_window->teaching()->zoom(); }

    QTemporaryDir m_dir;
    std::unique_ptr<swb::app::LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestZoom::initTestCase()
{
    QVERIFY(m_dir.isValid());
    windowtesting::useOwnSettings(m_dir, QStringLiteral("tst_zoom"));
}

void TestZoom::init()
{
    QSettings().clear();
    m_languages = std::make_unique<swb::app::LanguageManager>();
    m_languages->setLanguage(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(m_languages.get());
    m_window->setQuiet(true);
    m_window->panels()->addPanel(PanelType::TcpServer);
    m_window->panels()->addPanel(PanelType::TcpClient);
    QVERIFY(m_window->openLesson(QStringLiteral("ports-table")).ok());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(zoom()->percent(), 100);
}

void TestZoom::cleanup()
{
    zoom()->setPercent(100);
    m_window.reset();
    m_languages.reset();
}

void TestZoom::everyVisibleWidgetDoubles()
{
    QList<QPointer<QWidget>> widgets;
    QList<double> before;
    const QList<QWidget *> all = m_window->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->isVisible()) {
            widgets << w;
            before << w->font().pointSizeF();
        }
    }
    QVERIFY(widgets.size() > 50);
    const int iconBefore = m_window->style()->pixelMetric(QStyle::PM_SmallIconSize);
    QTableView *table = m_window->trafficView()->table();
    const int rowBefore = table->verticalHeader()->defaultSectionSize();

    zoom()->setPercent(200);
    QStringList wrong;
    for (int i = 0; i < widgets.size(); ++i) {
        if (!widgets.at(i))
            continue;
        const double after = widgets.at(i)->font().pointSizeF();
        if (std::abs(after - 2 * before.at(i)) > 0.01)
            wrong << QStringLiteral("%1 (%2): %3 -> %4")
                         .arg(QString::fromLatin1(widgets.at(i)->metaObject()->className()),
                              widgets.at(i)->objectName())
                         .arg(before.at(i))
                         .arg(after);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    QCOMPARE(m_window->style()->pixelMetric(QStyle::PM_SmallIconSize), 2 * iconBefore);
    // Rows grow with the font, in the traffic table and in the panels' tables.
    QVERIFY(table->verticalHeader()->defaultSectionSize() >= 2 * rowBefore - 10);
    QVERIFY(table->verticalHeader()->defaultSectionSize() >= table->fontMetrics().height());
    for (QTableView *view : m_window->findChildren<QTableView *>()) {
        if (view->isVisible())
            QVERIFY2(view->verticalHeader()->defaultSectionSize() >= view->fontMetrics().height(),
                     qPrintable(view->objectName()));
    }
    zoom()->setPercent(100);
    for (int i = 0; i < widgets.size(); ++i) {
        if (widgets.at(i))
            QCOMPARE(widgets.at(i)->font().pointSizeF(), before.at(i));
    }
}

void TestZoom::laterWidgetsAndDialogsAreZoomed()
{
    const double base = ZoomController::basePointSize();
    const double fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSizeF();
    zoom()->setPercent(200);
    // A panel opened now: its own monospace fonts are zoomed when it shows.
    swb::widgets::Panel *panel = m_window->panels()->addPanel(PanelType::TcpServer);
    QTRY_VERIFY(panel->isVisible());
    QTRY_COMPARE(panel->font().pointSizeF(), 2 * base);
    int ownFonts = 0;
    for (QWidget *w : panel->findChildren<QWidget *>()) {
        if (w->isVisible() && w->testAttribute(Qt::WA_SetFont)
            && (w->font().resolveMask() & QFont::SizeResolved)) {
            ++ownFonts;
            QCOMPARE(w->font().pointSizeF(), 2 * fixed);
        }
    }
    QVERIFY(ownFonts > 0);

    // Show as Python, opened from the menu now.
    m_window->panels()->setCurrentPanel(panel);
    m_window->menus()->showAsPython->trigger();
    auto *python = m_window->findChild<swb::widgets::PythonView *>();
    QVERIFY(python);
    QVERIFY(QTest::qWaitForWindowExposed(python));
    QCOMPARE(python->font().pointSizeF(), 2 * base);
    QCOMPARE(python->editor()->font().pointSizeF(), 2 * base);
    QVERIFY(python->editor()->toPlainText().contains(QLatin1String("sock.listen(")));
    python->close();

    QMessageBox box(QMessageBox::Information, QStringLiteral("t"), QStringLiteral("text"),
                    QMessageBox::Ok, m_window.get());
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QCOMPARE(box.font().pointSizeF(), 2 * base);
}

void TestZoom::shortcuts()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(zoom()->percent(), 110);
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(zoom()->percent(), 125);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(zoom()->percent(), 110);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(zoom()->percent(), 100);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(zoom()->percent(), 100); // not below 100 %
}

void TestZoom::clampedAndRemembered()
{
    zoom()->setPercent(50);
    QCOMPARE(zoom()->percent(), 100);
    zoom()->setPercent(500);
    QCOMPARE(zoom()->percent(), 300);
    QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toInt(), 300);
    for (int i = 0; i < 10; ++i)
        zoom()->zoomIn();
    QCOMPARE(zoom()->percent(), 300);
    zoom()->setPercent(175);
    // A new window starts at the remembered zoom.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_languages.get());
    QCOMPARE(zoom()->percent(), 175);
    QCOMPARE(QApplication::font().pointSizeF(), 1.75 * ZoomController::basePointSize());
}

void TestZoom::presentationMode()
{
    auto *presentation = m_window->teaching()->presentation();
    QDockWidget *lesson = m_window->findChild<QDockWidget *>(QStringLiteral("lesson"));
    QDockWidget *diagram = m_window->teaching()->diagramDock();
    QVERIFY(lesson && lesson->isVisible());
    const QList<swb::widgets::Panel *> panels = m_window->panels()->panels();

    m_window->menus()->presentation->trigger();
    QVERIFY(presentation->isActive());
    QCOMPARE(zoom()->percent(), 200);
    QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
    QVERIFY(!lesson->isVisible());
    QVERIFY(diagram->isVisible());
    QVERIFY(!m_window->trafficView()->isVisible());
    QVERIFY(!m_window->menuBar()->isVisible());
    // The status bar only holds the page label, when the panels take turns.
    QCOMPARE(m_window->statusBar()->isVisible(), presentation->pageCount() > 1);
    QSet<swb::widgets::Panel *> shown;
    for (int page = 0; page < presentation->pageCount(); ++page) {
        for (swb::widgets::Panel *panel : panels) {
            if (panel->isVisible())
                shown << panel;
        }
        presentation->nextPage();
    }
    QCOMPARE(shown.size(), panels.size());
    // The menus' shortcuts still work with the menu bar gone.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(zoom()->percent() > 200);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(zoom()->percent(), 100);
    zoom()->setPercent(200);
    // Choosing while presenting applies at once, and is remembered.
    presentation->setChosen(QStringLiteral("lesson"), true);
    QVERIFY(lesson->isVisible());
    presentation->setChosen(QStringLiteral("lesson"), false);

    QTest::keyClick(m_window.get(), Qt::Key_F11);
    QVERIFY(!presentation->isActive());
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(m_window->statusBar()->isVisible());
    QCOMPARE(zoom()->percent(), 100);
    QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    QVERIFY(lesson->isVisible());
    QVERIFY(m_window->trafficView()->isVisible());
}

// Chinese is drawn from a scalable CJK font (fonts-noto-cjk, installed by
// make deps), in the proportional and the monospace fonts alike, and its ink
// grows with the zoom: an outline font redrawn at each size, not a bitmap.
void TestZoom::chineseStaysCrispAtEveryZoom()
{
    const QString text = QStringLiteral("中文字");
    const auto inkHeight = [&text](const QFont &font) {
        const QFontMetrics metrics(font);
        QImage image(metrics.horizontalAdvance(text) + 8, metrics.height() + 8,
                     QImage::Format_Grayscale8);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(4, 4 + metrics.ascent(), text);
        painter.end();
        int top = -1;
        int bottom = -1;
        for (int y = 0; y < image.height(); ++y) {
            const uchar *line = image.constScanLine(y);
            if (std::any_of(line, line + image.width(), [](uchar v) { return v < 128; })) {
                if (top < 0)
                    top = y;
                bottom = y;
            }
        }
        return top < 0 ? 0 : bottom - top + 1;
    };
    const QList<QWidget *> samples{m_window.get(), m_window->trafficView()->table()};
    QList<int> inkAt100;
    for (int percent : {100, 200, 300}) {
        zoom()->setPercent(percent);
        for (int i = 0; i < samples.size(); ++i) {
            const QFont font = samples.at(i)->font();
            const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
            QVERIFY2(raw.isValid() && raw.supportsCharacter(QChar(0x4E2D)),
                     qPrintable(QStringLiteral("no font with Chinese glyphs for %1 at %2 % "
                                               "(install fonts-noto-cjk: make deps)")
                                    .arg(font.family())
                                    .arg(percent)));
            QVERIFY2(QFontDatabase::isSmoothlyScalable(raw.familyName(), raw.styleName()),
                     qPrintable(raw.familyName() + QStringLiteral(" is not an outline font")));
            const int ink = inkHeight(font);
            QVERIFY(ink > 0);
            if (percent == 100) {
                inkAt100 << ink;
                continue;
            }
            const double ratio = double(ink) / inkAt100.at(i);
            QVERIFY2(std::abs(ratio - percent / 100.0) < 0.25,
                     qPrintable(QStringLiteral("%1 at %2 %: ink %3 px, %4 px at 100 %")
                                    .arg(raw.familyName())
                                    .arg(percent)
                                    .arg(ink)
                                    .arg(inkAt100.at(i))));
        }
    }
}

QTEST_MAIN(TestZoom)
#include "tst_zoom.moc"
