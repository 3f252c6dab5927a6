#pragma once

#include "net/result.h"
#include "net/traffic/trafficevent.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace swb::net {

// Writes traffic events as JSON Lines (one object per event) or CSV with the
// same columns: seq, time, panel, proto, kind, local, remote, bytes, data
// (base64), text. Streaming, so it also serves recording while traffic flows.
// CSV text cells go through CsvCell: no raw control characters, no formulas.
class TrafficWriter final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::TrafficWriter)
public:
    enum class Format { JsonLines, Csv };

    // By extension: ".csv" is CSV, anything else JSON Lines.
    static Format formatForPath(const QString &path);
    static QString isoTime(qint64 msecsSinceEpoch);

    Result<void> open(const QString &path);
    // Writes event.text as it is: whoever records renders deferred words first
    // (TrafficRecorder, TrafficModel::event()), so that what was read writes back unchanged.
    Result<void> write(const TrafficEvent &event);
    // Hands the lines written so far to the operating system (recording).
    Result<void> flush();
    Result<void> close();

private:
    Failure writeFailed() const;

    QFile m_file;
    QString m_path; // QFile opened from a descriptor has no name of its own
    Format m_format = Format::JsonLines;
};

} // namespace swb::net
