#pragma once

#include "net/result.h"
#include "net/traffic/trafficevent.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QString>

namespace swb::models {

// Reads back the JSON Lines that TrafficWriter writes (a recording or an
// export), one event at a time so that a large file can be read a slice per
// event-loop turn. A recording cut short by a crash may end in a partial
// line: that last line is skipped, not an error. Any other line that is not a
// traffic event stops the reading with a message naming the line.
class TrafficReader final
{
    Q_DECLARE_TR_FUNCTIONS(swb::models::TrafficReader)
public:
    Result<void> open(const QString &path);
    // The next event; false at the end of the file or on an error (see error()).
    bool read(net::TrafficEvent *event);
    QString error() const { return m_error; }
    bool skippedPartialLine() const { return m_skippedPartialLine; }
    int lineNumber() const { return m_line; }
    qint64 position() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }

    // Parses one line; a failure says what is wrong with it (for broken JSON,
    // Failure::offset is where in the line). panelIds numbers the panels by
    // name, as files do not keep panel ids.
    static Result<net::TrafficEvent> parseLine(const QByteArray &line, QHash<QString, int> *panelIds);

private:
    QFile m_file;
    QString m_path; // QFile opened from a descriptor has no name of its own
    QHash<QString, int> m_panelIds;
    QString m_error;
    int m_line = 0;
    bool m_skippedPartialLine = false;
};

} // namespace swb::models
