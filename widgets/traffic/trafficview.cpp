#include "widgets/traffic/trafficview.h"

#include "models/trafficfiltermodel.h"
#include "models/trafficmodel.h"
#include "models/trafficpreview.h"
#include "models/trafficstore.h"
#include "widgets/common/bytedetailview.h"
#include "widgets/common/columnsizer.h"
#include "widgets/traffic/trafficfilterbar.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <utility>

namespace swb::widgets {

using models::TrafficModel;

namespace {

// A copied preview is meant for pasting, not for moving megabytes around.
constexpr int copyPreviewLimit = 1 << 20;

QString shortcutText(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

// Tabs and line breaks inside a field (error texts, addresses) would break
// the tab-separated rows apart when pasted into a spreadsheet.
QString flattened(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

TrafficView::TrafficView(models::TrafficModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_detail(new ByteDetailView(this))
    , m_clearButton(new QToolButton(this))
    , m_pauseButton(new QToolButton(this))
    , m_copyButton(new QToolButton(this))
    , m_droppedLabel(new QLabel(this))
    , m_filterBar(new TrafficFilterBar(this))
{
    m_pauseButton->setCheckable(true);
    m_droppedLabel->setVisible(false);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_clearButton);
    toolbar->addWidget(m_pauseButton);
    toolbar->addWidget(m_copyButton);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_droppedLabel);
    toolbar->addStretch(1);

    attachTableModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Widths from samples, never from the rows: measuring every row
    // (ResizeToContents) would freeze the table in a flood.
    auto *columns = new ColumnSizer(m_table);
    columns->addColumn(TrafficModel::TimeColumn,
                       [] { return QStringList{QStringLiteral("00:00:00.000")}; });
    columns->addColumn(TrafficModel::PanelColumn,
                       [] { return QStringList{QStringLiteral("TCP server 1")}; });
    columns->addColumn(TrafficModel::ProtocolColumn, [] {
        return QStringList{QStringLiteral("LOCAL"), QStringLiteral("HTTP")};
    });
    columns->addColumn(TrafficModel::KindColumn, [] {
        QStringList kinds;
        for (const net::EventKind kind :
             {net::EventKind::Listen, net::EventKind::Accept, net::EventKind::Connect,
              net::EventKind::Recv, net::EventKind::Send, net::EventKind::Close,
              net::EventKind::Error, net::EventKind::Info})
            kinds << TrafficModel::kindLabel(kind);
        return kinds;
    });
    columns->addAddressColumn(TrafficModel::LocalColumn);
    columns->addAddressColumn(TrafficModel::RemoteColumn);
    columns->addColumn(TrafficModel::BytesColumn,
                       [] { return QStringList{QStringLiteral("0000000")}; });

    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    // Scoped to the table so Ctrl+C in the hex or text pane still copies there.
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_copyAction);
    m_followAction = new QAction(this);
    m_followAction->setEnabled(false);
    m_table->addAction(m_followAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copyAction, &QAction::triggered, this, &TrafficView::copySelectedRows);
    connect(m_followAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            emit followConversationRequested(sourceRow(current.row()));
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);

    m_detail->setEncoding(m_model->previewEncoding());

    connect(m_clearButton, &QToolButton::clicked, this, &TrafficView::clearTraffic);
    connect(m_copyButton, &QToolButton::clicked, this, &TrafficView::copySelectedRows);
    connect(m_pauseButton, &QToolButton::toggled, this, [this](bool paused) {
        // Resuming means "follow the traffic again", so jump to the newest row.
        if (!paused)
            m_table->scrollToBottom();
    });
    connect(m_model, &TrafficModel::rowsDropped, this, &TrafficView::updateDroppedLabel);
    connect(m_filterBar, &TrafficFilterBar::filterChanged, this, &TrafficView::applyFilter);
    connect(m_model, &TrafficModel::sourcesChanged, this, &TrafficView::updatePanels);
    connect(m_model, &TrafficModel::panelRenamed, this, &TrafficView::updatePanels);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &TrafficView::updateFilterStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrafficView::updateFilterStatus);
    connect(m_detail, &ByteDetailView::encodingChanged, m_model,
            &TrafficModel::setPreviewEncoding);

