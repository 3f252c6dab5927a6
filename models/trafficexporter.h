#pragma once

#include "net/result.h"

#include <QString>

namespace swb::models {

class TrafficModel;

// Saves everything the traffic model holds (queued events included) as JSON
// Lines or CSV, chosen by the file's extension.
class TrafficExporter final
{
public:
    static Result<void> save(TrafficModel &model, const QString &path);
};

} // namespace swb::models
