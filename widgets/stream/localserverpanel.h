#pragma once

#include "widgets/stream/streamserverpanel.h"

class QFrame;
class QLabel;
class QPushButton;

namespace swb::net {
class LocalServerEndpoint;
}

namespace swb::widgets {

class SocketPathEdit;

// The local socket (AF_UNIX) server panel: the socket file's path; the rest is
// StreamServerPanel. A stale socket file is never removed silently: the panel
// says what it is and offers a button that removes it and listens.
class LocalServerPanel final : public StreamServerPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServerPanel)
public:
    LocalServerPanel(int id, models::TrafficModel *traffic, QWidget *parent = nullptr);
    ~LocalServerPanel() override;

    course::PanelConfig config() const override;
    void applyConfig(const course::PanelConfig &config) override;
    QString resourceKey() const override;

public slots:
    bool start() override;
    // The user's choice for a stale file: remove it, then listen.
    bool removeStaleAndStart();

protected:
    void retranslateUi() override;
    void updateSettings(bool listening) override;

private:
    net::LocalServerEndpoint *endpoint() const;
    bool startWith(bool removeStale);

    SocketPathEdit *m_path = nullptr;
    QFrame *m_staleBar = nullptr; // shown while a stale socket file waits for the user's choice
    QLabel *m_staleText = nullptr;
    QPushButton *m_removeStale = nullptr;
};

} // namespace swb::widgets
