#pragma once

#include "net/result.h"
#include "net/traffic/trafficevent.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace swb::net {

// Reads a CSV traffic export (TrafficWriter's CSV) back into events for
// step-through replay; JSON Lines files go through models::TrafficReader.
// A broken line is an error naming the line; nothing is half-loaded. Text
// cells are decoded by CsvCell (the writer escapes line breaks, so a record
// is always one line).
class ReplayLoader final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::ReplayLoader)
public:
    static constexpr qint64 maxFileBytes = qint64(512) << 20;

    // A broken line fails with the byte offset of its start in Failure::offset.
    static Result<std::vector<TrafficEvent>> loadCsv(const QString &path);
    static Result<TrafficEvent> parseCsvLine(const QByteArray &line);
    // Splits one CSV record ("a","b ""c""",3) into its fields.
    static QStringList csvFields(const QString &line);

private:
    static Result<TrafficEvent> fromFields(const QStringList &fields);
};

} // namespace swb::net
