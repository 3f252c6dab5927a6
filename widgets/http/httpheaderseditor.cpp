#include "widgets/http/httpheaderseditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace swb::widgets {

HttpHeadersEditor::HttpHeadersEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_remove(new QPushButton(this))
{
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        keepFreeRow();
        emit headersChanged();
    });
    connect(m_remove, &QPushButton::clicked, this, &HttpHeadersEditor::removeSelected);
    keepFreeRow();
    retranslateUi();
}

HttpHeadersEditor::Headers HttpHeadersEditor::headers() const
{
    Headers result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const QString n = name ? name->text().trimmed() : QString();
        if (!n.isEmpty())
            result.append({n, value ? value->text() : QString()});
    }
    return result;
}

void HttpHeadersEditor::setHeaders(const Headers &headers)
{
    m_filling = true;
    m_table->setRowCount(0);
    m_table->setRowCount(int(headers.size()));
    for (int row = 0; row < headers.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(headers.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(headers.at(row).second));
    }
    m_filling = false;
    keepFreeRow();
    emit headersChanged();
}

void HttpHeadersEditor::keepFreeRow()
{
    const int last = m_table->rowCount() - 1;
    const auto filled = [this](int row) {
        for (int column = 0; column < 2; ++column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            if (item && !item->text().isEmpty())
                return true;
        }
        return false;
    };
    if (last < 0 || filled(last))
        m_table->insertRow(last + 1);
}

void HttpHeadersEditor::removeSelected()
{
    QList<int> rows;
    const auto ranges = m_table->selectedRanges();
    for (const QTableWidgetSelectionRange &range : ranges) {
        for (int row = range.topRow(); row <= range.bottomRow(); ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    keepFreeRow();
    emit headersChanged();
}

void HttpHeadersEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_table->setToolTip(tr("Extra request headers, one per row, e.g. User-Agent or Accept. The "
                           "engine adds Host, Connection and Content-Length itself."));
    m_remove->setText(tr("Remove selected"));
}

void HttpHeadersEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
