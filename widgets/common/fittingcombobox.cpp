#include "widgets/common/fittingcombobox.h"

#include <QFontMetrics>

namespace swb::widgets {

FittingComboBox::FittingComboBox(QWidget *parent)
    : QComboBox(parent)
{
    // Its width follows the language's longest item.
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

int FittingComboBox::blankBeyondInk() const
{
    const QFontMetrics metrics = fontMetrics();
    int blank = 0;
    for (int i = 0; i < count(); ++i) {
        const QString text = itemText(i);
        blank = qMax(blank, metrics.horizontalAdvance(text) - metrics.boundingRect(text).width());
    }
    return blank;
}

QSize FittingComboBox::sizeHint() const
{
    return QComboBox::sizeHint() + QSize(blankBeyondInk(), 0);
}

QSize FittingComboBox::minimumSizeHint() const
{
    return QComboBox::minimumSizeHint() + QSize(blankBeyondInk(), 0);
}

} // namespace swb::widgets
