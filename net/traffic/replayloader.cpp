#include "net/traffic/replayloader.h"

#include <QDateTime>
#include <QFile>

namespace swb::net {

namespace {
enum Field { Seq, Time, Panel, Proto, Kind, Local, Remote, Bytes, Data, Text, FieldCount };
}

std::optional<std::vector<TrafficEvent>> ReplayLoader::loadCsv(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open the traffic file \"%1\": %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxFileBytes) {
        *error = tr("The traffic file \"%1\" is larger than %2 MB; replay a shorter capture.")
                     .arg(path)
                     .arg(maxFileBytes >> 20);
        return std::nullopt;
    }
    std::vector<TrafficEvent> events;
    int number = 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        ++number;
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || (number == 1 && line.startsWith("seq,")))
            continue;
        QString problem;
        const auto event = parseCsvLine(line, &problem);
        if (!event) {
            *error = tr("Line %1 of \"%2\" is not a traffic event: %3").arg(number).arg(path, problem);
            return std::nullopt;
        }
        events.push_back(*event);
    }
    return events;
}

std::optional<TrafficEvent> ReplayLoader::fromFields(const QStringList &f, QString *problem)
{
    if (f.size() < FieldCount) {
        *problem = tr("%1 fields instead of %2").arg(f.size()).arg(int(FieldCount));
        return std::nullopt;
    }
    TrafficEvent e;
    e.seq = f.at(Seq).toULongLong();
    const QDateTime time = QDateTime::fromString(f.at(Time), Qt::ISODateWithMs);
    if (!time.isValid()) {
        *problem = tr("the time \"%1\" is not an ISO date").arg(f.at(Time));
        return std::nullopt;
    }
    e.timeMs = time.toMSecsSinceEpoch();
    e.panel = f.at(Panel);
    const auto protocol = protocolFromName(f.at(Proto));
    const auto kind = kindFromName(f.at(Kind));
    if (!protocol || !kind) {
        *problem = tr("unknown protocol \"%1\" or kind \"%2\"").arg(f.at(Proto), f.at(Kind));
        return std::nullopt;
    }
    e.protocol = *protocol;
    e.kind = *kind;
    e.local = f.at(Local);
    e.remote = f.at(Remote);
    e.data = QByteArray::fromBase64(f.at(Data).toLatin1());
    e.text = f.at(Text);
    return e;
}

std::optional<TrafficEvent> ReplayLoader::parseCsvLine(const QByteArray &line, QString *problem)
{
    return fromFields(csvFields(QString::fromUtf8(line)), problem);
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
