#pragma once

#include <QString>

namespace swb::models {

class TrafficModel;

// Saves everything the traffic model holds (queued events included) as JSON
// Lines or CSV, chosen by the file's extension.
class TrafficExporter final
{
public:
    // Empty on success, else a translated message.
    static QString save(TrafficModel &model, const QString &path);
};

} // namespace swb::models
