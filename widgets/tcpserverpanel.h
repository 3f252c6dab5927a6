#pragma once

#include "widgets/panel.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace swb::net {
class TcpServerEndpoint;
}
namespace swb::models {
class ConnectionListModel;
}

namespace swb::widgets {

class BehaviourEditor;
class MessageLog;
class SendBox;

// The TCP server panel: address, port, backlog, SO_REUSEADDR, start/stop, the
// connected clients, the behaviour, and a send box to the selected client or all.
class TcpServerPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpServerPanel)
public:
    TcpServerPanel(int id, models::TrafficModel *traffic, QWidget *parent = nullptr);
    ~TcpServerPanel() override;

    net::PanelConfig config() const override;
    void applyConfig(const net::PanelConfig &config) override;
    void autoStart() override;
    void shutdown() override;
    QString resourceKey() const override;
    bool isRunning() const override;
    void reportError(const QString &message) override;
    bool startsOnOpen() const override { return m_autoStart; }

    net::TcpServerEndpoint *endpoint() const { return m_endpoint; }
    models::ConnectionListModel *connectionModel() const { return m_connections; }
    QTableView *connectionTable() const { return m_clientTable; }
    SendBox *sendBox() const { return m_sendBox; }
    BehaviourEditor *behaviourEditor() const { return m_behaviour; }
    MessageLog *messageLog() const { return m_log; }

public slots:
    bool start();
    void stop();

protected:
    void retranslateUi() override;
    void onNameChanged() override;

private:
    void applyBehaviour();
    bool sendFromBox(const QByteArray &bytes);
    void disconnectSelected();
    void updateState();
    quint64 selectedConnection() const;

    net::TcpServerEndpoint *m_endpoint = nullptr;
    models::ConnectionListModel *m_connections = nullptr;
    bool m_autoStart = false;

    QLabel *m_addressLabel = nullptr;
    QComboBox *m_address = nullptr;
    QLabel *m_portLabel = nullptr;
    QLineEdit *m_port = nullptr;
    QLabel *m_backlogLabel = nullptr;
    QSpinBox *m_backlog = nullptr;
    QCheckBox *m_reuse = nullptr;
    QPushButton *m_startStop = nullptr;
    QLabel *m_exposure = nullptr;
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
