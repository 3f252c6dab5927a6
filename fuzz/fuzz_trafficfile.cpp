// libFuzzer target: traffic files (recordings and exports) opened for viewing
// (JSON Lines, models::TrafficReader) or replay (CSV, net::ReplayLoader). The
// input is a file's bytes, read line by line and then as a file of each kind;
// every event read must be written by TrafficWriter and read back unchanged.
// Input layout: a flags byte, then the file.

#include "fuzz/fuzzcheck.h"

#include "models/trafficreader.h"
#include "net/traffic/replayloader.h"
#include "net/traffic/trafficwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <vector>

namespace {

using namespace swb::net;
using swb::fuzz::check;
using swb::models::TrafficReader;

// Made once per process, on tmpfs where there is one: with /tmp on disk the
// target runs six times slower, spending its time in the file system.
const QTemporaryDir &scratch()
{
    static const QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                       ? QStringLiteral("/dev/shm/swb-fuzz-XXXXXX")
                                       : QDir::tempPath() + QStringLiteral("/swb-fuzz-XXXXXX"));
    check(dir.isValid(), "no temporary folder");
    return dir;
}

QString scratchFile(const char *name)
{
    return scratch().filePath(QLatin1String(name));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the scratch file");
    check(file.write(bytes) == bytes.size(), "short write to the scratch file");
}

// Text goes to files as UTF-8, which has no lone surrogates.
QString viaUtf8(const QString &text)
{
    return QString::fromUtf8(text.toUtf8());
}

bool sameEvent(const TrafficEvent &a, const TrafficEvent &b)
{
    return a.seq == b.seq && a.timeMs == b.timeMs && viaUtf8(a.panel) == viaUtf8(b.panel)
        && a.protocol == b.protocol && a.kind == b.kind && viaUtf8(a.local) == viaUtf8(b.local)
        && viaUtf8(a.remote) == viaUtf8(b.remote) && a.data == b.data && viaUtf8(a.text) == viaUtf8(b.text);
}

std::vector<TrafficEvent> readJsonLines(const QString &path, bool mustSucceed)
{
    std::vector<TrafficEvent> events;
    TrafficReader reader;
    check(reader.open(path).ok(), "cannot open the scratch file");
    TrafficEvent event;
    qint64 position = 0;
    while (reader.read(&event)) {
        check(reader.position() > position && reader.position() <= reader.size(), "reader did not move on");
        position = reader.position();
        events.push_back(event);
    }
    check(reader.error().isEmpty() || !reader.skippedPartialLine(), "both an error and a partial line");
    if (mustSucceed)
        check(reader.error().isEmpty() && !reader.skippedPartialLine(), "written file does not read back");
    return events;
}

void writeEvents(const QString &path, const std::vector<TrafficEvent> &events)
{
    TrafficWriter writer;
    check(writer.open(path).ok(), "cannot open the scratch file for writing");
    for (const TrafficEvent &event : events)
        check(writer.write(event).ok(), "writing failed");
    check(writer.close().ok(), "closing failed");
}

void roundTrip(const std::vector<TrafficEvent> &events)
{
    const QString jsonl = scratchFile("again.jsonl");
    writeEvents(jsonl, events);
    const std::vector<TrafficEvent> back = readJsonLines(jsonl, true);
    check(back.size() == events.size(), "JSON Lines round trip lost events");
    for (size_t i = 0; i < events.size(); ++i)
        check(sameEvent(events[i], back[i]), "JSON Lines round trip changed an event");

    // CSV escapes line breaks and control characters (CsvCell), so every event goes.
    const std::vector<TrafficEvent> &plain = events;
    const QString csv = scratchFile("again.csv");
    writeEvents(csv, plain);
    const auto replay = ReplayLoader::loadCsv(csv);
    check(replay.ok(), "written CSV does not load");
    check(replay->size() == plain.size(), "CSV round trip lost events");
    for (size_t i = 0; i < plain.size(); ++i)
        check(sameEvent(plain[i], replay->at(i)), "CSV round trip changed an event");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    swb::fuzz::FuzzInput input(data, size);
    const uint8_t flags = input.byte();
    const QByteArray bytes = input.rest();

    // Line by line, as the parsers are also used on single lines.
    QHash<QString, int> panelIds;
    for (const QByteArray &line : bytes.split('\n')) {
        const auto event = TrafficReader::parseLine(line.trimmed(), &panelIds);
        if (event)
            check(event->panelId >= 1 && event->panelId <= panelIds.size(), "panel id out of range");
        else
            check(event.failure().offset <= qint64(line.size()), "JSON error beyond the line");
        const auto csvEvent = ReplayLoader::parseCsvLine(line);
        check(csvEvent.ok() == csvEvent.message().isEmpty(), "CSV result and problem disagree");
    }

    // As whole files, each read by both loaders.
    const QString jsonl = scratchFile("input.jsonl");
    const QString csv = scratchFile("input.csv");
    writeFile(jsonl, bytes);
    writeFile(csv, bytes);
    const std::vector<TrafficEvent> events = readJsonLines(jsonl, false);
    const auto replay = ReplayLoader::loadCsv(csv);
    check(replay.ok() == replay.message().isEmpty(), "CSV load result and message disagree");
    if (!replay)
        check(replay.failure().offset < qint64(bytes.size()), "broken line beyond the file");

    // The flags bit lets CSV-loaded events join the round trip too.
    std::vector<TrafficEvent> all = events;
    if (replay && (flags & 1))
        all.insert(all.end(), replay->begin(), replay->end());
    roundTrip(all);
    return 0;
}
