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
    // A line longer than this stops the reading with a message naming the
    // limit, before it is held in memory whole (a 500 MB line used to peak at
    // 2.5 GiB). A recorded read holds at most 1 MiB (SocketChunkReader), and
    // a sent HTTP request at most 1 Mi characters: a few MiB as JSON.
    static constexpr qint64 maxLineBytes = qint64(32) << 20;
    // Past this many distinct panel names, further names are merged under
    // otherPanels() (a recording with 10,000 names hung the viewer).
    static constexpr int maxPanelNames = 1000;
    static QString otherPanels();

    Result<void> open(const QString &path);
    // The next event; false at the end of the file or on an error (see error()).
    bool read(net::TrafficEvent *event);
    QString error() const { return m_error; }
    bool skippedPartialLine() const { return m_skippedPartialLine; }
    // Events whose panel name was merged under otherPanels(); 0 normally.
    qint64 mergedEvents() const { return m_mergedEvents; }
    // "Events of more than 1,000 panels ... merged": empty when nothing was.
    QString mergedNote() const;
    int lineNumber() const { return m_line; }
    // Bytes of the file read as lines so far.
    qint64 position() const;
    qint64 size() const { return m_file.size(); }

    // Parses one line; a failure says what is wrong with it (for broken JSON,
    // Failure::offset is where in the line). panelIds numbers the panels by
    // name, as files do not keep panel ids; past maxPanelNames names the
    // event's panel becomes otherPanels() and merged (if given) is set.
    static Result<net::TrafficEvent> parseLine(const QByteArray &line, QHash<QString, int> *panelIds,
                                               bool *merged = nullptr);

private:
    static constexpr qint64 readBlockBytes = qint64(1) << 20;
    // The next line with its '\n' (the last one may have none); false at the
    // end. A line past maxLineBytes sets tooLong instead of being read whole.
    bool nextLine(QByteArray *line, bool *tooLong);

    QFile m_file;
    QByteArray m_buffer; // read from the file, not yet handed out from m_bufferPos on
    qsizetype m_bufferPos = 0;
    QString m_path; // QFile opened from a descriptor has no name of its own
    QHash<QString, int> m_panelIds;
    QString m_error;
    int m_line = 0;
    qint64 m_mergedEvents = 0;
    bool m_skippedPartialLine = false;
};

} // namespace swb::models
