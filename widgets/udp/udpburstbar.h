#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace swb::net {
class UdpBurst;
}

namespace swb::widgets {

// "Send N datagrams as fast as possible": a count, a start button, a progress
// bar and a Stop button that takes effect at once.
class UdpBurstBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpBurstBar)
public:
    explicit UdpBurstBar(QWidget *parent = nullptr);

    // Follows the burst's progress; its end sets the bar back to idle.
    void watch(net::UdpBurst *burst);
    void setRunning(bool running);
    void setProgress(quint64 sent, quint64 total);

signals:
    void startRequested(int count);
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label = nullptr;
    QSpinBox *m_count = nullptr;
    QPushButton *m_start = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace swb::widgets
