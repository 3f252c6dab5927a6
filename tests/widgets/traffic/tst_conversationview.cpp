#include "models/colourcontrast.h"
#include "models/conversationmodel.h"
#include "models/messageframer.h"
#include "models/trafficmodel.h"
#include "net/traffic/trafficevent.h"
#include "widgets/common/bytedetailview.h"
#include "widgets/traffic/conversationstream.h"
#include "widgets/traffic/conversationview.h"
#include "widgets/traffic/trafficpane.h"
#include "widgets/traffic/trafficview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBrush>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

#include <cmath>

#include <memory>

using swb::models::ConversationModel;
using swb::models::MessageFramer;
using swb::models::TrafficModel;
using swb::net::EventKind;
using swb::net::TrafficEvent;
using swb::widgets::ConversationStream;
using swb::widgets::ConversationView;
using swb::widgets::TrafficPane;
using Mode = MessageFramer::Mode;

// A scripted conversation in which the network merged and split messages:
// the client's "HELLO\n" arrives as "HEL" + "LO\nWOR", its "WORLD\n" ends in
// a later read, the server's two "ok\n" replies go out in one write, and
// "tail" never gets its newline. Each framing must cut it as a program would.
class TestConversationView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsConnectionsNotListeners();
    void asReceivedShowsEachRead();
    void byLine();
    void byDelimiterWithEscapes();
    void byFixedLength();
    void selectingAPieceShowsItsBytes();
    void directionsDifferByColourAndArrow();
    void streamIsTheConversationInOrder();
    void streamDirectionsDifferWithoutColour();
    void streamColoursKeepContrastOnDark();
    void clickingTheStreamSelectsTheMessage();
    void selectingAMessageMovesTheStreamCursor();
    void streamStopsAtTheLimitWithANote();
    void followFromATrafficRow();
    void longLinesAreBrokenOnScreenOnly();
    void unchangedConversationIsNotBuiltAgain();

private:
    void record(EventKind kind, const QByteArray &data, int remotePort = 50000);
    // A third connection, 127.0.0.1:50002, in rows 8 to 11: a request line
    // with \r, a reply with control bytes (ESC would start a terminal
    // colour), Chinese text in UTF-8, and a last "bye".
    void recordStreamConversation();
    struct Expected
    {
        bool sent;
        QByteArray bytes;
        quint64 firstSeq;
        quint64 lastSeq;
        bool complete;
    };
    void comparePieces(const QList<Expected> &expected);

    std::unique_ptr<TrafficModel> m_traffic;
    std::unique_ptr<ConversationView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestConversationView::record(EventKind kind, const QByteArray &data, int remotePort)
{
    TrafficEvent e;
    e.timeMs = 1700000000000;
    e.panelId = 1;
    e.panel = QStringLiteral("Echo");
    e.kind = kind;
    e.local = QStringLiteral("127.0.0.1:8001");
    e.remote = remotePort ? QStringLiteral("127.0.0.1:%1").arg(remotePort) : QString();
    e.data = data;
    m_traffic->record(std::move(e));
}

void TestConversationView::recordStreamConversation()
{
    record(EventKind::Recv, "GET /\r\n", 50002);                      // seq 9, row 8
    record(EventKind::Send, "\x01\x1b[31m", 50002);                   // 10, row 9
    record(EventKind::Send, QStringLiteral("\u4f60\u597d\n").toUtf8(), 50002); // 11, row 10
    record(EventKind::Recv, "bye", 50002);                             // 12, row 11
    m_traffic->flush();
    m_view->refresh();
    m_view->setFraming(Mode::AsReceived);
    m_view->selectConversation(2);
}

void TestConversationView::init()
{
    m_traffic = std::make_unique<TrafficModel>();
    record(EventKind::Listen, QByteArray(), 0);       // seq 1, no remote end
    record(EventKind::Accept, QByteArray());          // 2
    record(EventKind::Recv, "HEL");                   // 3
    record(EventKind::Recv, "noise\n", 50001);        // 4, another connection
    record(EventKind::Recv, "LO\nWOR");               // 5
    record(EventKind::Send, "ok\nok\n");              // 6
    record(EventKind::Recv, "LD\n");                  // 7
    record(EventKind::Recv, "tail");                  // 8
    m_traffic->flush();
    m_view = std::make_unique<ConversationView>(m_traffic.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->selectConversation(0);
}

void TestConversationView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_traffic.reset();
}

