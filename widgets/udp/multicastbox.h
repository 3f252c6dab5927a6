#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace swb::net {
class UdpMulticast;
}

namespace swb::widgets {

// The multicast part of the UDP panel: a group to join or leave, the interface
// to use, TTL (hops), loopback, and the groups joined. Only a form: the panel
// turns its requests into commands for the endpoint.
class MulticastBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MulticastBox)
public:
    explicit MulticastBox(QWidget *parent = nullptr);

    // Sends the box's requests to `multicast` and shows its groups.
    void attach(net::UdpMulticast *multicast);
    // Puts the settings into the box and into the attached multicast object,
    // leaving the groups it had and joining `groups`.
    void apply(const QStringList &groups, const QString &interface, int ttl, bool loopback);

    QString interfaceName() const;
    void setInterfaceName(const QString &name);
    int ttl() const;
    void setTtl(int ttl);
    bool loopback() const;
    void setLoopback(bool on);
    // Each entry "group" or "group on interface", for the list.
    void setJoined(const QStringList &groups, const QStringList &interfaces);
    QStringList joined() const { return m_joinedGroups; }

signals:
    void joinRequested(const QString &group, const QString &interface);
    void leaveRequested(const QString &group);
    void interfaceChanged(const QString &interface);
    void ttlChanged(int ttl);
    void loopbackChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillInterfaces();
    void leaveSelected();

    QLabel *m_groupLabel = nullptr;
    QLineEdit *m_group = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_leave = nullptr;
    QLabel *m_interfaceLabel = nullptr;
    QComboBox *m_interface = nullptr;
    QLabel *m_ttlLabel = nullptr;
    QSpinBox *m_ttl = nullptr;
    QCheckBox *m_loopback = nullptr;
    QLabel *m_joinedLabel = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QStringList m_joinedGroups;
    net::UdpMulticast *m_multicast = nullptr;
};

} // namespace swb::widgets
