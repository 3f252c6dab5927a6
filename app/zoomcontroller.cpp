#include "app/zoomcontroller.h"

#include "app/appstyle.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace swb::app {

namespace {

const QString SettingsKey = QStringLiteral("view/zoom");
// Dynamic properties kept on QApplication and on widgets with a font of their own.
const char *const BaseFontProperty = "swbZoomBaseFont";
const char *const OwnSizeProperty = "swbZoomOwnPointSize";

double currentFactor()
{
    return qApp->property("swbZoomFactor").isValid() ? qApp->property("swbZoomFactor").toDouble()
                                                      : 1.0;
}

} // namespace

ZoomController::ZoomController(QObject *parent)
    : QObject(parent)
{
    // The 100 % font is taken once per application, before anyone zooms.
    if (!qApp->property(BaseFontProperty).isValid())
        qApp->setProperty(BaseFontProperty, QApplication::font());
    m_percent = int(std::lround(currentFactor() * 100));
    AppStyle::ensureInstalled();
    // Widgets polished later (a dialog, a new panel) get their own fonts scaled too.
    qApp->installEventFilter(this);
}

ZoomController::~ZoomController()
{
    qApp->removeEventFilter(this);
}

double ZoomController::basePointSize()
{
    return qApp->property(BaseFontProperty).value<QFont>().pointSizeF();
}

int ZoomController::clamp(int percent)
{
    return std::clamp(percent, minPercent, maxPercent);
}

QList<int> ZoomController::steps()
{
    return {100, 110, 125, 150, 175, 200, 250, 300};
}

void ZoomController::setPercent(int percent)
{
    percent = clamp(percent);
    QSettings().setValue(SettingsKey, percent);
    if (percent == m_percent && qFuzzyCompare(currentFactor(), percent / 100.0))
        return;
    m_percent = percent;
    apply();
    emit percentChanged(percent);
}

void ZoomController::zoomIn()
{
    const QList<int> all = steps();
    const auto next = std::upper_bound(all.begin(), all.end(), m_percent);
    setPercent(next == all.end() ? maxPercent : *next);
}

void ZoomController::zoomOut()
{
    const QList<int> all = steps();
    auto below = std::lower_bound(all.begin(), all.end(), m_percent);
    setPercent(below == all.begin() ? minPercent : *(below - 1));
}

void ZoomController::reset()
{
    setPercent(100);
}

void ZoomController::restore()
{
    setPercent(QSettings().value(SettingsKey, 100).toInt());
}

void ZoomController::scaleOwnFont(QWidget *widget, double factor) const
{
    // Only a font size the widget set itself (QFontDatabase::systemFont(FixedFont)
    // has one); an inherited size already follows the application font.
    QVariant own = widget->property(OwnSizeProperty);
    if (!own.isValid()) {
        if (!widget->testAttribute(Qt::WA_SetFont)
            || !(widget->font().resolveMask() & QFont::SizeResolved)
            || widget->font().pointSizeF() <= 0)
            return;
        own = widget->font().pointSizeF();
        widget->setProperty(OwnSizeProperty, own);
    }
    QFont font = widget->font();
    const double size = own.toDouble() * factor;
    if (!qFuzzyCompare(font.pointSizeF(), size)) {
        font.setPointSizeF(size);
        widget->setFont(font);
    }
}

void ZoomController::resolveFonts(QWidget *widget, double factor) const
{
    // Qt hands a new application font down the widget tree, but stops at
    // widgets that a style sheet has polished (it leaves them to the style
    // sheet style, which reaches only widgets with a style sheet of their
    // own), and a widget that resolved before its parent keeps the parent's old
    // size. After a high-contrast theme, presentation mode zoomed one panel and
    // left the others' text at 100 % in 200 % boxes. So every widget resolves
    // its font again here, parents first, each from its parent's new font.
    QEvent resolve(QEvent::ApplicationFontChange);
    QCoreApplication::sendEvent(widget, &resolve);
    scaleOwnFont(widget, factor);
    const QObjectList children = widget->children();
    for (QObject *child : children) {
        if (child->isWidgetType() && !static_cast<QWidget *>(child)->isWindow())
            resolveFonts(static_cast<QWidget *>(child), factor);
    }
}

void ZoomController::refreshFonts()
{
    const double factor = m_percent / 100.0;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        resolveFonts(window, factor);
}

void ZoomController::apply()
{
    const double factor = m_percent / 100.0;
    qApp->setProperty("swbZoomFactor", factor);
    AppStyle::ensureInstalled()->setZoom(factor);
    QFont font = qApp->property(BaseFontProperty).value<QFont>();
    font.setPointSizeF(font.pointSizeF() * factor);
    QApplication::setFont(font);
    // Qt posts the change; deliver it now, so that the window is zoomed when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationFontChange);
    refreshFonts();
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        // Icon sizes and row heights are read from the style when it changes.
        QEvent styleChange(QEvent::StyleChange);
        QCoreApplication::sendEvent(widget, &styleChange);
        widget->updateGeometry();
    }
    // Lay everything out again now rather than on the next turn of the event
    // loop, so that a screenshot right after a zoom shows the new layout.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

bool ZoomController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish && watched->isWidgetType())
        scaleOwnFont(static_cast<QWidget *>(watched), currentFactor());
    return QObject::eventFilter(watched, event);
}

} // namespace swb::app
