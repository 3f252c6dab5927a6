#include "widgets/common/warningcolour.h"

#include "models/colourcontrast.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace swb::widgets {

WarningColour::WarningColour(QWidget *widget, const QString &selector)
    : QObject(widget)
    , m_widget(widget)
    , m_selector(selector)
{
    widget->installEventFilter(this);
}

QColor WarningColour::on(const QPalette &palette)
{
    return models::ColourContrast::onWindow(models::ColourContrast::warningRed(), palette);
}

void WarningColour::set(QWidget *widget, bool on, const QString &selector)
{
    auto *existing = widget->findChild<WarningColour *>(QString(), Qt::FindDirectChildrenOnly);
    if (!on) {
        delete existing;
        widget->setStyleSheet(QString());
        return;
    }
    if (!existing)
        existing = new WarningColour(widget, selector);
    existing->m_selector = selector;
    existing->restyle();
}

void WarningColour::restyle()
{
    // The application's palette (the theme), not the widget's: the style sheet
    // below changes the widget's own text colours, and with them its palette.
    const QString colour =
        QStringLiteral("color: %1;").arg(on(QApplication::palette(m_widget)).name());
    const QString sheet =
        m_selector.isEmpty() ? colour : QStringLiteral("%1 { %2 }").arg(m_selector, colour);
    // Setting a style sheet sends a palette change of its own: only on a real change.
    if (m_widget->styleSheet() != sheet)
        m_widget->setStyleSheet(sheet);
}

bool WarningColour::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::PaletteChange)
        restyle();
    return QObject::eventFilter(watched, event);
}

} // namespace swb::widgets
