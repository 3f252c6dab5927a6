#include "net/payload/controltext.h"
#include "net/traffic/csvcell.h"
#include "net/traffic/replayloader.h"
#include "net/traffic/trafficwriter.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using swb::net::CsvCell;
using swb::net::EventKind;
using swb::net::Protocol;
using swb::net::TrafficEvent;
using swb::net::TrafficWriter;

// Exported captures are read by other tools (jq, pandas, a spreadsheet), so
// their shape is checked with independent readers, not with the writer's code.
class TestTrafficWriter : public QObject
{
    Q_OBJECT

private slots:
    void formatForPath_data();
    void formatForPath();
    void jsonLines();
    void csv();
    void csvHostileCells_data();
    void csvHostileCells();
    void unwritablePath();
    void closeWithoutOpen();
};

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QList<TrafficEvent> sampleEvents()
{
    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte.append(char(i));
    const qint64 t0 = QDateTime(QDate(2024, 3, 7), QTime(9, 5, 4, 321)).toMSecsSinceEpoch();

    TrafficEvent listen;
    listen.seq = 1;
    listen.timeMs = t0;
    listen.panelId = 1;
    listen.panel = u("Echo, \"prefix\" 回显");
    listen.kind = EventKind::Listen;
    listen.local = u("127.0.0.1:8003");
    listen.text = u("listening, backlog 5, SO_REUSEADDR on");

    TrafficEvent recv;
    recv.seq = 2;
    recv.timeMs = t0 + 7;
    recv.panelId = 1;
    recv.panel = listen.panel;
    recv.kind = EventKind::Recv;
    recv.local = u("[::1]:8003");
    recv.remote = u("[::1]:50123");
    recv.data = everyByte;

    TrafficEvent error;
    error.seq = 3;
    error.timeMs = t0 + 1000;
    error.panelId = 2;
    error.panel = u("client");
    error.protocol = Protocol::Udp;
    error.kind = EventKind::Error;
    error.remote = u("127.0.0.1:9");
    // Commas, quotes and a line break: everything a CSV field must survive.
    error.text = u("Connection refused by 127.0.0.1, port 9: say \"hi\"\nthen retry");
    return {listen, recv, error};
}

// RFC 4180: fields separated by commas, optionally quoted; "" inside quotes is
// one quote; quoted fields may hold commas and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool doubledQuote = c == QLatin1Char('"') && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('"');
        if (quoted) {
            if (doubledQuote) {
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
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

QByteArray writeAll(const QString &path, const QList<TrafficEvent> &events)
{
    TrafficWriter writer;
    QString error = writer.open(path).message();
    for (const TrafficEvent &event : events) {
        if (error.isEmpty())
            error = writer.write(event).message();
    }
    if (error.isEmpty())
        error = writer.close().message();
    if (!error.isEmpty()) {
        qWarning("TrafficWriter: %s", qPrintable(error));
        return QByteArray();
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QRegularExpression isoWithMs(
    QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d)$)"));

} // namespace

void TestTrafficWriter::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<TrafficWriter::Format>("format");
    QTest::newRow("csv") << u("capture.csv") << TrafficWriter::Format::Csv;
    QTest::newRow("CSV") << u("/tmp/CAPTURE.CSV") << TrafficWriter::Format::Csv;
    QTest::newRow("jsonl") << u("capture.jsonl") << TrafficWriter::Format::JsonLines;
    QTest::newRow("no extension") << u("capture") << TrafficWriter::Format::JsonLines;
    QTest::newRow("csv in folder name") << u("csv/capture.txt") << TrafficWriter::Format::JsonLines;
}

void TestTrafficWriter::formatForPath()
{
    QFETCH(QString, path);
    QFETCH(TrafficWriter::Format, format);
    QCOMPARE(TrafficWriter::formatForPath(path), format);
}

void TestTrafficWriter::jsonLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<TrafficEvent> events = sampleEvents();
    const QByteArray content = writeAll(dir.filePath(u("capture.jsonl")), events);
    QVERIFY(content.endsWith('\n'));
    const QList<QByteArray> lines = content.chopped(1).split('\n');
    QCOMPARE(lines.size(), events.size());

    const QSet<QString> keys{u("seq"),    u("time"),   u("panel"), u("proto"), u("kind"),
                             u("local"),  u("remote"), u("bytes"), u("data"),  u("text")};
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
        const QJsonObject o = doc.object();
        const TrafficEvent &e = events.at(i);
        const QStringList actualKeys = o.keys();
        QCOMPARE(QSet<QString>(actualKeys.cbegin(), actualKeys.cend()), keys);
        QCOMPARE(o.value(u("seq")).toInteger(), qint64(e.seq));
        const QString time = o.value(u("time")).toString();
        QVERIFY2(isoWithMs.match(time).hasMatch(), qPrintable(time));
        QCOMPARE(QDateTime::fromString(time, Qt::ISODateWithMs).toMSecsSinceEpoch(), e.timeMs);
        QCOMPARE(o.value(u("panel")).toString(), e.panel);
        QCOMPARE(o.value(u("proto")).toString(), swb::net::protocolName(e.protocol));
        QCOMPARE(o.value(u("kind")).toString(), swb::net::kindName(e.kind));
        QCOMPARE(o.value(u("local")).toString(), e.local);
        QCOMPARE(o.value(u("remote")).toString(), e.remote);
        QCOMPARE(o.value(u("bytes")).toInteger(), qint64(e.data.size()));
        QCOMPARE(QByteArray::fromBase64(o.value(u("data")).toString().toLatin1()), e.data);
        QCOMPARE(o.value(u("text")).toString(), e.text);
    }
    // Spot checks in the reader's terms.
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u("remote")).toString(),
             u("[::1]:50123"));
    QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(u("proto")).toString(), u("udp"));
}

