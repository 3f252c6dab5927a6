#include "widgets/common/columnsizer.h"

#include <QEvent>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace swb::widgets {

namespace {

// Room a cell keeps beside its text: the delegate's margins, the grid line and
// a little air, so a whole address never touches the next column.
constexpr int spareRoom = 6;
// The stretching last column keeps at least this many digits' width visible.
constexpr int stretchChars = 8;
// A column that gives way keeps at least this many digits' width.
constexpr int minimumChars = 3;

int widestOf(const QStringList &texts, const QFontMetrics &metrics)
{
    int widest = 0;
    for (const QString &text : texts)
        widest = std::max(widest, metrics.horizontalAdvance(text));
    return widest;
}

} // namespace

ColumnSizer::ColumnSizer(QTableView *table)
    : QObject(table)
    , m_table(table)
{
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int) {
                // Only a drag with the mouse is the user's choice; restoring a
                // header's state or the last column stretching is not.
                if (m_applying || QGuiApplication::mouseButtons() == Qt::NoButton)
                    return;
                if (logical + 1 < m_table->horizontalHeader()->count()
                    && !m_userSized.contains(logical))
                    m_userSized << logical;
            });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionCountChanged, this,
            &ColumnSizer::apply);
}

QStringList ColumnSizer::addressSamples()
{
    return {QStringLiteral("127.0.0.1:65535"), QStringLiteral("[::1]:65535")};
}

void ColumnSizer::addAddressColumn(int column, const Samples &more)
{
    m_columns.append({column, more, true, false});
    apply();
}

void ColumnSizer::addColumn(int column, const Samples &samples, bool bold)
{
    m_columns.append({column, samples, false, bold});
    apply();
}

int ColumnSizer::cellPadding() const
{
    // QStyledItemDelegate keeps PM_FocusFrameHMargin + 1 on each side of the text.
    const int margin =
        m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    return 2 * margin + (m_table->showGrid() ? 1 : 0) + spareRoom;
}

int ColumnSizer::textWidth(const Column &column) const
{
    QStringList samples = column.samples ? column.samples() : QStringList();
    if (column.address)
        samples << addressSamples();
    QFont font = m_table->font();
    if (column.bold)
        font.setBold(true);
    return widestOf(samples, QFontMetrics(font)) + cellPadding();
}

int ColumnSizer::headerWidth(int column) const
{
    const QHeaderView *header = m_table->horizontalHeader();
    // The header's own hint measures its label only, never the rows.
    return header->isHidden() ? 0 : header->sectionSizeHint(column);
}

int ColumnSizer::wantedWidth(int column) const
{
    for (const Column &c : m_columns) {
        if (c.column == column)
            return std::max(textWidth(c), headerWidth(column));
    }
    return m_table->horizontalHeader()->sectionSize(column);
}

void ColumnSizer::apply()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (!m_table->model() || header->count() == 0)
        return;
    m_applying = true;
    const QFontMetrics metrics = m_table->fontMetrics();
    // Uniform rows: the view places a row without measuring any other.
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 6);

    const int last = header->count() - 1;
    const int digit = metrics.horizontalAdvance(QLatin1Char('0'));
    int taken = std::max(headerWidth(last), stretchChars * digit + cellPadding());
    QList<int> widths(header->count(), 0);
    int shrinkable = 0; // how much the columns that give way could give
    for (int c = 0; c < last; ++c) {
        if (header->isSectionHidden(c))
            continue;
        const auto managed = std::find_if(m_columns.cbegin(), m_columns.cend(),
                                          [c](const Column &column) { return column.column == c; });
        if (managed == m_columns.cend() || m_userSized.contains(c)) {
            widths[c] = header->sectionSize(c);
        } else {
            widths[c] = wantedWidth(c);
            if (!managed->address)
                shrinkable += std::max(0, widths.at(c) - (minimumChars * digit + cellPadding()));
        }
        taken += widths.at(c);
    }
    // Too narrow for everything: the counters, times and kinds give way in
    // proportion to what each can give; addresses never do (a scroll bar comes
    // before an elided address).
    const int excess = std::min(shrinkable, taken - m_table->viewport()->width());
    for (const Column &column : std::as_const(m_columns)) {
        const int c = column.column;
        if (c >= last || header->isSectionHidden(c) || m_userSized.contains(c))
            continue;
        int width = widths.at(c);
        if (excess > 0 && !column.address && shrinkable > 0) {
            const int canGive = std::max(0, width - (minimumChars * digit + cellPadding()));
            width -= int(qint64(excess) * canGive / shrinkable) + (canGive > 0 ? 1 : 0);
            width = std::max(width, minimumChars * digit + cellPadding());
        }
        header->resizeSection(c, width);
    }
    m_applying = false;
}

bool ColumnSizer::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        if (watched == m_table) {
            // A dragged width was chosen at the old zoom.
            m_userSized.clear();
            apply();
        }
        break;
    case QEvent::LanguageChange:
        // After the models have retranslated their headers.
        if (watched == m_table)
            QMetaObject::invokeMethod(this, &ColumnSizer::apply, Qt::QueuedConnection);
        break;
    case QEvent::Resize:
        if (watched == m_table->viewport())
            apply();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace swb::widgets