    retranslateUi();
    updateDroppedLabel(m_model->droppedRows());
    showCurrentRow();
}

bool TrafficView::isAutoScrollPaused() const
{
    return m_pauseButton->isChecked();
}

void TrafficView::setAutoScrollPaused(bool paused)
{
    m_pauseButton->setChecked(paused);
}

QString TrafficView::selectedRowsText() const
{
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QString text;
    for (const QModelIndex &rowIndex : std::as_const(selected)) {
        const int row = sourceRow(rowIndex.row());
        QStringList fields;
        fields.reserve(TrafficModel::ColumnCount);
        for (int column = 0; column < TrafficModel::ColumnCount; ++column) {
            if (column == TrafficModel::PreviewColumn) {
                // The table cuts previews short; a copy should carry the payload.
                const net::TrafficEvent event = m_model->event(row);
                fields << (event.data.isEmpty()
                               ? flattened(event.text)
                               : models::TrafficPreview::make(event.data,
                                                              m_model->previewEncoding(),
                                                              copyPreviewLimit));
            } else {
                fields << flattened(m_model->index(row, column).data(Qt::DisplayRole).toString());
            }
        }
        text += fields.join(QLatin1Char('\t'));
        text += QLatin1Char('\n');
    }
    return text;
}

void TrafficView::copySelectedRows()
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void TrafficView::clearTraffic()
{
    m_model->clear();
}

void TrafficView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Headers and kind names come from the model; it cannot see the event itself.
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void TrafficView::retranslateUi()
{
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Remove all rows from the traffic table"));
    m_pauseButton->setText(tr("Pause auto-scroll"));
    m_pauseButton->setToolTip(
        tr("Keep the table still while new rows arrive; it follows new rows only "
           "while scrolled to the bottom"));
    m_copyButton->setText(tr("Copy rows"));
    m_copyButton->setToolTip(tr("Copy the selected rows as tab-separated text (%1)")
                                 .arg(shortcutText(QKeySequence::Copy)));
    // The same action is the table's context menu entry, which shows the shortcut.
    m_copyAction->setText(m_copyButton->text());
    m_followAction->setText(tr("Follow this conversation"));
    m_followAction->setToolTip(tr("Show this row's connection or peer as one stream in the "
                                  "Conversation tab, with this row's message selected"));
    updateDroppedLabel(m_model->droppedRows());
    // Kind names in the caption are translated.
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_detail->setCaption(captionFor(sourceRow(current.row())));
}

QString TrafficView::captionFor(int row) const
{
    const net::TrafficEvent event = m_model->event(row);
    const QString kind = TrafficModel::kindLabel(event.kind);
    if (event.data.isEmpty()) {
        return event.text.isEmpty()
            ? tr("#%1 %2").arg(QString::number(event.seq), kind)
            : tr("#%1 %2: %3").arg(QString::number(event.seq), kind, flattened(event.text));
    }
    const int size = int(qMin<qsizetype>(event.data.size(), INT_MAX));
    return tr("#%1 %2 %Ln byte(s)", "", size).arg(QString::number(event.seq), kind);
}

void TrafficView::showCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? sourceRow(current.row()) : -1;
    const bool valid = row >= 0 && row < m_model->rowCount();
    // Listeners and unbound sockets have no one at the other end to converse with.
    m_followAction->setEnabled(
        valid && !m_model->store().source(m_model->store().sourceId(row)).remote.isEmpty());
    if (!valid) {
        m_detail->setBytes(QByteArray());
        return;
    }
    m_detail->setBytes(m_model->event(row).data, captionFor(row));
}

void TrafficView::onRowsInserted()
{
    if (m_wasAtBottom && !isAutoScrollPaused())
        m_table->scrollToBottom();
}

void TrafficView::updateDroppedLabel(qint64 dropped)
{
    m_droppedLabel->setVisible(dropped > 0);
    if (dropped > 0) {
        m_droppedLabel->setText(
            tr("%Ln old row(s) dropped to stay within the memory limit", "",
               int(qMin<qint64>(dropped, INT_MAX))));
    }
}

int TrafficView::sourceRow(int viewRow) const
{
    return m_filterModel ? m_filterModel->sourceRow(viewRow) : viewRow;
}

void TrafficView::attachTableModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = m_table->model())
        disconnect(old, nullptr, this, nullptr);
    // A new model resets the columns; the user's widths should survive a filter.
    const QByteArray columns = m_table->horizontalHeader()->saveState();
    m_table->setModel(model);
    if (!columns.isEmpty())
        m_table->horizontalHeader()->restoreState(columns);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_table->verticalScrollBar();
        m_wasAtBottom = bar->value() >= bar->maximum();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &TrafficView::onRowsInserted);
    connect(model, &QAbstractItemModel::modelReset, this, &TrafficView::showCurrentRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrafficView::showCurrentRow);
}

void TrafficView::applyFilter(const models::TrafficFilter &filter)
{
    const QModelIndex current = m_table->currentIndex();
    const int selected = current.isValid() ? sourceRow(current.row()) : -1;
    if (!filter.isActive()) {
        // No filter, no proxy: the live table costs nothing extra.
        if (m_filterModel) {
            attachTableModel(m_model);
            delete m_filterModel;
            m_filterModel = nullptr;
        }
    } else if (m_filterModel) {
        m_filterModel->setFilter(filter);
    } else {
        m_filterModel = new models::TrafficFilterModel(m_model, this);
        connect(m_filterModel, &models::TrafficFilterModel::scanProgress, this,
                &TrafficView::updateFilterStatus);
        m_filterModel->setFilter(filter);
        attachTableModel(m_filterModel);
    }
    // Keep the row the user was looking at, if it is still shown.
    const int row = selected < 0 ? -1
        : m_filterModel         ? m_filterModel->rowForSource(selected)
                                : selected;
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_table->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    } else {
        m_table->scrollToBottom();
    }
    showCurrentRow();
    updateFilterStatus();
}

void TrafficView::updateFilterStatus()
{
    if (!m_filterModel) {
        m_filterBar->setStatus(m_model->rowCount(), m_model->rowCount(), 100, QString());
        return;
    }
    m_filterBar->setStatus(m_filterModel->rowCount(), m_model->rowCount(),
                           m_filterModel->isScanning() ? 0 : 100,
                           m_filterModel->filterProblem());
}

void TrafficView::updatePanels()
{
    const models::TrafficStore &store = m_model->store();
    QList<QPair<int, QString>> panels;
    for (quint32 id = 0; id < quint32(store.sourceCount()); ++id) {
        const models::TrafficSource &source = store.source(id);
        const auto known = std::find_if(panels.begin(), panels.end(), [&source](const auto &p) {
            return p.first == source.panelId;
        });
        if (known == panels.end())
            panels.append({source.panelId, source.panel});
        else
            known->second = source.panel; // renamed: the newest name
    }
    for (auto &[panelId, name] : panels)
        name = m_model->panelName(panelId, name); // the name the panel has now
    m_filterBar->setPanels(panels);
}

void TrafficView::setReadOnly(bool readOnly)
{
    m_clearButton->setVisible(!readOnly);
}

} // namespace swb::widgets
