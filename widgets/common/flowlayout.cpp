#include "widgets/common/flowlayout.h"

#include <QEvent>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace swb::widgets {

namespace {
// An item's preferred width, no wider than the row, never below its minimum.
int widthIn(const QLayoutItem *item, int rowWidth)
{
    return std::max(item->minimumSize().width(), std::min(item->sizeHint().width(), rowWidth));
}
} // namespace

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addWidget(QWidget *widget, int stretch)
{
    QLayout::addWidget(widget); // calls addItem
    m_stretch.last() = stretch;
    widget->installEventFilter(this);
}

bool FlowLayout::eventFilter(QObject *watched, QEvent *event)
{
    // A widget that widens itself (a combo box given a larger minimum when
    // its items change) covers its neighbour at once, and the layout's own
    // request for a new pass has been seen to go missing: place the row again
    // whenever a widget's size is not the one this layout gave it.
    if (event->type() == QEvent::Resize && !m_arranging) {
        const auto *widget = static_cast<QWidget *>(watched);
        if (m_placed.value(widget) != widget->size()) {
            invalidate();
            activate();
        }
    }
    return QLayout::eventFilter(watched, event);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items << item;
    m_stretch << 0;
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    m_stretch.removeAt(index);
    QLayoutItem *item = m_items.takeAt(index);
    if (QWidget *widget = item->widget()) {
        widget->removeEventFilter(this);
        m_placed.remove(widget);
    }
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest single item: everything else can move to a row of its own.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? spacingOrDefault() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    m_arranging = true;
    arrange(rect, true);
    m_arranging = false;
}

int FlowLayout::spacingOrDefault() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *owner = parentWidget();
    return owner ? owner->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, owner)
                 : 6;
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacingOrDefault();
    int y = area.y();
    int first = 0;
    while (first < m_items.size()) {
        // Fill a row with what fits at its preferred width (at least one item).
        int used = 0;
        int last = first;
        int rowHeight = 0;
        int stretchTotal = 0;
        for (; last < m_items.size(); ++last) {
            const QLayoutItem *item = m_items.at(last);
            if (item->isEmpty())
                continue;
            const int width = widthIn(item, area.width());
            const int needed = used + (used > 0 ? gap : 0) + width;
            if (used > 0 && needed > area.width())
                break;
            used = needed;
            rowHeight = std::max(rowHeight, item->sizeHint().height());
            if (item->expandingDirections() & Qt::Horizontal)
                stretchTotal += std::max(1, m_stretch.at(last));
        }
        if (apply) {
            // The room left in the row goes to the items that can grow.
            const int spare = std::max(0, area.width() - used);
            int x = area.x();
            for (int i = first; i < last; ++i) {
                QLayoutItem *item = m_items.at(i);
                if (item->isEmpty())
                    continue;
                int width = widthIn(item, area.width());
                if (stretchTotal > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    const int extra = spare * std::max(1, m_stretch.at(i)) / stretchTotal;
                    width = std::min(width + extra, item->maximumSize().width());
                }
                const int height = std::min(rowHeight, item->maximumSize().height());
                item->setGeometry(QRect(x, y + (rowHeight - height) / 2, width, height));
                if (const QWidget *widget = item->widget())
                    m_placed.insert(widget, widget->size());
                x += width + gap;
            }
        }
        y += rowHeight + gap;
        first = last;
    }
    return std::max(0, y - gap - area.y()) + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace swb::widgets
