#include "widgets/traffic/conversationview.h"

#include "models/trafficmodel.h"
#include "models/trafficstore.h"
#include "net/payload/payloadcomposer.h"
#include "net/text/counttext.h"
#include "widgets/common/bytedetailview.h"
#include "widgets/common/columnsizer.h"
#include "widgets/common/combofitter.h"
#include "widgets/common/warningcolour.h"
#include "widgets/traffic/conversationstream.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace swb::widgets {

using models::ConversationModel;
using models::MessageFramer;

ConversationView::ConversationView(models::TrafficModel *traffic, QWidget *parent)
    : QWidget(parent)
    , m_traffic(traffic)
    , m_model(new ConversationModel(this))
    , m_choice(new QComboBox(this))
    , m_framing(new QComboBox(this))
    , m_delimiter(new QLineEdit(this))
    , m_length(new QSpinBox(this))
    , m_follow(new QCheckBox(this))
    , m_refresh(new QToolButton(this))
    , m_conversationLabel(new QLabel(this))
    , m_framingLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_stream(new ConversationStream(this))
    , m_streamNote(new QLabel(this))
    , m_views(new QTabWidget(this))
    , m_detail(new ByteDetailView(this))
{
    // The whole current item shows in either language and at any zoom.
    new ComboFitter(m_framing);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_choice->setMinimumContentsLength(30);
    m_conversationLabel->setBuddy(m_choice);
    m_framingLabel->setBuddy(m_framing);
    for (int mode = 0; mode < 4; ++mode)
        m_framing->addItem(QString(), mode);
    m_delimiter->setText(QStringLiteral("\\r\\n"));
    m_delimiter->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 8);
    m_length->setRange(1, 1 << 20);
    m_length->setValue(16);
    m_follow->setChecked(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_conversationLabel);
    bar->addWidget(m_choice, 1);
    bar->addWidget(m_framingLabel);
    bar->addWidget(m_framing);
    bar->addWidget(m_delimiter);
    bar->addWidget(m_length);
    bar->addWidget(m_follow);
    bar->addWidget(m_refresh);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    auto *columns = new ColumnSizer(m_table);
    // The direction is shown bold.
    columns->addColumn(
        ConversationModel::DirectionColumn,
        [] {
            return QStringList{ConversationModel::tr("\u2192 sent"),
                               ConversationModel::tr("\u2190 received")};
        },
        true);
    columns->addColumn(ConversationModel::EventsColumn, [] {
        return QStringList{ConversationModel::tr("#%1\u2013#%2 (%n event(s))", "", 99)
                               .arg(9999)
                               .arg(9999)};
    });
    columns->addColumn(ConversationModel::BytesColumn,
                       [] { return QStringList{QStringLiteral("0000000")}; });

    m_streamNote->setTextFormat(Qt::PlainText);
    m_streamNote->setWordWrap(true);
    m_streamNote->setVisible(false);
    auto *streamPage = new QWidget(this);
    auto *streamLayout = new QVBoxLayout(streamPage);
    streamLayout->setContentsMargins(0, 0, 0, 0);
    streamLayout->addWidget(m_streamNote);
    streamLayout->addWidget(m_stream, 1);
    m_views->setDocumentMode(true);
    m_views->addTab(streamPage, QString());
    m_views->addTab(m_table, QString());
    m_stream->setEncoding(m_detail->encoding());
    m_stream->setModel(m_model);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_views);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    m_followTimer.setInterval(followIntervalMs);
    connect(&m_followTimer, &QTimer::timeout, this, &ConversationView::follow);
    connect(m_choice, &QComboBox::activated, this, &ConversationView::loadChosen);
    connect(m_framing, &QComboBox::activated, this, &ConversationView::applyFraming);
    connect(m_delimiter, &QLineEdit::editingFinished, this, &ConversationView::applyFraming);
    connect(m_length, &QSpinBox::valueChanged, this, &ConversationView::applyFraming);
    connect(m_refresh, &QToolButton::clicked, this, &ConversationView::refresh);
    // New connections are listed at the next follow tick: in a flood of new
    // UDP peers that is once a second, not once a batch.
    connect(m_traffic, &models::TrafficModel::sourcesChanged, this, [this] { m_listStale = true; });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConversationView::showCurrentPiece);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConversationView::onModelReset);
    connect(m_stream, &ConversationStream::rowActivated, this, &ConversationView::selectFromStream);
    connect(m_stream, &ConversationStream::rebuilt, this, &ConversationView::updateStreamNote);
    connect(m_detail, &ByteDetailView::encodingChanged, m_model,
            &ConversationModel::setPreviewEncoding);
    connect(m_detail, &ByteDetailView::encodingChanged, m_stream, &ConversationStream::setEncoding);

    retranslateUi();
    applyFraming();
}