void TestTrafficWriter::csv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<TrafficEvent> events = sampleEvents();
    const QByteArray content = writeAll(dir.filePath(u("capture.csv")), events);
    QVERIFY(content.startsWith("seq,time,panel,proto,kind,local,remote,bytes,data,text\n"));

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(content));
    QCOMPARE(rows.size(), events.size() + 1);
    QCOMPARE(rows.first(), (QStringList{u("seq"), u("time"), u("panel"), u("proto"), u("kind"),
                                        u("local"), u("remote"), u("bytes"), u("data"),
                                        u("text")}));
    for (int i = 0; i < events.size(); ++i) {
        const QStringList &row = rows.at(i + 1);
        const TrafficEvent &e = events.at(i);
        QCOMPARE(row.size(), 10);
        QCOMPARE(row.at(0), QString::number(e.seq));
        QVERIFY2(isoWithMs.match(row.at(1)).hasMatch(), qPrintable(row.at(1)));
        QCOMPARE(QDateTime::fromString(row.at(1), Qt::ISODateWithMs).toMSecsSinceEpoch(), e.timeMs);
        QCOMPARE(CsvCell::decode(row.at(2)), e.panel);
        QCOMPARE(row.at(3), swb::net::protocolName(e.protocol));
        QCOMPARE(row.at(4), swb::net::kindName(e.kind));
        QCOMPARE(CsvCell::decode(row.at(5)), e.local);
        QCOMPARE(CsvCell::decode(row.at(6)), e.remote);
        QCOMPARE(row.at(7), QString::number(e.data.size()));
        QCOMPARE(QByteArray::fromBase64(row.at(8).toLatin1()), e.data);
        QCOMPARE(CsvCell::decode(row.at(9)), e.text);
    }
}

// What a hostile server sends ends up in the text column: no raw control
// character may reach a terminal or a spreadsheet, no cell may start a
// formula, and the app's own reader still gets back exactly what was sent.
void TestTrafficWriter::csvHostileCells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell"); // the cell as a spreadsheet shows it
    QTest::newRow("ANSI escape") << u("\x1b[31mred\x1b[0m\x1b]0;title\x07")
                                 << u("\\x1B[31mred\\x1B[0m\\x1B]0;title\\x07");
    QTest::newRow("right-to-left override") << u("invoice\u202Egnp.exe")
                                            << u("invoice\\u{202E}gnp.exe");
    QTest::newRow("isolate and zero width") << u("a\u2067b\u200Bc\uFEFF")
                                            << u("a\\u{2067}b\\u{200B}c\\u{FEFF}");
    QTest::newRow("C1 and DEL") << u("x\u009by\x7f") << u("x\\x9By\\x7F");
    QTest::newRow("line breaks") << u("one\r\ntwo\n") << u("one\\x0D\\x0Atwo\\x0A");
    QTest::newRow("formula =") << u("=HYPERLINK(\"http://x\",\"y\")")
                               << u("'=HYPERLINK(\"http://x\",\"y\")");
    QTest::newRow("formula +") << u("+1+1") << u("'+1+1");
    QTest::newRow("formula -") << u("-2+3") << u("'-2+3");
    QTest::newRow("formula @") << u("@SUM(A1)") << u("'@SUM(A1)");
    QTest::newRow("tab then formula") << u("\t=1") << u("\\x09=1");
    QTest::newRow("apostrophe kept") << u("'quoted") << u("''quoted");
    QTest::newRow("backslashes") << u("C:\\x41 \\u{41}") << u("C:\\\\x41 \\\\u{41}");
    QTest::newRow("plain Chinese") << u("你好, world") << u("你好, world");
}

void TestTrafficWriter::csvHostileCells()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TrafficEvent event = sampleEvents().constLast();
    event.text = text;
    event.panel = text; // a panel name comes from a workspace file
    event.remote = text;
    const QString path = dir.filePath(u("hostile.csv"));
    const QByteArray content = writeAll(path, {event});
    QVERIFY(!content.isEmpty());
    // Only the record separators are control bytes; no bidi mark in the file.
    QCOMPARE(content.count('\n'), 2);
    for (const char byte : content)
        QVERIFY2(uchar(byte) >= 0x20 || byte == '\n', qPrintable(QString::number(uchar(byte))));
    const QString decoded = QString::fromUtf8(content);
    for (const QChar c : decoded)
        QVERIFY2(!swb::net::ControlText::isHidden(c.unicode()) || c == QLatin1Char('\n'),
                 qPrintable(QString::number(c.unicode(), 16)));

    const QList<QStringList> rows = parseCsv(decoded);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(9), cell);
    QCOMPARE(rows.at(1).at(2), cell);

    const auto back = swb::net::ReplayLoader::loadCsv(path);
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back->size(), size_t(1));
    QCOMPARE(back->front().text, text);
    QCOMPARE(back->front().panel, text);
    QCOMPARE(back->front().remote, text);
    QCOMPARE(back->front().data, event.data);
}

void TestTrafficWriter::unwritablePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &path : {dir.filePath(u("no-such-folder/capture.jsonl")), dir.path()}) {
        TrafficWriter writer;
        const QString error = writer.open(path).message();
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.startsWith(u("Cannot write")), qPrintable(error));
    }
}

void TestTrafficWriter::closeWithoutOpen()
{
    TrafficWriter writer;
    QCOMPARE(writer.close().message(), QString());
}

QTEST_GUILESS_MAIN(TestTrafficWriter)
#include "tst_trafficwriter.moc"
