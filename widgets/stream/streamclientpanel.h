#pragma once

#include "widgets/common/panel.h"

class QCheckBox;
class QHBoxLayout;
class QLineEdit;
class QPushButton;

namespace swb::net {
class StreamClientEndpoint;
}

namespace swb::widgets {

class ConnectionInfoView;
class MessageLog;
class SendBox;

// What every stream client panel shows, whatever it connects to: connect and
// disconnect, what print(sock) would show, the close word, the conversation
// and the send box. A subclass adds its target (host and port, socket path)
// and connects its endpoint.
class StreamClientPanel : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamClientPanel)
public:
    ~StreamClientPanel() override;

    void shutdown() override;
    // A workspace's autoConnect and send.autoStart: connect, then auto-send
    // once connected, as a scripted run (--quit-after) needs.
    void autoStart() override;
    bool startsOnOpen() const override;

public slots:
    virtual void connectToServer() = 0;
    void disconnectFromServer();

protected:
    // The panel takes the endpoint over (it becomes the panel's child).
    StreamClientPanel(int id, course::PanelType type, net::StreamClientEndpoint *endpoint,
                      models::TrafficModel *traffic, QWidget *parent);

    // The top row: a subclass adds its target widgets, then connectButton().
    QHBoxLayout *targetLayout() const { return m_target; }
    QPushButton *connectButton() const { return m_connect; }
    net::StreamClientEndpoint *clientEndpoint() const { return m_endpoint; }
    // The config of the panel's type with what every stream client has: name,
    // encoding and send box. The subclass fills its type's settings, with
    // closeWord() for their close word.
    course::PanelConfig baseConfig() const;
    QString closeWord() const;
    bool autoConnects() const { return m_autoConnect; }
    void applyBaseConfig(const course::PanelConfig &config, const QString &closeWord,
                         bool autoConnect);

    // Subclasses set their own texts, then call this.
    void retranslateUi() override;
    void onNameChanged() override;
    // The target cannot change while connected or connecting.
    virtual void updateTarget(bool idle) = 0;
    void updateState();

private:
    void applyCloseWord();

    net::StreamClientEndpoint *m_endpoint = nullptr;
    QHBoxLayout *m_target = nullptr;
    QPushButton *m_connect = nullptr;
    ConnectionInfoView *m_info = nullptr;
    QCheckBox *m_closeOnWord = nullptr;
    QLineEdit *m_closeWord = nullptr;
    MessageLog *m_log = nullptr;
    SendBox *m_sendBox = nullptr;
    bool m_autoConnect = false;
    bool m_autoSendWhenConnected = false;
};

} // namespace swb::widgets
