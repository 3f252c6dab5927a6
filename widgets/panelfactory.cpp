#include "widgets/panelfactory.h"

#include "widgets/tcpclientpanel.h"
#include "widgets/tcpserverpanel.h"

#include <QCoreApplication>

namespace swb::widgets {

Panel *PanelFactory::create(net::PanelType type, int id, models::TrafficModel *traffic)
{
    switch (type) {
    case net::PanelType::TcpServer:
        return new TcpServerPanel(id, traffic);
    case net::PanelType::TcpClient:
        return new TcpClientPanel(id, traffic);
    default:
        // Workspace files already describe UDP and local-socket panels; their
        // panels are not in this build, so the caller says so instead of guessing.
        return nullptr;
    }
}

QString PanelFactory::defaultName(net::PanelType type)
{
    switch (type) {
    case net::PanelType::TcpServer:
        return QCoreApplication::translate("swb::widgets::PanelFactory", "TCP server");
    case net::PanelType::TcpClient:
        return QCoreApplication::translate("swb::widgets::PanelFactory", "TCP client");
    case net::PanelType::Udp:
        return QCoreApplication::translate("swb::widgets::PanelFactory", "UDP");
    case net::PanelType::LocalServer:
        return QCoreApplication::translate("swb::widgets::PanelFactory", "Local server");
    case net::PanelType::LocalClient:
        return QCoreApplication::translate("swb::widgets::PanelFactory", "Local client");
    }
    return QString();
}

} // namespace swb::widgets
