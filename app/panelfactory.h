#pragma once

#include "course/lessons/workspace.h"

namespace swb::models {
class TrafficModel;
}

namespace swb::widgets {
class Panel;
}

namespace swb::app {

// Makes the panel for a workspace entry's type, so the window needs to know no
// panel class by name.
class PanelFactory final
{
public:
    static widgets::Panel *create(course::PanelType type, int id, models::TrafficModel *traffic);
    static QString defaultName(course::PanelType type); // translated
};

} // namespace swb::app
