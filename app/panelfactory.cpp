#include "app/panelfactory.h"

#include "widgets/http/httppanel.h"
#include "widgets/stream/localclientpanel.h"
#include "widgets/stream/localserverpanel.h"
#include "widgets/stream/tcpclientpanel.h"
#include "widgets/stream/tcpserverpanel.h"
#include "widgets/udp/udppanel.h"

#include <QCoreApplication>

namespace swb::app {

widgets::Panel *PanelFactory::create(course::PanelType type, int id, models::TrafficModel *traffic)
{
    switch (type) {
    case course::PanelType::TcpServer:
        return new widgets::TcpServerPanel(id, traffic);
    case course::PanelType::LocalServer:
        return new widgets::LocalServerPanel(id, traffic);
    case course::PanelType::LocalClient:
        return new widgets::LocalClientPanel(id, traffic);
    case course::PanelType::Http:
        return new widgets::HttpPanel(id, traffic);
    case course::PanelType::Udp:
        return new widgets::UdpPanel(id, traffic);
    case course::PanelType::TcpClient:
    default:
        return new widgets::TcpClientPanel(id, traffic);
    }
}

QString PanelFactory::defaultName(course::PanelType type)
{
    switch (type) {
    case course::PanelType::TcpServer:
        return QCoreApplication::translate("swb::app::PanelFactory", "TCP server");
    case course::PanelType::TcpClient:
        return QCoreApplication::translate("swb::app::PanelFactory", "TCP client");
    case course::PanelType::Udp:
        return QCoreApplication::translate("swb::app::PanelFactory", "UDP");
    case course::PanelType::LocalServer:
        return QCoreApplication::translate("swb::app::PanelFactory", "Local server");
    case course::PanelType::LocalClient:
        return QCoreApplication::translate("swb::app::PanelFactory", "Local client");
    case course::PanelType::Http:
        return QCoreApplication::translate("swb::app::PanelFactory", "HTTP");
    }
    return QString();
}

} // namespace swb::app
