#include "app/appstyle.h"
#include "app/languagemanager.h"
#include "models/trafficmodel.h"
#include "tests/widgets/layoutchecker.h"
#include "widgets/http/httppanel.h"
#include "widgets/stream/localclientpanel.h"
#include "widgets/stream/localserverpanel.h"
#include "widgets/stream/tcpclientpanel.h"
#include "widgets/stream/tcpserverpanel.h"
#include "widgets/traffic/conversationview.h"
#include "widgets/traffic/trafficfilterbar.h"
#include "widgets/udp/udppanel.h"

#include <QApplication>
#include <QTabWidget>
#include <QTest>

#include <functional>
#include <memory>

using swb::tests::LayoutChecker;

// Builds one widget over the traffic model the panels record to.
using Maker = std::function<QWidget *(swb::models::TrafficModel *)>;
Q_DECLARE_METATYPE(Maker)

// Each panel, the traffic filter bar and the conversation bar, shown at
// their minimum and preferred sizes in English and Chinese, at 100 % and
// 150 %: no label,
// button, check box or combo box cuts its own text ("Any prot", "所有协").
class TestPanelLayouts final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noClippedText_data();
    void noClippedText();
    void cleanup();

private:
    std::unique_ptr<swb::app::LanguageManager> m_languages;
    QFont m_font;
};

namespace {

// What the checker finds in widget at size, on every tab of its tab widgets
// (a tab's page is only laid out, and checked, while it is shown).
QStringList problemsAt(QWidget *widget, const QSize &size, const QSize &screen)
{
    widget->resize(size);
    swb::tests::settleLayouts();
    const LayoutChecker checker(QRect(QPoint(0, 0), screen));
    QStringList problems = checker.check(widget);
    for (QTabWidget *tabs : widget->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == shown)
                continue;
            tabs->setCurrentIndex(i);
            swb::tests::settleLayouts();
            for (const QString &p : checker.check(tabs->widget(i))) {
                if (!problems.contains(p))
                    problems << p;
            }
        }
        tabs->setCurrentIndex(shown);
    }
    return problems;
}

} // namespace

void TestPanelLayouts::initTestCase()
{
    // The app's style: its metrics are what the panels are drawn with.
    swb::app::AppStyle::ensureInstalled();
    m_languages = std::make_unique<swb::app::LanguageManager>();
    m_font = QApplication::font();
}

void TestPanelLayouts::cleanup()
{
    QApplication::setFont(m_font);
}

void TestPanelLayouts::noClippedText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Maker>("make");
    QTest::addColumn<double>("zoom");
    using swb::models::TrafficModel;
    const QList<QPair<const char *, Maker>> widgets{
        {"tcp server", [](TrafficModel *t) { return new swb::widgets::TcpServerPanel(1, t); }},
        {"tcp client", [](TrafficModel *t) { return new swb::widgets::TcpClientPanel(2, t); }},
        {"udp", [](TrafficModel *t) { return new swb::widgets::UdpPanel(3, t); }},
        {"http", [](TrafficModel *t) { return new swb::widgets::HttpPanel(4, t); }},
        {"local server", [](TrafficModel *t) { return new swb::widgets::LocalServerPanel(5, t); }},
        {"local client", [](TrafficModel *t) { return new swb::widgets::LocalClientPanel(6, t); }},
        {"filter bar", [](TrafficModel *) { return new swb::widgets::TrafficFilterBar; }},
        {"conversation", [](TrafficModel *t) { return new swb::widgets::ConversationView(t); }},
    };
    for (const double zoom : {1.0, 1.5}) {
        for (const char *language : {"en", "zh_CN"}) {
            for (const auto &[name, make] : widgets) {
                QTest::addRow("%s %s %d%%", name, language, int(zoom * 100))
                    << QString::fromLatin1(language) << make << zoom;
            }
        }
    }
}

void TestPanelLayouts::noClippedText()
{
    QFETCH(QString, language);
    QFETCH(Maker, make);
    QFETCH(double, zoom);
    // Built and shown in the other language, then switched: a combo that
    // keeps the width it had on first show cuts the new texts ("Any prot").
    const QString other = language == QLatin1String("en") ? QStringLiteral("zh_CN")
                                                          : QStringLiteral("en");
    QVERIFY(m_languages->setLanguage(other));
    swb::models::TrafficModel traffic;
    std::unique_ptr<QWidget> widget(make(&traffic));
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    QVERIFY(m_languages->setLanguage(language));
    swb::tests::settleLayouts();
    // Zoomed after the first show, as the zoom controller does it: a combo
    // that keeps its first minimum width cuts the larger text.
    QFont font = m_font;
    font.setPointSizeF(m_font.pointSizeF() * zoom);
    QApplication::setFont(font);
    swb::tests::settleLayouts();
    // A classroom laptop at 100 %, a 1080p projector zoomed.
    const QSize screen = zoom > 1 ? QSize(1920, 1080) : QSize(1366, 768);
    QStringList problems;
    // A window manager gives a window, frame included, no more than the screen.
    const QSize room = screen - (widget->frameGeometry().size() - widget->size());
    for (const QSize &size : {widget->minimumSizeHint(), widget->sizeHint().boundedTo(room)}) {
        const QSize shown = size.expandedTo(widget->minimumSizeHint());
        for (const QString &p : problemsAt(widget.get(), shown, screen)) {
            problems << QStringLiteral("at %1×%2: %3").arg(size.width()).arg(size.height()).arg(p);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestPanelLayouts)
#include "tst_panellayouts.moc"
