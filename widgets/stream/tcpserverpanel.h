#pragma once

#include "widgets/stream/streamserverpanel.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace swb::net {
class TcpServerEndpoint;
}

namespace swb::widgets {

// The TCP server panel: address, port, backlog and SO_REUSEADDR, with a warning
// when the address is reachable from other machines; the rest is StreamServerPanel.
class TcpServerPanel final : public StreamServerPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpServerPanel)
public:
    TcpServerPanel(int id, models::TrafficModel *traffic, QWidget *parent = nullptr);
    ~TcpServerPanel() override;

    course::PanelConfig config() const override;
    void applyConfig(const course::PanelConfig &config) override;
    QString resourceKey() const override;

public slots:
    bool start() override;

protected:
    void retranslateUi() override;
    void updateSettings(bool listening) override;

private:
    net::TcpServerEndpoint *endpoint() const;

    QLabel *m_addressLabel = nullptr;
    QComboBox *m_address = nullptr;
    QLabel *m_portLabel = nullptr;
    QLineEdit *m_port = nullptr;
    QLabel *m_backlogLabel = nullptr;
    QSpinBox *m_backlog = nullptr;
    QCheckBox *m_reuse = nullptr;
    QLabel *m_exposure = nullptr;
};

} // namespace swb::widgets
