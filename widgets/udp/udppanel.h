#pragma once

#include "widgets/common/panel.h"


class QLabel;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace swb::net {
class UdpEndpoint;
}
namespace swb::models {
class UdpPeerModel;
}

namespace swb::widgets {

class BehaviourEditor;
class MessageLog;
class MulticastBox;
class SendBox;
class UdpBindRow;
class UdpBurstBar;
class UdpLogFeed;
class UdpTargetRow;

// The UDP panel: one socket that binds to receive and sends to a target or to
// a sender it heard from, as in the notes, where a UDP "server" and "client"
// are the same socket. Shows the senders in their colours, the server
// behaviour, multicast, a burst sender, and what the kernel dropped.
class UdpPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpPanel)
public:
    UdpPanel(int id, models::TrafficModel *traffic, QWidget *parent = nullptr);
    ~UdpPanel() override;

    course::PanelConfig config() const override;
    void applyConfig(const course::PanelConfig &config) override;
    void autoStart() override;
    void shutdown() override;
    QString resourceKey() const override;
    bool isRunning() const override;
    void reportError(const QString &message) override;
    bool startsOnOpen() const override;

    net::UdpEndpoint *endpoint() const { return m_endpoint; }

public slots:
    bool bindSocket();
    void closeSocket();
    bool startBurst(int count);

protected:
    void retranslateUi() override;
    void onNameChanged() override;

private:
    // Re-reads the peer counters and the kernel's drop counter.
    void refreshNow();
    void buildLayout();
    void wireEndpoint();
    void applyBehaviour();
    bool applyTarget();
    bool sendFromBox(const QByteArray &bytes);
    quint64 selectedPeer() const;
    void updateState();
    void updateSocketStatus();

    net::UdpEndpoint *m_endpoint = nullptr;
    models::UdpPeerModel *m_peers = nullptr;
    bool m_autoStart = false;
    qint64 m_drops = -1;

    UdpBindRow *m_bindRow = nullptr;
    UdpTargetRow *m_targetRow = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_peerTable = nullptr;
    QPushButton *m_clearPeers = nullptr;
    MessageLog *m_log = nullptr;
    BehaviourEditor *m_behaviour = nullptr;
    QLabel *m_behaviourNote = nullptr;
    MulticastBox *m_multicastBox = nullptr;
    QLabel *m_sendToLabel = nullptr;
    QRadioButton *m_toTarget = nullptr;
    QRadioButton *m_toSelected = nullptr;
    SendBox *m_sendBox = nullptr;
    UdpBurstBar *m_burstBar = nullptr;
    QLabel *m_socketStatus = nullptr;
    QTimer *m_refresh = nullptr;
    UdpLogFeed *m_logFeed = nullptr;
};

} // namespace swb::widgets
