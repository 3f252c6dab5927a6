#include "net/traffic/trafficwriter.h"

#include "net/errors/systemerrortext.h"
#include "net/files/safefile.h"
#include "net/traffic/csvcell.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace swb::net {

TrafficWriter::Format TrafficWriter::formatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Format::Csv
                                                                      : Format::JsonLines;
}

QString TrafficWriter::isoTime(qint64 msecsSinceEpoch)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

Failure TrafficWriter::writeFailed() const
{
    return Failure{tr("Writing the traffic file \"%1\" failed: %2.")
                       .arg(m_path, SystemErrorText::fromText(m_file.errorString()))};
}

Result<void> TrafficWriter::open(const QString &path)
{
    m_format = formatForPath(path);
    m_file.close();
    m_path = path;
    // 0600: a recording holds other people's traffic. A FIFO is refused, not waited on.
    if (Result<void> opened = SafeFile::openForWriting(m_file, path, false, tr("a traffic file"));
        !opened)
        return opened;
    if (m_format == Format::Csv)
        m_file.write("seq,time,panel,proto,kind,local,remote,bytes,data,text\n");
    return {};
}

Result<void> TrafficWriter::write(const TrafficEvent &event)
{
    QByteArray line;
    if (m_format == Format::Csv) {
        line = QByteArray::number(event.seq) + ',' + isoTime(event.timeMs).toUtf8() + ','
            + CsvCell::encode(event.panel) + ',' + protocolName(event.protocol).toUtf8() + ','
            + eventKindName(event).toUtf8() + ',' + CsvCell::encode(event.local) + ','
            + CsvCell::encode(event.remote) + ',' + QByteArray::number(event.data.size()) + ','
            + event.data.toBase64() + ',' + CsvCell::encode(event.text) + '\n';
    } else {
        const QJsonObject object{
            {QStringLiteral("seq"), double(event.seq)},
            {QStringLiteral("time"), isoTime(event.timeMs)},
            {QStringLiteral("panel"), event.panel},
            {QStringLiteral("proto"), protocolName(event.protocol)},
            {QStringLiteral("kind"), eventKindName(event)},
            {QStringLiteral("local"), event.local},
            {QStringLiteral("remote"), event.remote},
            {QStringLiteral("bytes"), double(event.data.size())},
            {QStringLiteral("data"), QString::fromLatin1(event.data.toBase64())},
            {QStringLiteral("text"), event.text},
        };
        line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    if (m_file.write(line) != line.size())
        return writeFailed();
    return {};
}

Result<void> TrafficWriter::flush()
{
    if (m_file.isOpen() && !m_file.flush())
        return writeFailed();
    return {};
}

Result<void> TrafficWriter::close()
{
    if (!m_file.isOpen())
        return {};
    const bool flushed = m_file.flush();
    m_file.close();
    if (!flushed)
        return writeFailed();
    return {};
}

} // namespace swb::net
