#pragma once

#include "models/conversationmodel.h"
#include "models/messageframer.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;

namespace swb::models {
class TrafficModel;
}

namespace swb::widgets {

class ByteDetailView;
class ConversationStream;

// One connection (or UDP peer) as a conversation: its sends and receives in
// order, in two colours with arrows, framed as received, by line, by a
// delimiter or by length; shown as one stream of text (ConversationStream)
// or as a table of messages, with the chosen message as hex + text below.
// The stream and the table select the same message.
class ConversationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)
public:
    // While shown and following, the conversation is read again this often.
    static constexpr int followIntervalMs = 1000;

    explicit ConversationView(models::TrafficModel *traffic, QWidget *parent = nullptr);

    const QList<models::Conversation> &conversations() const { return m_conversations; }
    void selectConversation(int index);
    int currentConversation() const;
    // Chooses the conversation a traffic table row belongs to and selects the
    // message that holds its bytes. False when the row has no remote end.
    bool followTrafficRow(int row);
    // delimiter may use escapes (\r \n \t \xNN); length is for FixedLength.
    void setFraming(models::MessageFramer::Mode mode, const QString &delimiter = QString(),
                    int length = 0);
    models::ConversationModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ByteDetailView *detail() const { return m_detail; }
    ConversationStream *stream() const { return m_stream; }
    QLabel *streamNote() const { return m_streamNote; }
    QTabWidget *views() const { return m_views; }

public slots:
    // Reads the list of conversations and the chosen one's bytes again.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void refreshList();
    void loadChosen();
    void applyFraming();
    void showCurrentPiece();
    void onModelReset();
    void selectFromStream(int row);
    void updateStreamNote();
    void updateSummary();
    void follow();

    models::TrafficModel *m_traffic;
    models::ConversationModel *m_model;
    QList<models::Conversation> m_conversations;
    QComboBox *m_choice = nullptr;
    QComboBox *m_framing = nullptr;
    QLineEdit *m_delimiter = nullptr;
    QSpinBox *m_length = nullptr;
    QCheckBox *m_follow = nullptr;
    QToolButton *m_refresh = nullptr;
    QLabel *m_conversationLabel = nullptr;
    QLabel *m_framingLabel = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    ConversationStream *m_stream = nullptr;
    QLabel *m_streamNote = nullptr;
    QTabWidget *m_views = nullptr;
    ByteDetailView *m_detail = nullptr;
    QTimer m_followTimer;
    qint64 m_seenRows = -1; // droppedRows + rowCount at the last read
    bool m_listStale = true;
};

} // namespace swb::widgets
