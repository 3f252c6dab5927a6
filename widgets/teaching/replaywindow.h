#pragma once

#include "net/result.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QTabWidget;

namespace swb::models {
class SequenceModel;
class TrafficModel;
}

namespace swb::widgets {

class ConversationView;
class ReplayController;
class ReplayToolbar;
class SequenceDiagram;
class TrafficView;

// The replay window: the toolbar, and the traffic table beside the sequence
// diagram and the conversation view of the replayed events, all following the cursor.
// It has its own models, so the live capture goes on untouched behind it.
class ReplayWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayWindow)
public:
    explicit ReplayWindow(QWidget *parent = nullptr);
    ~ReplayWindow() override;

    ReplayController *controller() const { return m_controller; }
    ReplayToolbar *toolbar() const { return m_toolbar; }
    TrafficView *trafficView() const { return m_table; }
    SequenceDiagram *diagram() const { return m_diagram; }
    ConversationView *conversation() const { return m_conversation; }
    models::TrafficModel *model() const { return m_model; }
    models::SequenceModel *sequence() const { return m_sequence; }

    void replayCapture(const models::TrafficModel &live);
    Result<void> replayFile(const QString &path);

public slots:
    void chooseFile();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCaption();
    void arrangeViews();

    models::TrafficModel *m_model;
    models::SequenceModel *m_sequence;
    ReplayController *m_controller;
    ReplayToolbar *m_toolbar;
    TrafficView *m_table;
    SequenceDiagram *m_diagram;
    ConversationView *m_conversation;
    QTabWidget *m_views;
    QSplitter *m_splitter = nullptr;
    QLabel *m_caption;
    QString m_source;
};

} // namespace swb::widgets
