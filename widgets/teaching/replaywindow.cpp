#include "widgets/teaching/replaywindow.h"

#include "models/sequencemodel.h"
#include "models/trafficmodel.h"
#include "widgets/common/screenfit.h"
#include "widgets/teaching/replaycontroller.h"
#include "widgets/teaching/replaytoolbar.h"
#include "widgets/teaching/sequencediagram.h"
#include "widgets/traffic/conversationview.h"
#include "widgets/traffic/trafficview.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QVBoxLayout>

namespace swb::widgets {

ReplayWindow::ReplayWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(new models::TrafficModel(this))
    , m_sequence(new models::SequenceModel(this))
    , m_controller(new ReplayController(m_model, this))
    , m_toolbar(new ReplayToolbar(m_controller, this))
    , m_table(new TrafficView(m_model, this))
    , m_diagram(new SequenceDiagram(m_sequence, this))
    , m_conversation(new ConversationView(m_model, this))
    , m_views(new QTabWidget(this))
    , m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("ReplayWindow"));
    m_sequence->setSource(m_model);
    m_caption->setWordWrap(true);
    m_views->addTab(m_diagram, QString());
    m_views->addTab(m_conversation, QString());
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_views);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_caption);
    // What the screen has no room for scrolls, rather than push the window's
    // title bar and buttons off a small projector's screen.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_splitter);
    layout->addWidget(scroll, 1);

    // The newest row shown is the one the cursor just passed: select it in both views.
    connect(m_controller, &ReplayController::positionChanged, this, [this](int position) {
        updateCaption();
        if (m_conversation->isVisible())
            m_conversation->refresh();
        if (position <= 0)
            return;
        m_table->table()->selectRow(position - 1);
        m_diagram->showRow(position - 1);
    });
    connect(m_diagram, &SequenceDiagram::rowActivated, m_table->table(), &QTableView::selectRow);
    connect(m_table, &TrafficView::followConversationRequested, this, [this](int row) {
        m_views->setCurrentWidget(m_conversation);
        m_conversation->followTrafficRow(row);
    });
    connect(m_toolbar, &ReplayToolbar::openRequested, this, &ReplayWindow::chooseFile);
    retranslateUi();
    arrangeViews();
    ScreenFit::fit(this, QSize(fontMetrics().averageCharWidth() * 180, fontMetrics().height() * 45));
}

ReplayWindow::~ReplayWindow() = default;

void ReplayWindow::replayCapture(const models::TrafficModel &live)
{
    m_source = tr("the current capture");
    m_controller->copyFrom(live);
    retranslateUi();
}

Result<void> ReplayWindow::replayFile(const QString &path)
{
    Result<void> loaded = m_controller->loadFile(path);
    if (loaded) {
        m_source = QFileInfo(path).fileName();
        retranslateUi();
    }
    return loaded;
}

void ReplayWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Replay a traffic file"), QString(),
        tr("Traffic files (*.jsonl *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Result<void> loaded = replayFile(path); !loaded)
        QMessageBox::warning(this, tr("Replay a traffic file"), loaded.message());
}

void ReplayWindow::updateCaption()
{
    const net::TrafficEvent *next = m_controller->next();
    if (m_controller->count() == 0) {
        m_caption->setText(tr("Nothing to replay yet: open a saved traffic file."));
    } else if (!next) {
        m_caption->setText(tr("The end: all %n event(s) shown.", "", m_controller->count()));
    } else {
        m_caption->setText(tr("Next: %1 %2 on \"%3\" (%4 \u2192 %5)")
                               .arg(models::TrafficModel::kindLabel(next->kind),
                                    net::protocolName(next->protocol).toUpper(), next->panel,
                                    next->local.isEmpty() ? QStringLiteral("\u2014") : next->local,
                                    next->remote.isEmpty() ? QStringLiteral("\u2014") : next->remote));
    }
}

void ReplayWindow::retranslateUi()
{
    setWindowTitle(m_source.isEmpty() ? tr("Replay") : tr("Replay: %1").arg(m_source));
    m_views->setTabText(0, tr("Sequence diagram"));
    m_views->setTabText(1, tr("Conversation"));
    updateCaption();
}

// Side by side where the screen is wide enough for the table and the
// conversation's controls, one above the other where it is not: at 150 % on a
// 1280×720 projector the two need more than the screen's width.
void ReplayWindow::arrangeViews()
{
    const int room = ScreenFit::room(this).width();
    m_splitter->setOrientation(Qt::Horizontal);
    if (room > 0 && m_splitter->minimumSizeHint().width() > room)
        m_splitter->setOrientation(Qt::Vertical);
}

void ReplayWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    // After the children have their new texts and fonts.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, &ReplayWindow::arrangeViews);
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