void TestConversationView::comparePieces(const QList<Expected> &expected)
{
    ConversationModel *model = m_view->model();
    QCOMPARE(model->rowCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        const MessageFramer::Piece &got = model->piece(row);
        const Expected &want = expected.at(row);
        const QByteArray where = "piece " + QByteArray::number(row) + ": " + got.bytes;
        QVERIFY2(got.sent == want.sent, where.constData());
        QCOMPARE(got.bytes, want.bytes);
        QCOMPARE(got.firstSeq, want.firstSeq);
        QCOMPARE(got.lastSeq, want.lastSeq);
        QVERIFY2(got.complete == want.complete, where.constData());
        QCOMPARE(model->index(row, 0)
                     .data(ConversationModel::PayloadRole)
                     .toByteArray(),
                 want.bytes);
    }
}

void TestConversationView::listsConnectionsNotListeners()
{
    QCOMPARE(m_view->conversations().size(), 2);
    QCOMPARE(m_view->conversations().at(0).remote, QStringLiteral("127.0.0.1:50000"));
    QCOMPARE(m_view->conversations().at(1).remote, QStringLiteral("127.0.0.1:50001"));
    QCOMPARE(m_view->model()->sentBytes(), 6);
    QCOMPARE(m_view->model()->receivedBytes(), 3 + 6 + 3 + 4);
    m_view->selectConversation(1);
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->piece(0).bytes, QByteArray("noise\n"));
}

void TestConversationView::asReceivedShowsEachRead()
{
    m_view->setFraming(Mode::AsReceived);
    comparePieces({{false, "HEL", 3, 3, true},
                   {false, "LO\nWOR", 5, 5, true},
                   {true, "ok\nok\n", 6, 6, true},
                   {false, "LD\n", 7, 7, true},
                   {false, "tail", 8, 8, true}});
}

void TestConversationView::byLine()
{
    m_view->setFraming(Mode::Lines);
    comparePieces({{false, "HELLO\n", 3, 5, true}, // split over two reads
                   {true, "ok\n", 6, 6, true},     // two replies merged in one write
                   {true, "ok\n", 6, 6, true},
                   {false, "WORLD\n", 5, 7, true},
                   {false, "tail", 8, 8, false}});
    QCOMPARE(m_view->model()->piece(0).events, 2);
    QVERIFY(m_view->model()->index(4, ConversationModel::ContentColumn).data().toString()
                .contains(QLatin1String("incomplete")));
}

void TestConversationView::byDelimiterWithEscapes()
{
    // Typed with an escape, as in the send box.
    m_view->setFraming(Mode::Delimiter, QStringLiteral("\\n"));
    QCOMPARE(m_view->model()->rowCount(), 5);
    QCOMPARE(m_view->model()->piece(3).bytes, QByteArray("WORLD\n"));
    // A delimiter of two bytes that straddles the split "HEL" | "LO".
    m_view->setFraming(Mode::Delimiter, QStringLiteral("LO"));
    comparePieces({{false, "HELLO", 3, 5, true},
                   {false, "\nWORLD\ntail", 5, 8, false},
                   {true, "ok\nok\n", 6, 6, false}});
}

void TestConversationView::byFixedLength()
{
    m_view->setFraming(Mode::FixedLength, QString(), 4);
    comparePieces({{false, "HELL", 3, 5, true},
                   {false, "O\nWO", 5, 5, true},
                   {true, "ok\no", 6, 6, true},
                   {false, "RLD\n", 5, 7, true},
                   {false, "tail", 8, 8, true},
                   {true, "k\n", 6, 6, false}});
}

void TestConversationView::selectingAPieceShowsItsBytes()
{
    m_view->setFraming(Mode::Lines);
    m_view->table()->selectRow(3);
    QCOMPARE(m_view->detail()->bytes(), QByteArray("WORLD\n"));
    m_view->table()->selectRow(1);
    QCOMPARE(m_view->detail()->bytes(), QByteArray("ok\n"));
}

