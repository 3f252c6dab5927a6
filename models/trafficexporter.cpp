#include "models/trafficexporter.h"

#include "models/trafficmodel.h"
#include "net/traffic/trafficwriter.h"

namespace swb::models {

Result<void> TrafficExporter::save(TrafficModel &model, const QString &path)
{
    model.flush();
    net::TrafficWriter writer;
    if (Result<void> opened = writer.open(path); !opened)
        return opened;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (Result<void> written = writer.write(model.event(row)); !written) {
            (void)writer.close();
            return written;
        }
    }
    return writer.close();
}

} // namespace swb::models
