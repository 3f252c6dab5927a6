#include "widgets/common/hexview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QScrollBar>
#include <QTest>

using swb::widgets::HexView;

class TestHexView : public QObject
{
    Q_OBJECT

private slots:
    void lineCount_data();
    void lineCount();
    void lineTextHelloCrLf();
    void lineTextControlBytes();
    void lineTextOutOfRange();
    void lastLinePaddedToAlign();
    void offsetOfLastLineInLargePayload();
    void paintsHugePayload();
    void keysScroll();
    void copyDump();
    void copyStopsAtOneMiB();
};

void TestHexView::lineCount_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("lines");
    QTest::newRow("empty") << 0 << 0;
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("15") << 15 << 1;
    QTest::newRow("16") << 16 << 1;
    QTest::newRow("17") << 17 << 2;
    QTest::newRow("1 MiB") << (1 << 20) << (1 << 16);
}

void TestHexView::lineCount()
{
    QFETCH(int, size);
    QFETCH(int, lines);
    HexView view;
    view.setBytes(QByteArray(size, 'x'));
    QCOMPARE(view.lineCount(), lines);
    QCOMPARE(view.bytes().size(), size);
    // Every line has the same width up to the ASCII column; only that column shrinks.
    for (const int line : {0, lines - 1}) {
        if (line < 0 || line >= lines)
            continue;
        const QString text = view.lineText(line);
        QCOMPARE(text.indexOf(QLatin1Char('|')), 60);
        QVERIFY(text.endsWith(QLatin1Char('|')));
    }
    QVERIFY(view.lineText(lines).isNull());
}

void TestHexView::lineTextHelloCrLf()
{
    HexView view;
    view.setBytes(QByteArrayLiteral("hello\r\n"));
    QCOMPARE(view.lineCount(), 1);
    // The same text `printf 'hello\r\n' | hexdump -C` prints.
    QCOMPARE(view.lineText(0),
             QStringLiteral("00000000  68 65 6c 6c 6f 0d 0a                              |hello..|"));
}

void TestHexView::lineTextControlBytes()
{
    QByteArray bytes;
    for (int b = 0; b < 0x20; ++b)
        bytes += char(b);
    HexView view;
    view.setBytes(bytes);
    QCOMPARE(view.lineCount(), 2);
    QCOMPARE(view.lineText(0),
             QStringLiteral("00000000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  "
                            "|................|"));
    QCOMPARE(view.lineText(1),
             QStringLiteral("00000010  10 11 12 13 14 15 16 17  18 19 1a 1b 1c 1d 1e 1f  "
                            "|................|"));
}

void TestHexView::lineTextOutOfRange()
{
    HexView view;
    QVERIFY(view.lineText(0).isEmpty());
    view.setBytes("abc");
    QVERIFY(view.lineText(-1).isEmpty());
    QVERIFY(view.lineText(1).isEmpty());
}

void TestHexView::lastLinePaddedToAlign()
{
    HexView view;
    view.setBytes(QByteArrayLiteral("0123456789abcdefXYZ\x7f\x80\xff"));
    QCOMPARE(view.lineText(0),
             QStringLiteral("00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  "
                            "|0123456789abcdef|"));
    QCOMPARE(view.lineText(1),
             QStringLiteral("00000010  58 59 5a 7f 80 ff                                 "
                            "|XYZ...|"));
}

void TestHexView::offsetOfLastLineInLargePayload()
{
    HexView view;
    view.setBytes(QByteArray((1 << 20) + 1, 'A'));
    QCOMPARE(view.lineCount(), (1 << 16) + 1);
    QVERIFY(view.lineText(1 << 16).startsWith(QLatin1String("00100000  41  ")));
    QVERIFY(view.lineText(1 << 16).endsWith(QLatin1String("|A|")));
}

void TestHexView::paintsHugePayload()
{
    HexView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setBytes(QByteArray(8 << 20, '\x5a'));
    QCOMPARE(view.lineCount(), (8 << 20) / 16);
    view.repaint();
    QScrollBar *vertical = view.verticalScrollBar();
    QVERIFY(vertical->maximum() > 0);
    QVERIFY(vertical->maximum() < view.lineCount());
    // A line is wider than 400 px in any fixed font of a usable size.
    QVERIFY(view.horizontalScrollBar()->maximum() > 0);
    vertical->setValue(vertical->maximum());
    view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum());
    view.repaint();
    QCOMPARE(view.lineText(view.lineCount() - 1).left(8), QStringLiteral("007ffff0"));
}

void TestHexView::keysScroll()
{
    HexView view;
    view.resize(700, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setBytes(QByteArray(16 * 1000, 'q'));
    QScrollBar *vertical = view.verticalScrollBar();
    QCOMPARE(vertical->value(), 0);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(vertical->value(), vertical->maximum());
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(vertical->value(), 0);
    QTest::keyClick(&view, Qt::Key_PageDown);
    QCOMPARE(vertical->value(), vertical->pageStep());
    QVERIFY(vertical->pageStep() > 1);
    QTest::keyClick(&view, Qt::Key_PageDown);
    QTest::keyClick(&view, Qt::Key_PageUp);
    QCOMPARE(vertical->value(), vertical->pageStep());
}

void TestHexView::copyDump()
{
    HexView view;
    view.setBytes(QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    const QString expected = view.lineText(0) + QLatin1Char('\n') + view.lineText(1)
        + QLatin1Char('\n');
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
}

void TestHexView::copyStopsAtOneMiB()
{
    HexView view;
    view.setBytes(QByteArray((1 << 20) + 100, 'z'));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied.count(QLatin1Char('\n')), 1 << 16);
    QVERIFY(copied.endsWith(view.lineText((1 << 16) - 1) + QLatin1Char('\n')));
}

QTEST_MAIN(TestHexView)
#include "tst_hexview.moc"
