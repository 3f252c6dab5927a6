#pragma once

#include "net/workspace.h"

namespace swb::models {
class TrafficModel;
}

namespace swb::widgets {

class Panel;

// Makes the panel for a workspace entry's type, so the window needs to know no
// panel class by name.
class PanelFactory final
{
public:
    static Panel *create(net::PanelType type, int id, models::TrafficModel *traffic);
    static QString defaultName(net::PanelType type); // translated
};

} // namespace swb::widgets
