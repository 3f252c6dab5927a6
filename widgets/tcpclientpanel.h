#pragma once

#include "widgets/panel.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace swb::net {
class TcpClientEndpoint;
}

namespace swb::widgets {

class ConnectionInfoView;
class MessageLog;
class SendBox;

// The TCP client panel: host and port, connect/disconnect, what print(sock)
// would show, the conversation, and the send box.
class TcpClientPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpClientPanel)
public:
    TcpClientPanel(int id, models::TrafficModel *traffic, QWidget *parent = nullptr);
    ~TcpClientPanel() override;

    net::PanelConfig config() const override;
    void applyConfig(const net::PanelConfig &config) override;
    void shutdown() override;

    net::TcpClientEndpoint *endpoint() const { return m_endpoint; }
    SendBox *sendBox() const { return m_sendBox; }
    MessageLog *messageLog() const { return m_log; }
    ConnectionInfoView *infoView() const { return m_info; }

public slots:
    void connectToServer();
    void disconnectFromServer();

protected:
    void retranslateUi() override;
    void onNameChanged() override;

private:
    void updateState();
    void applyCloseWord();

    net::TcpClientEndpoint *m_endpoint = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QLineEdit *m_port = nullptr;
    QPushButton *m_connect = nullptr;
    ConnectionInfoView *m_info = nullptr;
    QCheckBox *m_closeOnWord = nullptr;
    QLineEdit *m_closeWord = nullptr;
    MessageLog *m_log = nullptr;
    SendBox *m_sendBox = nullptr;
};

} // namespace swb::widgets
