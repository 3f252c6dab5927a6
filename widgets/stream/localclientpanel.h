#pragma once

#include "widgets/stream/streamclientpanel.h"

namespace swb::net {
class LocalClientEndpoint;
}

namespace swb::widgets {

class SocketPathEdit;

// The local socket (AF_UNIX) client panel: the socket file's path; the rest is
// StreamClientPanel.
class LocalClientPanel final : public StreamClientPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalClientPanel)
public:
    LocalClientPanel(int id, models::TrafficModel *traffic, QWidget *parent = nullptr);
    ~LocalClientPanel() override;

    course::PanelConfig config() const override;
    void applyConfig(const course::PanelConfig &config) override;

public slots:
    void connectToServer() override;

protected:
    void updateTarget(bool idle) override;

private:
    net::LocalClientEndpoint *endpoint() const;

    SocketPathEdit *m_path = nullptr;
};

} // namespace swb::widgets
