#include "app/appstyle.h"

#include "models/colourcontrast.h"

#include "app/themes.h"

#include <QApplication>
#include <QPointer>
#include <QStyleFactory>
#include <QPainter>
#include <QStyleOption>
#include <QStyleOptionViewItem>

#include <cmath>

namespace swb::app {

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base)
{
}

AppStyle *AppStyle::ensureInstalled()
{
    // Remembered rather than looked up: with a style sheet set, QApplication::style()
    // is Qt's style sheet style wrapped around this one.
    static QPointer<AppStyle> installed;
    if (installed)
        return installed;
    // A fresh base of the same kind: QApplication deletes the style it replaces.
    installed = new AppStyle(QStyleFactory::create(QApplication::style()->name()));
    QApplication::setStyle(installed);
    return installed;
}

void AppStyle::setZoom(double factor)
{
    m_zoom = factor;
}

int AppStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_SmallIconSize:
    case PM_LargeIconSize:
    case PM_ToolBarIconSize:
    case PM_ButtonIconSize:
    case PM_TabBarIconSize:
    case PM_ListViewIconSize:
    case PM_IconViewIconSize:
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
    case PM_HeaderDefaultSectionSizeVertical:
    case PM_ScrollBarExtent:
    case PM_ScrollBarSliderMin:
    case PM_SliderThickness:
    case PM_SliderLength:
    case PM_SliderControlThickness:
    case PM_MenuButtonIndicator:
    case PM_TitleBarHeight:
        return int(std::lround(base * m_zoom));
    default:
        return base;
    }
}

void AppStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                           const QWidget *widget) const
{
    if (element == CE_DockWidgetTitle && widget && painter) {
        // QDockWidget paints its title in the font it had when it was made, so
        // a zoom after that leaves the title small: use the dock's own font.
        if (const auto *dock = qstyleoption_cast<const QStyleOptionDockWidget *>(option)) {
            QStyleOptionDockWidget copy(*dock);
            copy.fontMetrics = widget->fontMetrics();
            painter->setFont(widget->font());
            QProxyStyle::drawControl(element, &copy, painter, widget);
            return;
        }
    }
    if (element == CE_ItemViewItem && m_minimumContrast > 0) {
        if (const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option)) {
            QStyleOptionViewItem copy(*item);
            const bool alternate = item->features & QStyleOptionViewItem::Alternate;
            for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
                const QColor background = item->backgroundBrush.style() != Qt::NoBrush
                    ? item->backgroundBrush.color()
                    : copy.palette.color(group, alternate ? QPalette::AlternateBase : QPalette::Base);
                copy.palette.setColor(group, QPalette::Text,
                                      models::ColourContrast::readable(copy.palette.color(group, QPalette::Text),
                                                       background, m_minimumContrast));
            }
            QProxyStyle::drawControl(element, &copy, painter, widget);
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

} // namespace swb::app