void ConversationView::refresh()
{
    m_listStale = true;
    refreshList();
    loadChosen();
}

void ConversationView::refreshList()
{
    if (!m_listStale)
        return;
    m_listStale = false;
    const int chosen = m_choice->currentIndex();
    const models::Conversation previous =
        chosen >= 0 && chosen < m_conversations.size() ? m_conversations.at(chosen)
                                                       : models::Conversation();
    m_conversations = ConversationModel::conversations(m_traffic->store(), m_traffic->rowCount());
    const QSignalBlocker block(m_choice);
    m_choice->clear();
    int keep = m_conversations.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_conversations.size(); ++i) {
        const models::Conversation &c = m_conversations.at(i);
        m_choice->addItem(tr("%1 (%2): %3 \u21c4 %4")
                              .arg(m_traffic->panelName(c.panelId, c.panel),
                                   net::protocolName(c.protocol).toUpper(), c.local, c.remote));
        if (chosen >= 0 && c.sameAs(previous))
            keep = i;
    }
    m_choice->setCurrentIndex(keep);
}

void ConversationView::selectConversation(int index)
{
    refreshList();
    m_choice->setCurrentIndex(index);
    loadChosen();
}

int ConversationView::currentConversation() const
{
    return m_choice->currentIndex();
}

bool ConversationView::followTrafficRow(int row)
{
    if (row < 0 || row >= m_traffic->rowCount())
        return false;
    const models::TrafficStore &store = m_traffic->store();
    const models::TrafficSource &source = store.source(store.sourceId(row));
    if (source.remote.isEmpty())
        return false; // a listener or an unbound socket: no one to converse with
    const models::Conversation wanted{source.panelId, source.panel, source.protocol,
                                      source.local, source.remote};
    m_listStale = true;
    refreshList();
    const auto found = std::find_if(m_conversations.cbegin(), m_conversations.cend(),
                                    [&wanted](const models::Conversation &c) {
                                        return c.sameAs(wanted);
                                    });
    if (found == m_conversations.cend())
        return false;
    m_choice->setCurrentIndex(int(found - m_conversations.cbegin()));
    loadChosen();
    const net::EventKind kind = store.kind(row);
    const bool hasBytes = (kind == net::EventKind::Send || kind == net::EventKind::Recv)
        && store.payloadSize(row) > 0;
    const int piece = m_model->rowForEvent(store.seq(row), kind == net::EventKind::Send, hasBytes);
    if (piece >= 0) {
        m_table->selectRow(piece);
        m_table->scrollTo(m_model->index(piece, 0), QAbstractItemView::PositionAtCenter);
    }
    return true;
}

void ConversationView::loadChosen()
{
    const int index = m_choice->currentIndex();
    m_seenRows = m_traffic->droppedRows() + m_traffic->rowCount();
    const int keepRow = m_table->currentIndex().row();
    if (index < 0 || index >= m_conversations.size())
        m_model->clear();
    else
        m_model->load(*m_traffic, m_conversations.at(index));
    // Following: the message that was selected stays selected.
    if (keepRow >= 0 && keepRow < m_model->rowCount())
        m_table->selectRow(keepRow);
    updateSummary();
}

void ConversationView::follow()
{
    if (!isVisible())
        return;
    if (m_listStale) {
        refreshList();
        if (m_model->rowCount() == 0)
            loadChosen();
    }
    if (!m_follow->isChecked())
        return;
    if (m_traffic->droppedRows() + m_traffic->rowCount() != m_seenRows)
        loadChosen();
}

void ConversationView::setFraming(MessageFramer::Mode mode, const QString &delimiter, int length)
{
    m_framing->setCurrentIndex(int(mode));
    if (!delimiter.isNull())
        m_delimiter->setText(delimiter);
    if (length > 0)
        m_length->setValue(length);
    applyFraming();
}

