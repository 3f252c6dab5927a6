#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QTableView;
class QLabel;
class QToolButton;

namespace swb::models {
class TrafficFilterModel;
class TrafficModel;
struct TrafficFilter;
}

namespace swb::widgets {

class ByteDetailView;
class TrafficFilterBar;

// The live traffic table with its toolbar (clear, pause auto-scroll, copy), a
// filter bar and, below it, the selected row's bytes as hex + text
// (ByteDetailView). While a filter is set the table shows a TrafficFilterModel;
// without one it shows the traffic model itself, at no extra cost.
class TrafficView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficView)
public:
    explicit TrafficView(models::TrafficModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ByteDetailView *detail() const { return m_detail; }
    TrafficFilterBar *filterBar() const { return m_filterBar; }
    // Null while no filter is set.
    models::TrafficFilterModel *filterModel() const { return m_filterModel; }
    // The traffic model's row shown in the table's row viewRow.
    int sourceRow(int viewRow) const;
    // A recorded session: nothing to clear.
    void setReadOnly(bool readOnly);
    bool isAutoScrollPaused() const;
    void setAutoScrollPaused(bool paused);
    // The context menu's "Follow this conversation": enabled on rows of a
    // connection or peer.
    QAction *followAction() const { return m_followAction; }
    // Tab-separated text of the selected rows (all columns, whole payload preview), for the clipboard.
    QString selectedRowsText() const;

signals:
    // The user asked to see the conversation of this traffic model row.
    void followConversationRequested(int row);

public slots:
    void copySelectedRows();
    void clearTraffic();
    void applyFilter(const swb::models::TrafficFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCurrentRow();
    QString captionFor(int row) const;
    void onRowsInserted();
    void updateDroppedLabel(qint64 dropped);
    void attachTableModel(QAbstractItemModel *model);
    void updateFilterStatus();
    void updatePanels();

    models::TrafficModel *m_model;
    QTableView *m_table = nullptr;
    ByteDetailView *m_detail = nullptr;
    QToolButton *m_clearButton = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_followAction = nullptr;
    QLabel *m_droppedLabel = nullptr;
    TrafficFilterBar *m_filterBar = nullptr;
    models::TrafficFilterModel *m_filterModel = nullptr;
    bool m_wasAtBottom = true;
};

} // namespace swb::widgets
