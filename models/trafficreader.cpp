#include "models/trafficreader.h"

#include "net/files/safefile.h"
#include "net/traffic/trafficwriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace swb::models {

Result<void> TrafficReader::open(const QString &path)
{
    m_file.close();
    m_path = path;
    m_panelIds.clear();
    m_error.clear();
    m_line = 0;
    m_mergedEvents = 0;
    m_buffer.clear();
    m_bufferPos = 0;
    m_skippedPartialLine = false;
    if (net::TrafficWriter::formatForPath(path) == net::TrafficWriter::Format::Csv) {
        return Failure{tr("\"%1\" is a CSV file; only JSON Lines (.jsonl) traffic files can be "
                          "opened.")
                           .arg(path)};
    }
    // A FIFO or a device named here would block or read for ever.
    return net::SafeFile::openForReading(m_file, path, 0, tr("a traffic file"));
}

bool TrafficReader::nextLine(QByteArray *line, bool *tooLong)
{
    *tooLong = false;
    qsizetype scanFrom = m_bufferPos;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', scanFrom);
        const qsizetype end = newline >= 0 ? newline + 1 : m_buffer.size();
        if (end - m_bufferPos > maxLineBytes) {
            *tooLong = true;
            return true;
        }
        if (newline >= 0) {
            *line = m_buffer.mid(m_bufferPos, end - m_bufferPos);
            m_bufferPos = end;
            return true;
        }
        // Keep the start of the line, read the next block after it.
        m_buffer.remove(0, m_bufferPos);
        m_bufferPos = 0;
        scanFrom = m_buffer.size();
        // Straight into the buffer: no second copy of a long line.
        const qsizetype kept = m_buffer.size();
        m_buffer.resize(kept + readBlockBytes);
        const qint64 got = m_file.isOpen() ? m_file.read(m_buffer.data() + kept, readBlockBytes) : 0;
        m_buffer.resize(kept + qMax<qint64>(got, 0));
        if (got <= 0) {
            if (m_buffer.isEmpty())
                return false;
            *line = std::exchange(m_buffer, QByteArray()); // the last line, without '\n'
            return true;
        }
    }
}

bool TrafficReader::read(net::TrafficEvent *event)
{
    QByteArray line;
    bool tooLong = false;
    while (m_error.isEmpty() && nextLine(&line, &tooLong)) {
        ++m_line;
        if (tooLong) {
            // Found within the limit and one block: the line is never held whole.
            m_error = tr("Line %1 of \"%2\" is longer than the limit of %3 MiB per line; "
                         "reading stopped there.")
                          .arg(m_line)
                          .arg(m_path)
                          .arg(maxLineBytes >> 20);
            m_buffer.clear();
            m_bufferPos = 0;
            return false;
        }
        const bool complete = line.endsWith('\n');
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        bool merged = false;
        Result<net::TrafficEvent> parsed = parseLine(trimmed, &m_panelIds, &merged);
        if (parsed) {
            m_mergedEvents += merged ? 1 : 0;
            *event = std::move(*parsed);
            return true;
        }
        if (!complete) {
            // Written up to a crash: everything before this line is intact.
            m_skippedPartialLine = true;
            return false;
        }
        m_error = tr("Line %1 of \"%2\" is not a traffic event: %3")
                      .arg(m_line)
                      .arg(m_path, parsed.message());
    }
    return false;
}

qint64 TrafficReader::position() const
{
    return m_file.pos() - (m_buffer.size() - m_bufferPos);
}

QString TrafficReader::otherPanels()
{
    return tr("(other panels)");
}

QString TrafficReader::mergedNote() const
{
    if (m_mergedEvents == 0)
        return QString();
    return tr("The file names more than %1 panels; the events of the others (%2) are shown under "
              "\"%3\".")
        .arg(maxPanelNames)
        .arg(m_mergedEvents)
        .arg(otherPanels());
}

Result<net::TrafficEvent> TrafficReader::parseLine(const QByteArray &line,
                                                   QHash<QString, int> *panelIds, bool *merged)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt puts an unterminated string one past the end; the input broke at its end.
        return Failure{tr("not valid JSON (%1 at character %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset + 1),
                       0, qMin<qint64>(parseError.offset, line.size())};
    }
    if (!document.isObject())
        return Failure{tr("not a JSON object.")};
    const QJsonObject o = document.object();
    for (const char *key : {"seq", "time", "panel", "proto", "kind", "local", "remote", "bytes",
                            "data", "text"}) {
        if (!o.contains(QLatin1String(key)))
            return Failure{tr("the field \"%1\" is missing.").arg(QLatin1String(key))};
    }
    net::TrafficEvent e;
    // A double beyond quint64 (1e300 from a hand-edited file) has no defined
    // conversion, so it is refused like text; negative numbers are too.
    const double seq = o.value(QLatin1String("seq")).toDouble(-1);
    if (!(seq >= 0 && seq < 18446744073709551616.0))
        return Failure{tr("\"seq\" is not a number.")};
    e.seq = quint64(seq);
    const QString time = o.value(QLatin1String("time")).toString();
    const QDateTime when = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!when.isValid())
        return Failure{tr("\"time\" is not an ISO 8601 time: \"%1\".").arg(time)};
    e.timeMs = when.toMSecsSinceEpoch();
    const QString proto = o.value(QLatin1String("proto")).toString();
    const auto protocol = net::protocolFromName(proto);
    if (!protocol)
        return Failure{tr("unknown protocol \"%1\".").arg(proto)};
    e.protocol = *protocol;
    const QString kindText = o.value(QLatin1String("kind")).toString();
    if (!net::setKindFromName(e, kindText))
        return Failure{tr("unknown kind \"%1\".").arg(kindText)};
    e.panel = o.value(QLatin1String("panel")).toString();
    e.local = o.value(QLatin1String("local")).toString();
    e.remote = o.value(QLatin1String("remote")).toString();
    e.text = o.value(QLatin1String("text")).toString();
    const auto decoded = QByteArray::fromBase64Encoding(
        o.value(QLatin1String("data")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Failure{tr("\"data\" is not base64.")};
    e.data = decoded.decoded;
    if (o.value(QLatin1String("bytes")).toDouble(-1) != double(e.data.size()))
        return Failure{tr("\"bytes\" says %1 but \"data\" holds %2 bytes.")
                           .arg(o.value(QLatin1String("bytes")).toVariant().toString())
                           .arg(e.data.size())};
    auto id = panelIds->constFind(e.panel);
    if (id == panelIds->constEnd() && panelIds->size() >= maxPanelNames) {
        e.panel = otherPanels();
        id = panelIds->constFind(e.panel);
        if (merged)
            *merged = true;
    }
    if (id == panelIds->constEnd())
        id = panelIds->insert(e.panel, int(panelIds->size()) + 1);
    e.panelId = id.value();
    return e;
}

} // namespace swb::models
