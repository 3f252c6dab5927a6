#pragma once

#include "widgets/common/panel.h"

class QLabel;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace swb::net {
class StreamServerEndpoint;
}
namespace swb::models {
class ConnectionListModel;
}

namespace swb::widgets {

class BehaviourEditor;
class MessageLog;
class SendBox;

// What every stream server panel shows, whatever it listens on: start/stop,
// the connected clients and the conversation, the behaviour, and a send box to
// the selected client or all. A subclass adds its settings rows (TCP address
// and port, local socket path) and starts its endpoint.
class StreamServerPanel : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamServerPanel)
public:
    ~StreamServerPanel() override;

    void autoStart() override;
    void shutdown() override;
    bool isRunning() const override;
    void reportError(const QString &message) override;
    bool startsOnOpen() const override;

public slots:
    // True when listening; otherwise the panel shows why not.
    virtual bool start() = 0;
    void stop();

protected:
    // The panel takes the endpoint over (it becomes the panel's child).
    StreamServerPanel(int id, course::PanelType type, net::StreamServerEndpoint *endpoint,
                      models::TrafficModel *traffic, QWidget *parent);

    // Where a subclass puts its settings rows, above the tabs; one of its rows
    // holds startStopButton().
    QVBoxLayout *settingsLayout() const { return m_settings; }
    QPushButton *startStopButton() const { return m_startStop; }
    net::StreamServerEndpoint *serverEndpoint() const { return m_endpoint; }
    // The config of the panel's type with what every stream server has: name,
    // encoding and send box. The subclass fills its type's settings, with
    // startsOnOpen() and behaviour() for their autoStart and behaviour.
    course::PanelConfig baseConfig() const;
    net::ServerBehaviour behaviour() const;
    void applyBaseConfig(const course::PanelConfig &config, bool autoStart,
                         const net::ServerBehaviour &behaviour);

    // Subclasses set their own texts, then call this.
    void retranslateUi() override;
    void onNameChanged() override;
    // Settings cannot change while listening.
    virtual void updateSettings(bool listening) = 0;
    void updateState();

private:
    void applyBehaviour();
    bool sendFromBox(const QByteArray &bytes);
    void disconnectSelected();
    quint64 selectedConnection() const;
    QString peerOf(quint64 connectionId) const;

    net::StreamServerEndpoint *m_endpoint = nullptr;
    models::ConnectionListModel *m_connections = nullptr;
    bool m_autoStart = false;
    bool m_autoSendOnClient = false; // send.autoStart waits for a client

    QVBoxLayout *m_settings = nullptr;
    QPushButton *m_startStop = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_clientTable = nullptr;
    QPushButton *m_disconnect = nullptr;
    MessageLog *m_log = nullptr;
    BehaviourEditor *m_behaviour = nullptr;
    QLabel *m_targetLabel = nullptr;
    QRadioButton *m_toSelected = nullptr;
    QRadioButton *m_toAll = nullptr;
    SendBox *m_sendBox = nullptr;
    QTimer *m_refresh = nullptr;
};

} // namespace swb::widgets
