#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace swb::widgets {

class ReplayController;

// Play, pause, one step back or forward, to the start or the end, a position
// slider and the speed: the controls of a ReplayController. Space, the arrow
// keys, Home and End work while the replay window has the focus.
class ReplayToolbar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayToolbar)
public:
    explicit ReplayToolbar(ReplayController *controller, QWidget *parent = nullptr);

    QToolButton *playButton() const { return m_play; }
    QToolButton *backButton() const { return m_back; }
    QToolButton *forwardButton() const { return m_forward; }
    QSlider *slider() const { return m_slider; }
    QComboBox *speedBox() const { return m_speed; }

signals:
    void openRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    ReplayController *m_controller;
    QToolButton *m_open = nullptr;
    QToolButton *m_start = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_play = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_end = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speed = nullptr;
};

} // namespace swb::widgets
