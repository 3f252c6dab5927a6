#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace swb::widgets {

// The sending half of the UDP panel's settings: the target host and port (the
// notes' sendto(data, addr)), connect() to it, and SO_BROADCAST.
class UdpTargetRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpTargetRow)
public:
    explicit UdpTargetRow(QWidget *parent = nullptr);

    QString host() const;
    void setHost(const QString &host);
    QString portText() const;
    void setPortText(const QString &port);
    bool connects() const;
    void setConnects(bool on);   // without emitting connectToggled
    bool broadcasts() const;
    void setBroadcasts(bool on); // without emitting broadcastToggled

signals:
    void targetEdited();
    void connectToggled(bool on);
    void broadcastToggled(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QLineEdit *m_port = nullptr;
    QCheckBox *m_connect = nullptr;
    QCheckBox *m_broadcast = nullptr;
};

} // namespace swb::widgets
