#include "widgets/stream/connectioninfoview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QVBoxLayout>

namespace swb::widgets {

namespace {

// "127.0.0.1:8001" -> "('127.0.0.1', 8001)"; "[::1]:8001" -> "('::1', 8001, 0, 0)".
QString pythonAddress(const QString &endpoint)
{
    const qsizetype colon = endpoint.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return QStringLiteral("('%1', 0)").arg(endpoint);
    QString host = endpoint.left(colon);
    const QString port = endpoint.mid(colon + 1);
    if (host.startsWith(QLatin1Char('['))) {
        host = host.mid(1, host.size() - 2);
        return QStringLiteral("('%1', %2, 0, 0)").arg(host, port);
    }
    return QStringLiteral("('%1', %2)").arg(host, port);
}

} // namespace

ConnectionInfoView::ConnectionInfoView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_repr(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_repr->setWordWrap(true);
    m_repr->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_repr->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_summary);
    layout->addWidget(m_repr);
    refresh();
}

QString ConnectionInfoView::stateName(QAbstractSocket::SocketState state)
{
    switch (state) {
    case QAbstractSocket::UnconnectedState: return tr("not connected");
    case QAbstractSocket::HostLookupState: return tr("looking up the host name");
    case QAbstractSocket::ConnectingState: return tr("connecting");
    case QAbstractSocket::ConnectedState: return tr("connected");
    case QAbstractSocket::BoundState: return tr("bound");
    case QAbstractSocket::ListeningState: return tr("listening");
    case QAbstractSocket::ClosingState: return tr("closing");
    }
    return QString();
}

void ConnectionInfoView::setState(QAbstractSocket::SocketState state,
                                  const net::ConnectionInfo &info, qintptr descriptor)
{
    m_state = state;
    m_info = info;
    m_descriptor = descriptor;
    refresh();
}

QString ConnectionInfoView::pythonRepr() const
{
    if (isLocal()) {
        // A client's AF_UNIX socket has no name, so Python prints no laddr; the
        // raddr is the path, printed without quotes.
        QString repr = QStringLiteral("<socket.socket fd=%1, family=AddressFamily.AF_UNIX, "
                                      "type=SocketKind.SOCK_STREAM, proto=0")
                           .arg(m_descriptor);
        if (m_state == QAbstractSocket::ConnectedState)
            repr += QStringLiteral(", raddr=%1").arg(m_info.remote);
        return repr + QLatin1Char('>');
    }
    // proto=0: the notes make the socket as socket(AF_INET, SOCK_STREAM), and
    // Python prints the protocol number it was given, not the one the kernel chose.
    const bool v6 = m_info.family == QLatin1String("IPv6");
    QString repr = QStringLiteral("<socket.socket fd=%1, family=%2, type=SocketKind.SOCK_STREAM, "
                                  "proto=0")
                       .arg(m_descriptor)
                       .arg(v6 ? QStringLiteral("AddressFamily.AF_INET6")
                               : QStringLiteral("AddressFamily.AF_INET"));
    if (m_state == QAbstractSocket::ConnectedState) {
        repr += QStringLiteral(", laddr=%1, raddr=%2")
                    .arg(pythonAddress(m_info.local), pythonAddress(m_info.remote));
    }
    return repr + QLatin1Char('>');
}

QString ConnectionInfoView::summary() const
{
    if (m_state != QAbstractSocket::ConnectedState)
        return tr("State: %1").arg(stateName(m_state));
    if (isLocal())
        return tr("State: %1 \u00b7 family AF_UNIX \u00b7 type SOCK_STREAM \u00b7 socket file "
                  "(raddr) %2 \u00b7 local end (laddr): unnamed, %3")
            .arg(stateName(m_state), m_info.remote, m_info.local);
    return tr("State: %1 \u00b7 family %2 \u00b7 type SOCK_STREAM (TCP) \u00b7 local (laddr) %3 "
              "\u00b7 remote (raddr) %4")
        .arg(stateName(m_state), m_info.family, m_info.local, m_info.remote);
}

bool ConnectionInfoView::isLocal() const
{
    return m_info.family == QLatin1String("AF_UNIX");
}

void ConnectionInfoView::refresh()
{
    m_summary->setText(summary());
    m_repr->setText(pythonRepr());
    m_repr->setVisible(m_state == QAbstractSocket::ConnectedState);
    m_repr->setToolTip(tr("What print(sock) shows in Python for this connection."));
}

void ConnectionInfoView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
