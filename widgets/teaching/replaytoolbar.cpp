#include "widgets/teaching/replaytoolbar.h"

#include "models/trafficmodel.h"
#include "widgets/common/combofitter.h"
#include "widgets/teaching/replaycontroller.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace swb::widgets {

namespace {
constexpr double Speeds[] = {0.25, 0.5, 1.0, 2.0, 4.0, 10.0};
}

ReplayToolbar::ReplayToolbar(ReplayController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_open(new QToolButton(this))
    , m_start(new QToolButton(this))
    , m_back(new QToolButton(this))
    , m_play(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_end(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_position(new QLabel(this))
    , m_speedLabel(new QLabel(this))
    , m_speed(new QComboBox(this))
{
    // The whole current item shows in either language and at any zoom.
    new ComboFitter(m_speed);
    m_start->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_end->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_back->setAutoRepeat(true);
    m_forward->setAutoRepeat(true);
    for (const double speed : Speeds)
        m_speed->addItem(QStringLiteral("%1\u00d7").arg(speed), speed);
    m_speed->setCurrentIndex(2);
    m_position->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000 / 000000")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : {static_cast<QWidget *>(m_open), static_cast<QWidget *>(m_start),
                       static_cast<QWidget *>(m_back), static_cast<QWidget *>(m_play),
                       static_cast<QWidget *>(m_forward), static_cast<QWidget *>(m_end)})
        layout->addWidget(w);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_position);
    layout->addWidget(m_speedLabel);
    layout->addWidget(m_speed);

    // Keys that work anywhere in the replay window.
    const auto key = [this](const QKeySequence &sequence, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(sequence);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, m_controller, slot);
    };
    key(QKeySequence(Qt::Key_Space), &ReplayController::togglePlay);
    key(QKeySequence(Qt::Key_Right), &ReplayController::stepForward);
    key(QKeySequence(Qt::Key_Left), &ReplayController::stepBack);

    connect(m_open, &QToolButton::clicked, this, &ReplayToolbar::openRequested);
    connect(m_start, &QToolButton::clicked, m_controller, [this] { m_controller->seek(0); });
    connect(m_end, &QToolButton::clicked, m_controller,
            [this] { m_controller->seek(m_controller->count()); });
    connect(m_back, &QToolButton::clicked, m_controller, &ReplayController::stepBack);
    connect(m_forward, &QToolButton::clicked, m_controller, &ReplayController::stepForward);
    connect(m_play, &QToolButton::clicked, m_controller, &ReplayController::togglePlay);
    connect(m_slider, &QSlider::valueChanged, m_controller, &ReplayController::seek);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_controller->setSpeed(m_speed->currentData().toDouble()); });
    connect(m_controller, &ReplayController::positionChanged, this, &ReplayToolbar::updateState);
    connect(m_controller, &ReplayController::playingChanged, this, &ReplayToolbar::updateState);
    retranslateUi();
    updateState();
}

void ReplayToolbar::updateState()
{
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, m_controller->count());
    m_slider->setValue(m_controller->position());
    m_position->setText(QStringLiteral("%1 / %2").arg(m_controller->position()).arg(m_controller->count()));
    m_play->setIcon(style()->standardIcon(m_controller->isPlaying() ? QStyle::SP_MediaPause
                                                                    : QStyle::SP_MediaPlay));
    m_play->setToolTip(m_controller->isPlaying() ? tr("Pause (Space)") : tr("Play (Space)"));
    const bool any = m_controller->count() > 0;
    m_back->setEnabled(m_controller->position() > 0);
    m_start->setEnabled(m_controller->position() > 0);
    m_forward->setEnabled(m_controller->position() < m_controller->count());
    m_end->setEnabled(m_controller->position() < m_controller->count());
    m_play->setEnabled(any);
}

void ReplayToolbar::retranslateUi()
{
    m_open->setText(tr("Open\u2026"));
    m_open->setToolTip(tr("Open a saved traffic file (.jsonl or .csv) to replay"));
    m_start->setToolTip(tr("Back to the start (nothing shown)"));
    m_back->setToolTip(tr("One event back (Left)"));
    m_forward->setToolTip(tr("One event forward (Right)"));
    m_end->setToolTip(tr("To the end (everything shown)"));
    m_slider->setToolTip(tr("Drag to any point of the capture"));
    m_speedLabel->setText(tr("Speed:"));
    updateState();
}

void ReplayToolbar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::StyleChange)
        updateState(); // the icons come from the style
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
