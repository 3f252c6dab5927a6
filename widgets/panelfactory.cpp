#include "widgets/panelfactory.h"

#include "widgets/httppanel.h"
#include "widgets/localclientpanel.h"
#include "widgets/localserverpanel.h"
#include "widgets/tcpclientpanel.h"
#include "widgets/tcpserverpanel.h"
#include "widgets/udppanel.h"

#include <QCoreApplication>

namespace swb::widgets {

Panel *PanelFactory::create(net::PanelType type, int id, models::TrafficModel *traffic)
{
    switch (type) {
    case net::PanelType::TcpServer:
        return new TcpServerPanel(id, traffic);
    case net::PanelType::LocalServer:
        return new LocalServerPanel(id, traffic);
    case net::PanelType::LocalClient:
        return new LocalClientPanel(id, traffic);
    case net::PanelType::Http:
        return new HttpPanel(id, traffic);
    case net::PanelType::Udp:
        return new UdpPanel(id, traffic);
    case net::PanelType::TcpClient:
    default:
        return new TcpClientPanel(id, traffic);
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
    case net::PanelType::Http:
        return QCoreApplication::translate("swb::widgets::PanelFactory", "HTTP");
    }
    return QString();
}

} // namespace swb::widgets
