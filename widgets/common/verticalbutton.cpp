#include "widgets/common/verticalbutton.h"

#include <QStyleOptionButton>
#include <QStylePainter>

namespace swb::widgets {

VerticalButton::VerticalButton(QWidget *parent)
    : QAbstractButton(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setProperty("elidesText", true); // by design; the tooltip holds the whole text
    setCursor(Qt::PointingHandCursor);
}

void VerticalButton::setFullText(const QString &text)
{
    setText(text);
    setToolTip(text);
    updateGeometry();
    update();
}

int VerticalButton::margin() const
{
    return fontMetrics().height() / 2;
}

QSize VerticalButton::sizeHint() const
{
    return {fontMetrics().height() + 2 * margin(),
            fontMetrics().horizontalAdvance(text()) + 2 * margin()};
}

QSize VerticalButton::minimumSizeHint() const
{
    return {fontMetrics().height() + 2 * margin(), fontMetrics().height() * 3};
}

void VerticalButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    option.initFrom(this);
    if (isDown())
        option.state |= QStyle::State_Sunken;
    else
        option.state |= QStyle::State_Raised;
    painter.drawControl(QStyle::CE_PushButtonBevel, option);
    // Turned a quarter clockwise: read with the head tilted right, as book spines are.
    painter.translate(width(), 0);
    painter.rotate(90);
    const QRect area(margin(), 0, height() - 2 * margin(), width());
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    painter.setPen(palette().color(QPalette::ButtonText));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, shown);
}

} // namespace swb::widgets