void TestConversationView::directionsDifferByColourAndArrow()
{
    m_view->setFraming(Mode::AsReceived);
    ConversationModel *model = m_view->model();
    const QModelIndex received = model->index(0, ConversationModel::DirectionColumn);
    const QModelIndex sent = model->index(2, ConversationModel::DirectionColumn);
    QVERIFY(received.data().toString().contains(QChar(0x2190)));
    QVERIFY(sent.data().toString().contains(QChar(0x2192)));
    QCOMPARE(sent.data(ConversationModel::SentRole).toBool(), true);
    const QColor a = received.data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor b = sent.data(Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY(a != b);
    // Blue against orange: they differ in hue by far more than red against green would
    // for a colour-blind eye, and in lightness too.
    QVERIFY(qAbs(a.hue() - b.hue()) > 90);
}

void TestConversationView::streamIsTheConversationInOrder()
{
    recordStreamConversation();
    ConversationStream *stream = m_view->stream();
    QCOMPARE(m_view->model()->rowCount(), 4);
    // Control characters are escapes, never live; line feeds are line breaks.
    const QString expected = QStringLiteral("GET /\\r\n\\x01\\x1b[31m\u4f60\u597d\nbye");
    QCOMPARE(stream->toPlainText(), expected);
    QCOMPARE(stream->streamText(), expected);
    QVERIFY(!stream->toPlainText().contains(QChar(0x1b)));
    // The same as rendering the bytes of the whole conversation in one go.
    QByteArray all;
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        all += m_view->model()->piece(row).bytes;
    QCOMPARE(all, QByteArray("GET /\r\n\x01\x1b[31m") + QStringLiteral("\u4f60\u597d\n").toUtf8()
                      + "bye");
    QCOMPARE(stream->toPlainText(), ConversationStream::render(all, swb::net::TextEncoding::Utf8));
    QCOMPARE(stream->totalBytes(), all.size());
    QCOMPARE(stream->renderedBytes(), all.size());
    QVERIFY(!m_view->streamNote()->isVisibleTo(m_view.get()));

    // Framed by line, the stream follows the messages of the framing.
    m_view->selectConversation(0);
    m_view->setFraming(Mode::Lines);
    QCOMPARE(stream->toPlainText(), QStringLiteral("HELLO\nok\nok\nWORLD\ntail"));
}

void TestConversationView::streamDirectionsDifferWithoutColour()
{
    recordStreamConversation();
    ConversationStream *stream = m_view->stream();
    const auto formatAt = [stream](int position) {
        QTextCursor cursor(stream->document());
        cursor.setPosition(position + 1); // the format of the character before
        return cursor.charFormat();
    };
    const QTextCharFormat received = formatAt(stream->startOf(0));
    const QTextCharFormat sent = formatAt(stream->startOf(1));
    QVERIFY(received.foreground().color() != sent.foreground().color());
    QVERIFY(qAbs(received.foreground().color().hue() - sent.foreground().color().hue()) > 90);
    // Without colour: received bytes are shaded, sent ones are not...
    QCOMPARE(sent.background().style(), Qt::NoBrush);
    QVERIFY(received.background().style() != Qt::NoBrush);
    const QColor base = stream->palette().color(QPalette::Base);
    QVERIFY(qAbs(qGray(received.background().color().rgb()) - qGray(base.rgb())) >= 8);
    // ...and every line has an arrow in the margin.
    QCOMPARE(stream->document()->blockCount(), 3);
    QCOMPARE(stream->marker(0), QStringLiteral("\u2190"));
    QCOMPARE(stream->marker(1), QStringLiteral("\u2192"));
    QCOMPARE(stream->marker(2), QStringLiteral("\u2190"));

    // As received, one line can hold both directions.
    m_view->selectConversation(0);
    QCOMPARE(stream->toPlainText(), QStringLiteral("HELLO\nWORok\nok\nLD\ntail"));
    const QStringList markers{stream->marker(0), stream->marker(1), stream->marker(2),
                              stream->marker(3), stream->marker(4)};
    QCOMPARE(markers, (QStringList{QStringLiteral("\u2190"), QStringLiteral("\u21c4"),
                                   QStringLiteral("\u2192"), QStringLiteral("\u2190"),
                                   QStringLiteral("\u2190")}));
}

void TestConversationView::streamColoursKeepContrastOnDark()
{
    recordStreamConversation();
    ConversationStream *stream = m_view->stream();
    // The light, dark and high-contrast themes' text on their base (app/themes.cpp),
    // and the contrast each promises.
    struct Theme
    {
        QColor base;
        QColor text;
        double promise;
    };
    const QList<Theme> themes{{QColor(Qt::white), QColor(Qt::black), 4.5},
                              {QColor(0x1e, 0x1e, 0x1e), QColor(0xe8, 0xe8, 0xe8), 4.5},
                              {QColor(Qt::black), QColor(Qt::white), 7.0}};
    m_view->table()->selectRow(1);
    for (const Theme &theme : themes) {
        const QColor &base = theme.base;
        QPalette palette = stream->palette();
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, theme.text);
        stream->setPalette(palette);
        const QTextCharFormat sent = stream->formatFor(true);
        const QTextCharFormat received = stream->formatFor(false);
        QVERIFY2(swb::models::ColourContrast::contrast(sent.foreground().color(), base) >= theme.promise, qPrintable(base.name()));
        QVERIFY2(swb::models::ColourContrast::contrast(received.foreground().color(),
                                                     received.background().color())
                     >= theme.promise,
                 qPrintable(base.name()));
        QVERIFY(sent.foreground().color() != received.foreground().color());
        // The text was built again in the new colours.
        QTextCursor cursor(stream->document());
        cursor.setPosition(stream->startOf(1) + 1);
        QCOMPARE(cursor.charFormat().foreground().color(), sent.foreground().color());
        // The selected message stays marked.
        QCOMPARE(stream->extraSelections().size(), 1);
    }
}

