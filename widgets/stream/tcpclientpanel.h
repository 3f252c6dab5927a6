#pragma once

#include "widgets/stream/streamclientpanel.h"

class QLabel;
class QLineEdit;

namespace swb::net {
class TcpClientEndpoint;
}

namespace swb::widgets {

// The TCP client panel: host and port; the rest is StreamClientPanel.
class TcpClientPanel final : public StreamClientPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpClientPanel)
public:
    TcpClientPanel(int id, models::TrafficModel *traffic, QWidget *parent = nullptr);
    ~TcpClientPanel() override;

    course::PanelConfig config() const override;
    void applyConfig(const course::PanelConfig &config) override;

public slots:
    void connectToServer() override;

protected:
    void retranslateUi() override;
    void updateTarget(bool idle) override;

private:
    net::TcpClientEndpoint *endpoint() const;

    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QLineEdit *m_port = nullptr;
};

} // namespace swb::widgets
