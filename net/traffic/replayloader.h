#pragma once

#include "net/traffic/trafficevent.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace swb::net {

// Reads a CSV traffic export (TrafficWriter's CSV) back into events for
// step-through replay; JSON Lines files go through models::TrafficReader.
// A broken line is an error naming the line; nothing is half-loaded. A text
// field with a line break inside is not supported (the writer never makes one
// for the events the app records).
class ReplayLoader final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::ReplayLoader)
public:
    static constexpr qint64 maxFileBytes = qint64(512) << 20;

    static std::optional<std::vector<TrafficEvent>> loadCsv(const QString &path, QString *error);
    static std::optional<TrafficEvent> parseCsvLine(const QByteArray &line, QString *problem);
    // Splits one CSV record ("a","b ""c""",3) into its fields.
    static QStringList csvFields(const QString &line);

private:
    static std::optional<TrafficEvent> fromFields(const QStringList &fields, QString *problem);
};

} // namespace swb::net