void TestConversationView::clickingTheStreamSelectsTheMessage()
{
    recordStreamConversation();
    ConversationStream *stream = m_view->stream();
    QVERIFY(stream->isVisible());
    // A click between "b" and "y" of "bye".
    QTextCursor at(stream->document());
    at.setPosition(stream->startOf(3) + 1);
    const QPoint point = stream->cursorRect(at).center();
    QTest::mouseClick(stream->viewport(), Qt::LeftButton, Qt::NoModifier, point);
    QCOMPARE(stream->textCursor().position(), stream->startOf(3) + 1);
    QCOMPARE(m_view->table()->currentIndex().row(), 3);
    QCOMPARE(m_view->detail()->bytes(), QByteArray("bye"));
    // Moving the cursor by keys does the same: up one line, into "\x01...".
    QTest::keyClick(stream, Qt::Key_Up);
    QCOMPARE(stream->textCursor().position(), stream->startOf(1) + 1);
    QCOMPARE(m_view->table()->currentIndex().row(), 1);
    QCOMPARE(m_view->detail()->bytes(), QByteArray("\x01\x1b[31m"));
    // The cursor stays where the user put it, inside the message.
    QTest::keyClick(stream, Qt::Key_Right);
    QCOMPARE(stream->textCursor().position(), stream->startOf(1) + 2);
    QCOMPARE(m_view->table()->currentIndex().row(), 1);
}

void TestConversationView::selectingAMessageMovesTheStreamCursor()
{
    recordStreamConversation();
    ConversationStream *stream = m_view->stream();
    m_view->table()->selectRow(2);
    QCOMPARE(stream->textCursor().position(), stream->startOf(2));
    QCOMPARE(stream->extraSelections().size(), 1);
    QCOMPARE(stream->extraSelections().constFirst().cursor.selectedText(),
             QStringLiteral("\u4f60\u597d").append(QChar::ParagraphSeparator));
    m_view->table()->selectRow(0);
    QCOMPARE(stream->textCursor().position(), 0);
    QCOMPARE(stream->extraSelections().constFirst().cursor.selectedText(),
             QStringLiteral("GET /\\r").append(QChar::ParagraphSeparator));
}

void TestConversationView::streamStopsAtTheLimitWithANote()
{
    recordStreamConversation();
    ConversationStream *stream = m_view->stream();
    QLabel *note = m_view->streamNote();
    QVERIFY(!note->isVisibleTo(m_view.get()));
    stream->setRenderLimit(10); // "GET /\r\n" and three bytes of the reply
    QCOMPARE(stream->toPlainText(), QStringLiteral("GET /\\r\n\\x01\\x1b["));
    QCOMPARE(stream->renderedBytes(), 10);
    QCOMPARE(stream->totalBytes(), 7 + 6 + 7 + 3);
    QVERIFY(note->isVisibleTo(m_view.get()));
    const QLocale locale;
    QVERIFY2(note->text().contains(locale.formattedDataSize(10))
                 && note->text().contains(locale.formattedDataSize(23)),
             qPrintable(note->text()));
    // A message past the limit is still in the table and the detail.
    QCOMPARE(stream->startOf(3), -1);
    m_view->table()->selectRow(3);
    QCOMPARE(m_view->detail()->bytes(), QByteArray("bye"));
    QVERIFY(stream->extraSelections().isEmpty());
    stream->setRenderLimit(ConversationStream::defaultRenderLimit);
    QVERIFY(!note->isVisibleTo(m_view.get()));
    QVERIFY(stream->toPlainText().endsWith(QLatin1String("bye")));
}

