#include "net/traffic/replayloader.h"

#include "net/files/safefile.h"
#include "net/traffic/csvcell.h"

#include <QDateTime>
#include <QFile>

namespace swb::net {

namespace {
enum Field { Seq, Time, Panel, Proto, Kind, Local, Remote, Bytes, Data, Text, FieldCount };
}

Result<std::vector<TrafficEvent>> ReplayLoader::loadCsv(const QString &path)
{
    QFile file;
    if (Result<void> opened = SafeFile::openForReading(file, path, maxFileBytes, tr("a traffic file"));
        !opened)
        return opened.failure();
    std::vector<TrafficEvent> events;
    int number = 0;
    while (!file.atEnd()) {
        const qint64 start = file.pos();
        QByteArray line = file.readLine();
        ++number;
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || (number == 1 && line.startsWith("seq,")))
            continue;
        Result<TrafficEvent> event = parseCsvLine(line);
        if (!event) {
            return Failure{
                tr("Line %1 of \"%2\" is not a traffic event: %3").arg(number).arg(path, event.message()),
                0, start};
        }
        events.push_back(std::move(*event));
    }
    return events;
}

Result<TrafficEvent> ReplayLoader::fromFields(const QStringList &f)
{
    if (f.size() < FieldCount)
        return Failure{tr("%1 fields instead of %2").arg(f.size()).arg(int(FieldCount))};
    TrafficEvent e;
    e.seq = f.at(Seq).toULongLong();
    const QDateTime time = QDateTime::fromString(f.at(Time), Qt::ISODateWithMs);
    if (!time.isValid())
        return Failure{tr("the time \"%1\" is not an ISO date").arg(f.at(Time))};
    e.timeMs = time.toMSecsSinceEpoch();
    e.panel = CsvCell::decode(f.at(Panel));
    const auto protocol = protocolFromName(f.at(Proto));
    if (!protocol || !setKindFromName(e, f.at(Kind)))
        return Failure{tr("unknown protocol \"%1\" or kind \"%2\"").arg(f.at(Proto), f.at(Kind))};
    e.protocol = *protocol;
    e.local = CsvCell::decode(f.at(Local));
    e.remote = CsvCell::decode(f.at(Remote));
    e.data = QByteArray::fromBase64(f.at(Data).toLatin1());
    e.text = CsvCell::decode(f.at(Text));
    return e;
}

Result<TrafficEvent> ReplayLoader::parseCsvLine(const QByteArray &line)
{
    return fromFields(csvFields(QString::fromUtf8(line)));
}

QStringList ReplayLoader::csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace swb::net
