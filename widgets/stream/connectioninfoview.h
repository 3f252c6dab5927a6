#pragma once

#include "net/socket/connectioninfo.h"

#include <QAbstractSocket>
#include <QWidget>

class QLabel;

namespace swb::widgets {

// The notes' print(sock) for a live socket: state, family, type, laddr and
// raddr, once in words and once exactly as Python would print it. TCP
// (IPv4/IPv6) or, when the family is "AF_UNIX", a local socket.
class ConnectionInfoView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionInfoView)
public:
    explicit ConnectionInfoView(QWidget *parent = nullptr);

    void setState(QAbstractSocket::SocketState state, const net::ConnectionInfo &info,
                  qintptr descriptor);
    QString pythonRepr() const;
    QString summary() const;

    static QString stateName(QAbstractSocket::SocketState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    bool isLocal() const;

    QAbstractSocket::SocketState m_state = QAbstractSocket::UnconnectedState;
    net::ConnectionInfo m_info;
    qintptr m_descriptor = -1;
    QLabel *m_summary = nullptr;
    QLabel *m_repr = nullptr;
};

} // namespace swb::widgets
