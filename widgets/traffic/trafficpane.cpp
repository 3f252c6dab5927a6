#include "widgets/traffic/trafficpane.h"

#include "widgets/traffic/conversationview.h"
#include "widgets/traffic/throughputchart.h"
#include "widgets/traffic/trafficview.h"

#include <QEvent>

namespace swb::widgets {

TrafficPane::TrafficPane(models::TrafficModel *model, QWidget *parent)
    : QTabWidget(parent)
    , m_table(new TrafficView(model, this))
    , m_conversation(new ConversationView(model, this))
    , m_throughput(new ThroughputChart(model, this))
{
    setDocumentMode(true);
    addTab(m_table, QString());
    addTab(m_conversation, QString());
    addTab(m_throughput, QString());
    connect(m_table, &TrafficView::followConversationRequested, this, [this](int row) {
        // Shown first: showing reads the conversation again, which would undo the choice.
        setCurrentWidget(m_conversation);
        m_conversation->followTrafficRow(row);
    });
    retranslateUi();
}

void TrafficPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void TrafficPane::retranslateUi()
{
    setTabText(indexOf(m_table), tr("Traffic"));
    setTabToolTip(indexOf(m_table), tr("Every event of every panel, newest at the bottom"));
    setTabText(indexOf(m_conversation), tr("Conversation"));
    setTabToolTip(indexOf(m_conversation),
                  tr("One connection's or peer's bytes as a stream of messages"));
    setTabText(indexOf(m_throughput), tr("Throughput"));
    setTabToolTip(indexOf(m_throughput), tr("Bytes and messages per second of each panel"));
}

} // namespace swb::widgets
