#include "models/trafficexporter.h"
#include "models/trafficmodel.h"
#include "net/traffic/trafficevent.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using swb::models::TrafficExporter;
using swb::models::TrafficModel;
using swb::net::EventKind;
using swb::net::TrafficEvent;

// "Export traffic" and --save-traffic: everything the model holds, including
// events still waiting for the next flush, one line per event.
class TestTrafficExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void jsonLinesHasEveryEvent();
    void csvHasHeaderAndEveryEvent();
    void unwritablePathGivesMessage();

private:
    void fill(TrafficModel &model);
    QList<QByteArray> lines(const QString &path) const;

    QTemporaryDir m_dir;
    QList<QByteArray> m_payloads;
};

namespace {

const QStringList Keys{QStringLiteral("seq"),   QStringLiteral("time"),  QStringLiteral("panel"),
                       QStringLiteral("proto"), QStringLiteral("kind"),  QStringLiteral("local"),
                       QStringLiteral("remote"), QStringLiteral("bytes"), QStringLiteral("data"),
                       QStringLiteral("text")};
constexpr int Flushed = 6;
constexpr int Queued = 4;

} // namespace

void TestTrafficExporter::init()
{
    QVERIFY(m_dir.isValid());
    m_payloads.clear();
}

void TestTrafficExporter::fill(TrafficModel &model)
{
    for (int i = 0; i < Flushed + Queued; ++i) {
        TrafficEvent e;
        e.timeMs = QDateTime::currentMSecsSinceEpoch();
        e.panelId = 1;
        e.panel = QStringLiteral("Echo \"server\", 1"); // quotes and a comma for CSV
        e.kind = i % 2 ? EventKind::Send : EventKind::Recv;
        e.local = QStringLiteral("127.0.0.1:8003");
        e.remote = QStringLiteral("127.0.0.1:%1").arg(50000 + i);
        // Bytes that are not text: the files must carry them exactly (base64).
        e.data = QByteArray("msg ") + QByteArray::number(i) + QByteArray("\r\n\0\xff", 4);
        m_payloads << e.data;
        model.record(e);
        if (i == Flushed - 1)
            model.flush();
    }
    QCOMPARE(model.rowCount(), Flushed); // the rest is still queued
}

QList<QByteArray> TestTrafficExporter::lines(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> result = file.readAll().split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast(); // the final newline
    return result;
}

void TestTrafficExporter::jsonLinesHasEveryEvent()
{
    TrafficModel model;
    fill(model);
    const QString path = m_dir.filePath(QStringLiteral("traffic.jsonl"));
    QCOMPARE(TrafficExporter::save(model, path).message(), QString());

    const QList<QByteArray> all = lines(path);
    QCOMPARE(all.size(), Flushed + Queued);
    for (int i = 0; i < all.size(); ++i) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(all.at(i), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, all.at(i).constData());
        QStringList keys = object.keys();
        keys.sort();
        QStringList expected = Keys;
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(object.value(QStringLiteral("seq")).toInteger(), i + 1);
        QCOMPARE(object.value(QStringLiteral("kind")).toString(),
                 i % 2 ? QStringLiteral("send") : QStringLiteral("recv"));
        QCOMPARE(object.value(QStringLiteral("proto")).toString(), QStringLiteral("tcp"));
        QCOMPARE(object.value(QStringLiteral("panel")).toString(), QStringLiteral("Echo \"server\", 1"));
        const QByteArray data =
            QByteArray::fromBase64(object.value(QStringLiteral("data")).toString().toLatin1());
        QCOMPARE(data, m_payloads.at(i));
        QCOMPARE(object.value(QStringLiteral("bytes")).toInteger(), m_payloads.at(i).size());
    }
}

void TestTrafficExporter::csvHasHeaderAndEveryEvent()
{
    TrafficModel model;
    fill(model);
    const QString path = m_dir.filePath(QStringLiteral("traffic.CSV")); // extension in any case
    QCOMPARE(TrafficExporter::save(model, path).message(), QString());

    const QList<QByteArray> all = lines(path);
    QCOMPARE(all.size(), 1 + Flushed + Queued);
    QCOMPARE(QString::fromUtf8(all.first()), Keys.join(QLatin1Char(',')));
    // seq,time,"panel",proto,kind,"local","remote",bytes,base64,"text"
    const QRegularExpression row(QStringLiteral(
        R"(^(\d+),([^,]+),"Echo ""server"", 1",tcp,(recv|send),"[^"]*","[^"]*",(\d+),([A-Za-z0-9+/=]*),""$)"));
    for (int i = 1; i < all.size(); ++i) {
        const QRegularExpressionMatch match = row.match(QString::fromUtf8(all.at(i)));
        QVERIFY2(match.hasMatch(), all.at(i).constData());
        QCOMPARE(match.captured(1).toInt(), i);
        QCOMPARE(QByteArray::fromBase64(match.captured(5).toLatin1()), m_payloads.at(i - 1));
        QCOMPARE(match.captured(4).toInt(), m_payloads.at(i - 1).size());
    }
}

void TestTrafficExporter::unwritablePathGivesMessage()
{
    TrafficModel model;
    fill(model);
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/traffic.jsonl"));
    const QString error = TrafficExporter::save(model, path).message();
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTrafficExporter)
#include "tst_trafficexporter.moc"