void ConversationView::applyFraming()
{
    const auto mode = MessageFramer::Mode(m_framing->currentIndex());
    m_delimiter->setVisible(mode == MessageFramer::Mode::Delimiter);
    m_length->setVisible(mode == MessageFramer::Mode::FixedLength);
    const Result<QByteArray> delimiter =
        net::PayloadComposer::parseEscapes(m_delimiter->text(), m_detail->encoding());
    WarningColour::set(m_delimiter, !delimiter || delimiter->isEmpty());
    m_delimiter->setToolTip(delimiter ? tr("The bytes that end a message; \\r \\n \\t \\xNN "
                                           "are allowed")
                                      : delimiter.message());
    m_model->setFramer(MessageFramer(mode, delimiter.valueOr(QByteArray()), m_length->value()));
    updateSummary();
}

void ConversationView::onModelReset()
{
    m_stream->reload();
    showCurrentPiece();
}

void ConversationView::selectFromStream(int row)
{
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void ConversationView::updateStreamNote()
{
    const bool cut = m_stream->renderedBytes() < m_stream->totalBytes();
    m_streamNote->setVisible(cut);
    if (!cut)
        return;
    const QLocale locale;
    m_streamNote->setText(tr("Showing the first %1 of %2: a longer text would make the window "
                             "slow. The message table lists every message.")
                              .arg(locale.formattedDataSize(m_stream->renderedBytes()),
                                   locale.formattedDataSize(m_stream->totalBytes())));
}

void ConversationView::showCurrentPiece()
{
    const QModelIndex current = m_table->currentIndex();
    m_stream->showRow(current.isValid() ? current.row() : -1);
    if (!current.isValid()) {
        m_detail->setBytes(QByteArray());
        return;
    }
    const MessageFramer::Piece &piece = m_model->piece(current.row());
    const QString events = m_model->index(current.row(), ConversationModel::EventsColumn).data().toString();
    m_detail->setBytes(piece.bytes, tr("%1 %2, %Ln byte(s)", "", int(piece.bytes.size()))
                                        .arg(piece.sent ? tr("\u2192 sent") : tr("\u2190 received"),
                                             events));
}

void ConversationView::updateSummary()
{
    const QLocale locale;
    if (m_conversations.isEmpty()) {
        m_summary->setText(tr("No connection or peer yet: conversations appear once a client "
                              "connects or a datagram arrives."));
        return;
    }
    QString text = tr("\u2192 %1 sent (blue), \u2190 %2 received (orange), %Ln message(s)", "",
                      m_model->rowCount())
                       .arg(net::CountText::bytes(m_model->sentBytes()), net::CountText::bytes(m_model->receivedBytes()));
    if (m_model->skippedBytes() > 0)
        text += QLatin1Char(' ')
            + tr("\u2014 the oldest %1 bytes are not shown", "", net::CountText::form(m_model->skippedBytes())).arg(locale.toString(m_model->skippedBytes()));
    m_summary->setText(text);
}

void ConversationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_followTimer.start();
}

void ConversationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void ConversationView::retranslateUi()
{
    m_conversationLabel->setText(tr("&Conversation:"));
    m_framingLabel->setText(tr("&Messages:"));
    m_framing->setItemText(int(MessageFramer::Mode::AsReceived), tr("as received"));
    m_framing->setItemText(int(MessageFramer::Mode::Lines), tr("by line (\\n)"));
    m_framing->setItemText(int(MessageFramer::Mode::Delimiter), tr("by delimiter"));
    m_framing->setItemText(int(MessageFramer::Mode::FixedLength), tr("by fixed length"));
    m_framing->setToolTip(tr("\"As received\" shows each read and write, so you can see "
                             "where the network merged or split messages; the others put each "
                             "direction's stream back together and cut it into messages"));
    m_length->setSuffix(tr(" bytes"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Read the conversation again every second while new traffic arrives"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the list of conversations and the chosen one again"));
    m_views->setTabText(0, tr("Stream"));
    m_views->setTabToolTip(0, tr("The conversation's bytes in order as one text: sent in blue "
                                 "with \u2192, received in orange on a shaded background with "
                                 "\u2190. Click a message to see its bytes below."));
    m_views->setTabText(1, tr("Message table"));
    m_views->setTabToolTip(1, tr("One row per message, as framed above"));
    updateStreamNote();
    m_listStale = true;
    refreshList();
    updateSummary();
    showCurrentPiece();
}

} // namespace swb::widgets
