#include "models/trafficexporter.h"

#include "models/trafficmodel.h"
#include "net/traffic/trafficwriter.h"

namespace swb::models {

QString TrafficExporter::save(TrafficModel &model, const QString &path)
{
    model.flush();
    net::TrafficWriter writer;
    QString error = writer.open(path);
    if (!error.isEmpty())
        return error;
    for (int row = 0; row < model.rowCount(); ++row) {
        error = writer.write(model.event(row));
        if (!error.isEmpty()) {
            writer.close();
            return error;
        }
    }
    return writer.close();
}

} // namespace swb::models
