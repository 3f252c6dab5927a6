#pragma once

#include <QWidget>

class QAction;
class QTableView;
class QLabel;
class QToolButton;

namespace swb::models {
class TrafficModel;
}

namespace swb::widgets {

class ByteDetailView;

// The live traffic table with its toolbar (clear, pause auto-scroll, copy) and,
// below it, the selected row's bytes as hex + text (ByteDetailView).
class TrafficView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficView)
public:
    explicit TrafficView(models::TrafficModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ByteDetailView *detail() const { return m_detail; }
    bool isAutoScrollPaused() const;
    void setAutoScrollPaused(bool paused);
    // Tab-separated text of the selected rows (all columns, whole payload preview), for the clipboard.
    QString selectedRowsText() const;

public slots:
    void copySelectedRows();
    void clearTraffic();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCurrentRow();
    QString captionFor(int row) const;
    void onRowsInserted();
    void updateDroppedLabel(qint64 dropped);

    models::TrafficModel *m_model;
    QTableView *m_table = nullptr;
    ByteDetailView *m_detail = nullptr;
    QToolButton *m_clearButton = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QAction *m_copyAction = nullptr;
    QLabel *m_droppedLabel = nullptr;
    bool m_wasAtBottom = true;
};

} // namespace swb::widgets
