#include "widgets/common/combofitter.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QEvent>
#include <QStyle>
#include <QStyleOptionComboBox>

#include <algorithm>

namespace swb::widgets {

ComboFitter::ComboFitter(QComboBox *combo)
    : QObject(combo)
    , m_combo(combo)
{
    // The preferred width follows the items too, not only the minimum.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->installEventFilter(this);
    QAbstractItemModel *model = m_combo->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &ComboFitter::fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ComboFitter::fit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ComboFitter::fit);
    connect(model, &QAbstractItemModel::modelReset, this, &ComboFitter::fit);
    fit();
}

int ComboFitter::neededWidth(const QComboBox *combo)
{
    const QFontMetrics metrics = combo->fontMetrics();
    int widest = 0;
    bool icons = false;
    for (int i = 0; i < combo->count(); ++i) {
        int width = metrics.horizontalAdvance(combo->itemText(i));
        if (!combo->itemIcon(i).isNull()) {
            icons = true;
            width += combo->iconSize().width() + 4;
        }
        widest = std::max(widest, width);
    }
    if (combo->isEditable())
        widest = std::max(widest, metrics.horizontalAdvance(combo->currentText()));
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    option.iconSize = icons ? combo->iconSize() : QSize();
    const QSize contents(widest, metrics.height());
    return combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, combo).width();
}

void ComboFitter::fit()
{
    m_combo->setMinimumWidth(neededWidth(m_combo));
}

bool ComboFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_combo) {
        switch (event->type()) {
        case QEvent::FontChange:
        case QEvent::StyleChange:
        case QEvent::LanguageChange:
            // After the owner has put in the new texts and the new font has
            // reached the combo.
            QMetaObject::invokeMethod(this, &ComboFitter::fit, Qt::QueuedConnection);
            break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace swb::widgets