void TestConversationView::followFromATrafficRow()
{
    recordStreamConversation();
    TrafficPane pane(m_traffic.get());
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTableView *table = pane.trafficView()->table();
    QAction *follow = pane.trafficView()->followAction();
    QVERIFY(table->actions().contains(follow));
    QVERIFY(!follow->text().isEmpty());
    // The listener (row 0) has no conversation.
    table->selectRow(0);
    QVERIFY(!follow->isEnabled());

    table->selectRow(11); // "bye", the last message of 127.0.0.1:50002
    QVERIFY(follow->isEnabled());
    follow->trigger();
    ConversationView *view = pane.conversationView();
    QCOMPARE(pane.currentWidget(), static_cast<QWidget *>(view));
    QCOMPARE(view->conversations().at(view->currentConversation()).remote,
             QStringLiteral("127.0.0.1:50002"));
    QCOMPARE(view->table()->currentIndex().row(), 3);
    QCOMPARE(view->detail()->bytes(), QByteArray("bye"));
    QCOMPARE(view->stream()->textCursor().position(), view->stream()->startOf(3));

    // By line, the read "LO\nWOR" (row 4) ends the message "HELLO\n".
    view->setFraming(Mode::Lines);
    pane.setCurrentWidget(pane.trafficView());
    table->selectRow(4);
    follow->trigger();
    QCOMPARE(pane.currentWidget(), static_cast<QWidget *>(view));
    QCOMPARE(view->conversations().at(view->currentConversation()).remote,
             QStringLiteral("127.0.0.1:50000"));
    QCOMPARE(view->detail()->bytes(), QByteArray("HELLO\n"));
}

void TestConversationView::longLinesAreBrokenOnScreenOnly()
{
    // 10,000 bytes without a line feed, then a reply.
    const QByteArray longLine(10000, 'A');
    record(EventKind::Recv, longLine, 50002);
    record(EventKind::Send, "ok", 50002);
    m_traffic->flush();
    m_view->refresh();
    m_view->setFraming(Mode::AsReceived);
    m_view->selectConversation(2);
    ConversationStream *stream = m_view->stream();
    const int blocks = (10000 + 2 + ConversationStream::maxLineChars - 1)
        / ConversationStream::maxLineChars;
    QCOMPARE(stream->document()->blockCount(), blocks);
    QCOMPARE(stream->streamText(), QString::fromLatin1(longLine + "ok"));
    // Positions still find their message on either side of a break.
    QCOMPARE(stream->rowAt(ConversationStream::maxLineChars + 10), 0);
    QCOMPARE(stream->startOf(1), 10000 + blocks - 1);
    QCOMPARE(stream->rowAt(stream->startOf(1)), 1);
    QCOMPARE(stream->marker(blocks - 1), QStringLiteral("\u21c4"));
}

void TestConversationView::unchangedConversationIsNotBuiltAgain()
{
    recordStreamConversation();
    ConversationStream *stream = m_view->stream();
    m_view->table()->selectRow(2);
    QSignalSpy rebuilt(stream, &ConversationStream::rebuilt);
    // Traffic of another connection: the chosen one is read again but unchanged.
    record(EventKind::Recv, "elsewhere", 50001);
    m_traffic->flush();
    m_view->refresh();
    QCOMPARE(rebuilt.count(), 0);
    QCOMPARE(m_view->table()->currentIndex().row(), 2);
    QCOMPARE(stream->extraSelections().size(), 1);
    // A new message in the chosen one is.
    record(EventKind::Send, "more", 50002);
    m_traffic->flush();
    m_view->refresh();
    QCOMPARE(rebuilt.count(), 1);
    QVERIFY(stream->streamText().endsWith(QLatin1String("byemore")));
    QCOMPARE(m_view->table()->currentIndex().row(), 2);
    QCOMPARE(stream->textCursor().position(), stream->startOf(2));
}

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"
