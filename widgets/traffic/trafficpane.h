#pragma once

#include <QTabWidget>

namespace swb::models {
class TrafficModel;
}

namespace swb::widgets {

class ConversationView;
class ThroughputChart;
class TrafficView;

// The middle of the window: the traffic table, one conversation, and the
// throughput chart, each a tab over the same traffic model.
class TrafficPane final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficPane)
public:
    explicit TrafficPane(models::TrafficModel *model, QWidget *parent = nullptr);

    TrafficView *trafficView() const { return m_table; }
    ConversationView *conversationView() const { return m_conversation; }
    ThroughputChart *throughputChart() const { return m_throughput; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    TrafficView *m_table;
    ConversationView *m_conversation;
    ThroughputChart *m_throughput;
};

} // namespace swb::widgets
