#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace swb::widgets {

// The receiving half of the UDP panel's settings: whether to bind, the address
// and port (the notes' sock.bind(addr)), SO_REUSEADDR as "share address", the
// Bind/Close button, and the warning when other machines can reach the socket.
class UdpBindRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpBindRow)
public:
    explicit UdpBindRow(QWidget *parent = nullptr);

    bool receives() const;
    void setReceives(bool on);
    QString address() const;
    void setAddress(const QString &address);
    QString portText() const;
    void setPortText(const QString &port);
    bool sharesAddress() const;
    void setSharesAddress(bool on);
    // Locks the settings while bound and turns Bind into Close.
    void setBound(bool bound);

signals:
    void bindClicked();
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateExposure();

    QCheckBox *m_receive = nullptr;
    QComboBox *m_address = nullptr;
    QLabel *m_portLabel = nullptr;
    QLineEdit *m_port = nullptr;
    QCheckBox *m_share = nullptr;
    QPushButton *m_button = nullptr;
    QLabel *m_exposure = nullptr;
    bool m_bound = false;
};

} // namespace swb::widgets
