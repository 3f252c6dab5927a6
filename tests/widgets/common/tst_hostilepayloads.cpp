#include "models/trafficmodel.h"
#include "widgets/common/messagelog.h"

#include <QAbstractItemModelTester>
#include <QTest>

using swb::models::TrafficModel;
using swb::net::EventKind;
using swb::net::TextEncoding;
using swb::net::TrafficEvent;
using swb::widgets::MessageLog;

Q_DECLARE_METATYPE(swb::net::TextEncoding)

// Bytes a hostile peer sends to act on whoever displays them: invalid UTF-8
// and GBK, terminal escape sequences (clear screen, set window title), raw C1
// controls. Wherever the app shows a payload as text (the traffic table's
// preview column, a panel's message log) they must arrive inert: escaped or
// replacement characters, never a raw ESC, BEL or C1 character.
class TestHostilePayloads : public QObject
{
    Q_OBJECT

private slots:
    void trafficTableShowsThemInert_data();
    void trafficTableShowsThemInert();
    void textRowsShowThemInert();
    void messageLogShowsThemInert_data();
    void messageLogShowsThemInert();
};

namespace {

// The first character a terminal or a text widget could act on, or -1.
qsizetype firstLiveControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const ushort u = text.at(i).unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0))
            return i;
    }
    return -1;
}

void addRows()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    const QByteArray escapes = "\x1b[2J\x1b]0;owned\x07\x9b" "31m\x1b[?1049h";
    QTest::newRow("clear screen, title, CSI; UTF-8") << escapes << TextEncoding::Utf8;
    QTest::newRow("clear screen, title, CSI; GBK") << escapes << TextEncoding::Gbk;
    QTest::newRow("clear screen, title, CSI; Latin-1") << escapes << TextEncoding::Latin1;
    QTest::newRow("C1 CSI encoded as UTF-8") << QByteArray("a\xc2\x9b" "2Jb\xc2\x85") << TextEncoding::Utf8;
    QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe\xc0\xaf\xed\xa0\x80\xe4\xb8") << TextEncoding::Utf8;
    QTest::newRow("invalid GBK") << QByteArray("\x81\x1b\xfe\x9b\x80\xff") << TextEncoding::Gbk;
    QTest::newRow("invalid GB18030") << QByteArray("\x81\x30\x81\x1b[2J") << TextEncoding::Gb18030;
    QTest::newRow("NUL and DEL") << QByteArray("a\0b\x7f" "c", 5) << TextEncoding::Utf8;
}

TrafficEvent recv(const QByteArray &bytes)
{
    TrafficEvent event;
    event.kind = EventKind::Recv;
    event.local = QStringLiteral("127.0.0.1:1");
    event.remote = QStringLiteral("127.0.0.1:2");
    event.data = bytes;
    return event;
}

} // namespace

void TestHostilePayloads::trafficTableShowsThemInert_data()
{
    addRows();
}

void TestHostilePayloads::trafficTableShowsThemInert()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    TrafficModel model;
    QAbstractItemModelTester tester(&model);
    model.setPreviewEncoding(encoding);
    model.record(recv(bytes));
    model.record(recv(QByteArray(300, 'x') + bytes)); // past the preview's cut
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < TrafficModel::ColumnCount; ++column) {
            const QString shown = model.data(model.index(row, column)).toString();
            QVERIFY2(firstLiveControl(shown) < 0,
                     qPrintable(QStringLiteral("column %1: %2").arg(column).arg(shown.toUtf8().toPercentEncoding())));
        }
    }
    // Bytes stay bytes: only the display is escaped.
    QCOMPARE(model.data(model.index(0, TrafficModel::PreviewColumn), TrafficModel::PayloadRole)
                 .toByteArray(),
             bytes);
}

void TestHostilePayloads::textRowsShowThemInert()
{
    // Info, error and close rows show text instead of bytes; some of it quotes
    // the peer (a request line, a chat name).
    TrafficModel model;
    TrafficEvent event;
    event.kind = EventKind::Info;
    event.remote = QStringLiteral("127.0.0.1:2");
    event.text = QStringLiteral("GET /\x1b[2J\x1b]0;owned\x07 HTTP/1.1 from \u009b31m");
    model.record(event);
    model.flush();
    const QString shown = model.data(model.index(0, TrafficModel::PreviewColumn)).toString();
    QVERIFY2(firstLiveControl(shown) < 0, qPrintable(shown.toUtf8().toPercentEncoding()));
    QVERIFY(shown.contains(QLatin1String("HTTP/1.1 from")));
}

void TestHostilePayloads::messageLogShowsThemInert_data()
{
    addRows();
}

void TestHostilePayloads::messageLogShowsThemInert()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    MessageLog log;
    log.setEncoding(encoding);
    log.addReceived(QStringLiteral("127.0.0.1:2"), bytes);
    log.addReceived(QStringLiteral("127.0.0.1:2"), bytes, Qt::red);
    log.addSent(QStringLiteral("127.0.0.1:2"), bytes);
    log.addNote(QStringLiteral("from the peer: ") + QString::fromLatin1(bytes));
    log.flushPending();
    const QStringList lines = log.toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    for (const QString &line : lines)
        QVERIFY2(firstLiveControl(line) < 0, qPrintable(line.toUtf8().toPercentEncoding()));
}

QTEST_MAIN(TestHostilePayloads)
#include "tst_hostilepayloads.moc"
